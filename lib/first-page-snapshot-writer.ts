/**
 * Keeps the first-page snapshot (lib/first-page-snapshot.ts) in step with the
 * library (issue #4): the next open paints these clips before the database
 * has opened. Written once the library holds every clip (before that, a clip
 * deleted while the library was closed may still be among the newest it
 * holds), and again whenever its newest clips or the sources they name
 * change; removed when the library is empty. Apart from the snapshot's
 * reading: the library page's entry script does not carry this.
 */
import type { ClipWithSource } from './clips';
import { firstPageSnapshotKey, type FirstPageSnapshot, type SnapshotSource } from './first-page-snapshot';
import type { LibraryState } from './library-store';

/** The snapshot of the newest clips (newest first): only what the preview paints. */
export function snapshotOf(items: readonly ClipWithSource[]): FirstPageSnapshot {
  const sources = new Map<string, SnapshotSource>();
  const clips = items.map(({ clip, source }) => {
    if (source && !sources.has(source.id)) sources.set(source.id, source.siteName === undefined ? { id: source.id, title: source.title } : { id: source.id, title: source.title, siteName: source.siteName });
    const { id, kind, quote, note, tags, sourceId, createdAt, updatedAt } = clip;
    return { id, kind, quote, note, tags, sourceId, createdAt, updatedAt };
  });
  return { clips, sources: [...sources.values()] };
}

export class FirstPageSnapshotWriter {
  /** The items last written; undefined before the first write. Unchanged items keep their objects (lib/library-store.ts). */
  private written: readonly ClipWithSource[] | undefined;

  constructor(
    private readonly storage: Storage | undefined,
    private readonly size: number,
    private readonly key = firstPageSnapshotKey,
  ) {}

  /** Called with each state the library publishes. */
  update(state: LibraryState): void {
    if (!this.storage || !state.complete) return;
    const newest = state.items.slice(0, this.size);
    const written = this.written;
    if (written && newest.length === written.length && newest.every((item, index) => item === written[index])) return;
    this.written = newest;
    try {
      if (newest.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(snapshotOf(newest)));
    } catch {
      // Storage full or refused: the next open reads the database, as without a snapshot.
      this.written = undefined;
      try {
        this.storage.removeItem(this.key);
      } catch {
        // Nothing more to do: a snapshot that could not be replaced is still checked against the database.
      }
    }
  }
}
