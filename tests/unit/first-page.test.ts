/**
 * Issue #4: the library's newest clips are read with the bare IndexedDB API
 * before Dexie loads. They must be exactly what Dexie's newest-first query
 * gives, and reading a database that is missing or of another version must
 * leave it for Dexie to create or upgrade.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CasefileDatabase } from '../../lib/db';
import { databaseName, indexedDbVersion, schemaVersion } from '../../lib/db-identity';
import { readFirstPage } from '../../lib/first-page';
import type { Clip, Source } from '../../lib/schema';
import { testClip, testSource } from './records';

const source = (n: number): Source => testSource(n, { excerpt: 'The article.' });
const clip = (n: number, src: Source, createdAt: string, fields: Partial<Clip> = {}): Clip => testClip(n, src, { createdAt, updatedAt: createdAt, ...fields });

const opened: CasefileDatabase[] = [];
const database = (name = `first-page-${crypto.randomUUID()}`) => {
  const db = new CasefileDatabase(name);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('readFirstPage', () => {
  it('reads the newest clips as Dexie orders them, ties by id, with every source they cite', async () => {
    const db = database();
    const sources = [source(1), source(2), source(3), source(4)];
    const clips = [
      clip(1, sources[0]!, '2026-11-01T00:00:00.000Z'),
      clip(2, sources[1]!, '2026-11-03T00:00:00.000Z'),
      // The same instant: the larger id comes first, as a backwards index read gives them.
      clip(3, sources[0]!, '2026-11-03T00:00:00.000Z'),
      clip(4, sources[2]!, '2026-11-02T00:00:00.000Z', { alsoCitedIn: [{ sourceId: sources[3]!.id, quote: 'Also' }] }),
      clip(5, sources[1]!, '2026-10-01T00:00:00.000Z'),
    ];
    await db.sources.bulkPut(sources);
    await db.clips.bulkPut(clips);
    const want = await db.clips.orderBy('createdAt').reverse().limit(3).toArray();
    db.close();

    const page = await readFirstPage(indexedDB, 3, db.name);
    expect(page?.clips).toEqual(want);
    expect(page?.clips.map((c) => c.quote)).toEqual(['Quote 3', 'Quote 2', 'Quote 4']);
    // Clip 4 cites source 4 as well; source 1 is cited by clip 3; none twice.
    expect(page?.sources.map((s) => s.id).sort()).toEqual([sources[0]!.id, sources[1]!.id, sources[2]!.id, sources[3]!.id]);

    const all = await readFirstPage(indexedDB, 50, db.name);
    expect(all?.clips).toHaveLength(5);
    expect(await readFirstPage(indexedDB, 0, db.name)).toBeUndefined();
  });

  it('gives an empty page for an empty library, and reads nothing in a browser without IndexedDB', async () => {
    const db = database();
    await db.open();
    db.close();
    expect(await readFirstPage(indexedDB, 10, db.name)).toEqual({ clips: [], sources: [] });
    expect(await readFirstPage(undefined, 10, db.name)).toBeUndefined();
  });

  it('leaves a missing database for Dexie to create, with its stores', async () => {
    const name = `first-page-${crypto.randomUUID()}`;
    expect(await readFirstPage(indexedDB, 10, name)).toBeUndefined();
    expect((await indexedDB.databases()).some((info) => info.name === name)).toBe(false);
    const db = database(name);
    await db.sources.put(source(1));
    await db.clips.put(clip(1, source(1), '2026-11-01T00:00:00.000Z'));
    expect(await db.clips.count()).toBe(1);
  });

  it('reads nothing from a database of another version, and leaves it as it was', async () => {
    const db = database();
    await db.open();
    db.close();
    expect(await readFirstPage(indexedDB, 10, db.name, indexedDbVersion + 10)).toBeUndefined();
    expect(await readFirstPage(indexedDB, 10, db.name, indexedDbVersion - 5)).toBeUndefined();
    await db.open();
    expect(db.backendDB().version).toBe(indexedDbVersion);
  });

  it('opens the version Dexie opens: lib/db-identity.ts follows lib/db.ts', async () => {
    const db = database();
    await db.open();
    expect(new CasefileDatabase().name).toBe(databaseName);
    expect(db.verno).toBe(schemaVersion);
    expect(db.backendDB().version).toBe(indexedDbVersion);
  });
});
