import { readFirstPage } from '@/lib/first-page';
import { paintFirstPage } from './first-page-preview';

/** How many of the newest clips the library shows while the rest load. */
export const firstPageSize = 24;

/**
 * The newest clips, asked for as soon as the library page's entry script runs,
 * before the bulk of its code (React, Dexie, the components) has loaded
 * (issue #4), and painted as soon as they are read. Imported first by
 * entrypoints/options/main.tsx; the library store takes the result
 * (components/use-library.ts).
 */
performance.mark('casefile:first-page-asked');
export const firstPage = readFirstPage(typeof indexedDB === 'undefined' ? undefined : indexedDB, firstPageSize);

if (typeof document !== 'undefined') {
  void firstPage.then((page) => {
    performance.mark('casefile:first-page-read');
    paintFirstPage(document.getElementById('root'), page, location.search);
    performance.mark('casefile:first-page-painted');
  });
}
