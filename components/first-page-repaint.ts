/**
 * The preview painted from the snapshot (lib/first-page-snapshot.ts) made
 * right by the database's read (issue #4): a snapshot is what the library saw
 * when it last ran, and a clip saved from the popup or deleted in another
 * window since is missing from it or still in it. When the read paints
 * differently (lib/first-page-differs.ts), the read's clips replace the
 * snapshot's, before the library mounts: a stale snapshot shows for the time
 * of the read at most.
 */
import { firstPageDiffers } from '@/lib/first-page-differs';
import type { FirstPageSnapshot } from '@/lib/first-page-snapshot';
import { paintFirstPage } from './first-page-preview';

/** A preview on screen and the page it shows. */
export interface ShownFirstPage {
  element: HTMLElement;
  page: FirstPageSnapshot;
}

/**
 * What is on screen once the database has been read: `shown` as it is when
 * the read agrees with it, or could not be made (the library reads through
 * Dexie then); else the read's clips painted in its place, or nothing when
 * the library is now empty. Once the library has mounted, the page is its own
 * and left alone.
 */
export function showFreshFirstPage(
  root: HTMLElement | null,
  shown: ShownFirstPage | undefined,
  fresh: FirstPageSnapshot | undefined,
  search: string,
): ShownFirstPage | undefined {
  if (!fresh) return shown;
  if (shown) {
    if (!firstPageDiffers(shown.page, fresh)) return shown;
    if (!root || root.firstChild !== shown.element) return undefined;
    shown.element.remove();
  }
  const element = paintFirstPage(root, fresh, search);
  return element ? { element, page: fresh } : undefined;
}
