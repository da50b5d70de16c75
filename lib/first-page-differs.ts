/**
 * Whether two first pages would paint differently (issue #4): the snapshot
 * painted at once (lib/first-page-snapshot.ts) against what IndexedDB holds
 * now. A clip saved from the popup, or deleted or edited in another window
 * while the library was closed, is in the database but not in the snapshot;
 * the preview is then painted again from the database.
 *
 * Compared: the clips' ids in order, and each clip's updatedAt, kind, quote,
 * note and tags, and the title and site name of the source it names.
 */
import type { FirstPageSnapshot, SnapshotClip, SnapshotSource } from './first-page-snapshot';

/** What the preview shows for a clip's source. */
const sourceLabel = (sources: ReadonlyMap<string, SnapshotSource>, clip: SnapshotClip) => {
  const source = sources.get(clip.sourceId);
  return source ? [source.title, source.siteName ?? ''] : undefined;
};

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

export function firstPageDiffers(shown: FirstPageSnapshot, fresh: FirstPageSnapshot): boolean {
  if (shown.clips.length !== fresh.clips.length) return true;
  const shownSources = new Map(shown.sources.map((source) => [source.id, source]));
  const freshSources = new Map(fresh.sources.map((source) => [source.id, source]));
  return shown.clips.some((was, index) => {
    const now = fresh.clips[index]!;
    if (was.id !== now.id || was.updatedAt !== now.updatedAt || was.kind !== now.kind || was.quote !== now.quote || was.note !== now.note) return true;
    if (!sameList(was.tags, now.tags)) return true;
    const wasSource = sourceLabel(shownSources, was);
    const nowSource = sourceLabel(freshSources, now);
    return wasSource === undefined || nowSource === undefined ? wasSource !== nowSource : !sameList(wasSource, nowSource);
  });
}
