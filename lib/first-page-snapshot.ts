/**
 * The library's first page as the library last saw it, kept in the extension
 * origin's localStorage (issue #4: the first clips visible in under 100 ms at
 * 10,000 clips). localStorage is read synchronously, so the entry script
 * paints these clips at once, where opening and reading IndexedDB cold took
 * some 30 ms more. The read of IndexedDB still runs and has the last word
 * (components/first-page.ts); components/use-library.ts writes the snapshot.
 *
 * Only what the preview paints is kept. What is read is checked field by
 * field, by hand: zod would make the entry script many times its size. A
 * snapshot that fails the check is dropped, never painted.
 */
import type { Clip, ClipKind, Source } from './schema';

/** One key, versioned: a build that keeps another shape reads nothing from this one's. */
export const firstPageSnapshotKey = 'casefile:first-page:v1';

export type SnapshotClip = Pick<Clip, 'id' | 'kind' | 'quote' | 'note' | 'tags' | 'sourceId' | 'createdAt' | 'updatedAt'>;
export type SnapshotSource = Pick<Source, 'id' | 'title' | 'siteName'>;

/** The newest clips, newest first, and the sources the preview names for them. */
export interface FirstPageSnapshot {
  clips: SnapshotClip[];
  sources: SnapshotSource[];
}

/** Every kind, and only those: a Record makes the compiler say when a kind is added. */
const kinds: Record<ClipKind, true> = { statistic: true, 'success-story': true };

/** The page's localStorage, or undefined where it is missing or refused (storage disabled). */
export function localStorageIfAny(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The snapshot stored, at most `limit` clips; undefined when there is none,
 * or when it is not JSON of the expected shape (then it is also removed: the
 * library writes a good one when it has loaded).
 */
export function readFirstPageSnapshot(storage: Storage | undefined, limit: number, key = firstPageSnapshotKey): FirstPageSnapshot | undefined {
  if (!storage) return undefined;
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (isSnapshot(value)) return { clips: value.clips.slice(0, Math.max(0, limit)), sources: value.sources };
  try {
    storage.removeItem(key);
  } catch {
    // Unreadable storage: nothing is painted from it either way.
  }
  return undefined;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isClip(value: unknown): value is SnapshotClip {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.kind) &&
    Object.prototype.hasOwnProperty.call(kinds, value.kind) &&
    isString(value.quote) &&
    isString(value.note) &&
    Array.isArray(value.tags) &&
    value.tags.every(isString) &&
    isString(value.sourceId) &&
    isString(value.createdAt) &&
    isString(value.updatedAt)
  );
}

function isSource(value: unknown): value is SnapshotSource {
  return isRecord(value) && isString(value.id) && isString(value.title) && (value.siteName === undefined || isString(value.siteName));
}

function isSnapshot(value: unknown): value is FirstPageSnapshot {
  return isRecord(value) && Array.isArray(value.clips) && value.clips.every(isClip) && Array.isArray(value.sources) && value.sources.every(isSource);
}
