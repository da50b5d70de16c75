import { readFirstPage } from '@/lib/first-page';
import { localStorageIfAny, readFirstPageSnapshot } from '@/lib/first-page-snapshot';
import { afterPaint } from './after-paint';
import { paintFirstPage } from './first-page-preview';
import { type ShownFirstPage, showFreshFirstPage } from './first-page-repaint';

/** How many of the newest clips the library shows while the rest load. */
export const firstPageSize = 24;

/** How long after navigation the page's code waits at most for the newest clips to be painted. */
const codeWaitsAtMostMs = 400;

/**
 * The newest clips, asked for as soon as the library page's entry script runs,
 * before the bulk of its code (React, Dexie, the components) has loaded
 * (issue #4), and painted as soon as they are read. Imported first by
 * entrypoints/options/main.tsx; the library store takes the result
 * (components/use-library.ts).
 */
performance.mark('casefile:first-page-asked');
export const firstPage = readFirstPage(typeof indexedDB === 'undefined' ? undefined : indexedDB, firstPageSize);

/**
 * The newest clips as the library last saw them (lib/first-page-snapshot.ts),
 * painted before the database has even opened (issue #4: opening and reading
 * it cold was most of the time to the first card). The read above still
 * runs, and repaints them if they are no longer right (./first-page-repaint.ts).
 */
const snapshotShown: ShownFirstPage | undefined = (() => {
  if (typeof document === 'undefined') return undefined;
  const page = readFirstPageSnapshot(localStorageIfAny(), firstPageSize);
  const element = paintFirstPage(document.getElementById('root'), page, location.search);
  if (!element || !page) return undefined;
  performance.mark('casefile:first-page-painted');
  return { element, page };
})();
/** Resolves once the snapshot's clips have reached the screen. */
const snapshotOnScreen = snapshotShown ? afterPaint() : Promise.resolve();

/**
 * Resolves once the newest clips are on screen, as the database has them, or
 * at once when there is nothing to paint. The page's own code waits for it:
 * evaluating half a megabyte of it takes the main thread, and the browser
 * would show the painted clips only after that (issue #4); and a snapshot
 * that was wrong is repainted before the library mounts. Never later than
 * `codeWaitsAtMostMs` after the page started, so a slow disk does not also
 * hold back the page.
 */
export const firstPageShown: Promise<void> =
  typeof document === 'undefined'
    ? Promise.resolve()
    : Promise.race([
        firstPage.then(async (page) => {
          performance.mark('casefile:first-page-read');
          const shown = showFreshFirstPage(document.getElementById('root'), snapshotShown, page, location.search);
          if (!shown) return;
          if (shown === snapshotShown) {
            await snapshotOnScreen;
          } else {
            performance.mark(snapshotShown ? 'casefile:first-page-repainted' : 'casefile:first-page-painted');
            await afterPaint();
          }
          performance.mark('casefile:first-page-shown');
        }),
        new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, codeWaitsAtMostMs - performance.now()))),
      ]);
