import { useSyncExternalStore } from 'react';
import { db } from '@/lib/db';
import { LibrarySearch } from '@/lib/library-search';
import { type LibraryState, LibraryStore } from '@/lib/library-store';
import { firstPage, firstPageSize } from './first-page';

/** Resolves after the next frame (or 100 ms in a hidden tab, where frames wait). */
export const afterPaint = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });

const idle = (work: () => boolean) => {
  const step = () => {
    if (!work()) schedule();
  };
  const schedule = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 500 }) : setTimeout(step, 0));
  schedule();
};

/**
 * The options page's library: loaded once (the newest clips first, for the
 * first paint, read while the page's code loaded: ./first-page.ts), then kept
 * current from the database's change events. Started when this module loads.
 */
export const library = new LibraryStore(db, { firstPage: firstPageSize, prefetched: firstPage, afterFirstPage: afterPaint, idle });
library.start();

/** The search index kept across the library's changes. */
export const librarySearch = new LibrarySearch();

export function useLibrary(): LibraryState {
  return useSyncExternalStore(library.subscribe, library.getState);
}
