/**
 * The one Dexie database. Every change of shape is a new `version(n)` with an
 * upgrade; old declarations stay so that any older database still opens.
 */
import Dexie, { type EntityTable } from 'dexie';
import { databaseName } from './db-identity';
import type { Clip, Source } from './schema';

export class CasefileDatabase extends Dexie {
  sources!: EntityTable<Source, 'id'>;
  clips!: EntityTable<Clip, 'id'>;

  constructor(name = databaseName) {
    super(name);
    // Index only what is queried: a source by its canonical URL (one source
    // per page), a page's clips by sourceId, the library by createdAt.
    this.version(1).stores({
      sources: 'id, &canonicalUrl',
      clips: 'id, sourceId, createdAt',
    });
  }
}

export const db = new CasefileDatabase();
