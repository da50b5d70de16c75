/**
 * The database's name and IndexedDB version, in a module of their own so that
 * code reading the database before Dexie has loaded (lib/first-page.ts) can
 * open it without importing Dexie (issue #4). Dexie opens IndexedDB at its
 * schema version × 10; tests/unit/first-page.test.ts checks that this stays
 * the version lib/db.ts opens.
 */
export const databaseName = 'casefile';
/** The highest `db.version(n)` declared in lib/db.ts. */
export const schemaVersion = 2;
export const indexedDbVersion = schemaVersion * 10;
