import { useSyncExternalStore } from 'react';
import { db } from '@/lib/db';
import { localStorageIfAny } from '@/lib/first-page-snapshot';
import { FirstPageSnapshotWriter } from '@/lib/first-page-snapshot-writer';
import { LibrarySearch } from '@/lib/library-search';
import { type LibraryState, LibraryStore } from '@/lib/library-store';
import { afterPaint } from './after-paint';
import { firstPage, firstPageSize } from './first-page';


type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<unknown>;
const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;

/**
 * Runs each `work` a slice (a few ms) per task until it says it is done, one
 * after the other in the order given: the search index (asked for first when
 * the load completes) is ready before the duplicate figures start, not twice
 * as late by sharing the time. As background tasks where the browser has
 * them: any input or rendering goes first, and the slices follow each other
 * without waiting for a frame's idle period (with requestIdleCallback, a
 * 100,000-clip index took many seconds longer to build than its work). Else
 * at idle time.
 */
const jobs: (() => boolean)[] = [];
const step = () => {
  if (jobs[0]?.()) jobs.shift();
  if (jobs.length) schedule();
};
const schedule = () =>
  scheduler?.postTask
    ? void scheduler.postTask(step, { priority: 'background' })
    : typeof requestIdleCallback === 'function'
      ? requestIdleCallback(step, { timeout: 500 })
      : setTimeout(step, 0);
const idle = (work: () => boolean) => {
  jobs.push(work);
  if (jobs.length === 1) schedule();
};

/**
 * The options page's library: loaded once (the newest clips first, for the
 * first paint, read while the page's code loaded: ./first-page.ts), then kept
 * current from the database's change events. Started when this module loads.
 */
export const library = new LibraryStore(db, { firstPage: firstPageSize, prefetched: firstPage, afterFirstPage: afterPaint, idle });
library.start();

/**
 * The newest clips kept for the next open, which paints them before the
 * database has opened (issue #4; lib/first-page-snapshot-writer.ts).
 */
const firstPageSnapshot = new FirstPageSnapshotWriter(localStorageIfAny(), firstPageSize);
library.subscribe(() => firstPageSnapshot.update(library.getState()));

/**
 * The search index kept across the library's changes, built when the list
 * changes (at idle time for a large library), never on a keystroke. The
 * performance mark tells the library-scale benchmark the index is in use.
 */
export const librarySearch = new LibrarySearch({
  idle,
  onReady: () => {
    performance.mark('casefile:search-index-ready');
    searchIndexBuilds++;
    for (const listener of searchListeners) listener();
  },
});
let searchIndexBuilds = 0;
const searchListeners = new Set<() => void>();
// Subscribed before the page renders: the index is prepared before the list is searched.
library.subscribe(() => {
  const state = library.getState();
  if (state.complete) librarySearch.prepare(state.items);
});

export function useLibrary(): LibraryState {
  return useSyncExternalStore(library.subscribe, library.getState);
}

/**
 * Changes when an index has been built: a search the plain filter answered
 * while it was built is then answered again by the index, whose answer can
 * differ slightly (lib/library-search.ts).
 */
export function useSearchIndexBuilds(): number {
  return useSyncExternalStore(
    (listener) => {
      searchListeners.add(listener);
      return () => searchListeners.delete(listener);
    },
    () => searchIndexBuilds,
  );
}
