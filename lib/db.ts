/**
 * The one Dexie database. Every change of shape is a new `version(n)` with an
 * upgrade; old declarations stay so that any older database still opens.
 */
import Dexie, { type EntityTable } from 'dexie';
import { databaseName } from './db-identity';
import type { Clip, Source, SourceText } from './schema';

export class CasefileDatabase extends Dexie {
  sources!: EntityTable<Source, 'id'>;
  clips!: EntityTable<Clip, 'id'>;
  sourceTexts!: EntityTable<SourceText, 'id'>;

  constructor(name = databaseName) {
    super(name);
    // Index only what is queried: a source by its canonical URL (one source
    // per page), a page's clips by sourceId, the library by createdAt.
    this.version(1).stores({
      sources: 'id, &canonicalUrl',
      clips: 'id, sourceId, createdAt',
    });
    // Issue #4: each source's article text moves to a table of its own, read
    // only for a backup; the library reads sources without it.
    this.version(2)
      .stores({ sourceTexts: 'id' })
      .upgrade(async (transaction) => {
        const texts: SourceText[] = [];
        await transaction
          .table('sources')
          .toCollection()
          .modify((source: Source & { text?: unknown }) => {
            if (typeof source.text === 'string' && source.text) texts.push({ id: source.id, text: source.text });
            delete source.text;
          });
        await transaction.table('sourceTexts').bulkPut(texts);
      });
  }
}

export const db = new CasefileDatabase();
