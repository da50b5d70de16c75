/**
 * The newest clips and their sources, read with the bare IndexedDB API while
 * the rest of the library page's code is still loading (issue #4: the
 * library's first clips visible in under 100 ms). Dexie and the page's
 * components are most of that code; waiting for them before asking for the
 * first clips put the database read after them instead of beside them.
 *
 * Reads what `db.clips.orderBy('createdAt').reverse().limit(n)` reads, in the
 * same order (createdAt descending, then id descending), and the sources
 * those clips cite, in one read-only transaction. Resolves undefined, and
 * leaves the database as it was, when the database is missing, older or
 * newer than this code expects, or cannot be read: the caller then reads
 * through Dexie, which creates or upgrades it.
 */
import { databaseName, indexedDbVersion } from './db-identity';
import type { Clip, Source } from './schema';

export interface FirstPage {
  /** Newest first. */
  clips: Clip[];
  /** The sources the clips cite (their own and `alsoCitedIn`), each once. */
  sources: Source[];
}

export function readFirstPage(
  factory: IDBFactory | undefined,
  limit: number,
  name = databaseName,
  version = indexedDbVersion,
): Promise<FirstPage | undefined> {
  return new Promise((resolve) => {
    if (!factory || limit <= 0) return resolve(undefined);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch {
      return resolve(undefined);
    }
    // Missing or older: creating or upgrading it is Dexie's job. Aborting rolls the open back.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const database = request.result;
      // Never stand in the way of an upgrade Dexie starts meanwhile.
      database.onversionchange = () => database.close();
      try {
        read(database, limit).then(resolve, () => resolve(undefined)).finally(() => database.close());
      } catch {
        database.close();
        resolve(undefined);
      }
    };
  });
}

/** IDBIndex where the browser has getAllRecords() and getAll(options) (Chromium 141+); lib.dom does not say so yet. */
type IndexWithOptions = IDBIndex & {
  getAllRecords?: unknown;
  getAll(options: { query: IDBKeyRange | null; count: number; direction: IDBCursorDirection }): IDBRequest<unknown[]>;
};

function read(database: IDBDatabase, limit: number): Promise<FirstPage> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(['clips', 'sources'], 'readonly');
    const clips: Clip[] = [];
    const sources: Source[] = [];
    const asked = new Set<string>();
    const ask = (id: string) => {
      if (asked.has(id)) return;
      asked.add(id);
      const get = transaction.objectStore('sources').get(id);
      get.onsuccess = () => {
        if (get.result) sources.push(get.result as Source);
      };
    };
    const add = (clip: Clip) => {
      clips.push(clip);
      ask(clip.sourceId);
      for (const cited of clip.alsoCitedIn ?? []) ask(cited.sourceId);
    };
    const index = transaction.objectStore('clips').index('createdAt') as IndexWithOptions;
    if (typeof index.getAllRecords === 'function') {
      // One request where the browser takes a direction (getAll's options came with getAllRecords).
      const all = index.getAll({ query: null, count: limit, direction: 'prev' });
      all.onsuccess = () => (all.result as Clip[]).forEach(add);
    } else {
      const cursor = index.openCursor(null, 'prev');
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return;
        // Each source asked for as soon as a clip names it: the reads overlap the cursor's.
        add(at.value as Clip);
        if (clips.length < limit) at.continue();
      };
    }
    transaction.oncomplete = () => resolve({ clips, sources });
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('first page not read'));
  });
}
