/**
 * The library's search over a library that changes: `lib/search-index.ts`
 * builds an index once (lazily, at the first query), and later versions of
 * the clip list reuse it. Clips are immutable objects (an edit makes a new
 * one), so a later list is the indexed clips that are still in it plus a few
 * new objects: those few get a small index of their own, and a clip that has
 * left the list is never visited because only the current list is walked.
 * When the new objects grow past a share of the library, the main index is
 * rebuilt over the current list.
 *
 * Word-prefix matching, as the index defines it (see its module comment).
 */
import type { ClipWithSource } from './clips';
import { buildSearchIndex, queryWords, type SearchIndex } from './search-index';

/** The clips of a list matching a query. */
export interface SearchMatches {
  /** The matching clips in the list's order, when known cheaply. */
  readonly list?: readonly ClipWithSource[];
  has(item: ClipWithSource): boolean;
}

/** Matches among `items` for `query`; undefined when the query has no word (no search filter). */
export type SearchFunction = (items: readonly ClipWithSource[], query: string) => SearchMatches | undefined;

const fromPositions = (items: readonly ClipWithSource[], positions: Uint32Array): SearchMatches => {
  const list = Array.from(positions, (position) => items[position]!);
  let set: Set<ClipWithSource> | undefined;
  return { list, has: (item) => (set ??= new Set(list)).has(item) };
};

/** A fresh index per list, kept while the list lives: for one-off lists (tests, exports). */
const perList = new WeakMap<readonly ClipWithSource[], SearchIndex>();
export const searchOnce: SearchFunction = (items, query) => {
  if (queryWords(query).length === 0) return undefined;
  let index = perList.get(items);
  if (!index) {
    index = buildSearchIndex(items);
    perList.set(items, index);
  }
  return fromPositions(items, index.searchPositions(query)!);
};

export interface LibrarySearchOptions {
  /** How many new clip objects the small index may hold before the main one is rebuilt. */
  maxExtra?(size: number): number;
}

export class LibrarySearch {
  private main?: { index: SearchIndex; members?: Set<ClipWithSource> };
  /** For the last list seen: its clips the main index lacks, and their index. */
  private extra?: { items: readonly ClipWithSource[]; index: SearchIndex };
  private readonly maxExtra: (size: number) => number;
  /** How many times an index over a whole list was built (for tests and benchmarks). */
  builds = 0;

  constructor(options: LibrarySearchOptions = {}) {
    this.maxExtra = options.maxExtra ?? ((size) => Math.max(2000, size >>> 3));
  }

  /** Builds the index now (at idle time, say) unless the current one serves `items`. */
  prepare(items: readonly ClipWithSource[]): void {
    if (!this.main || (this.main.index.items !== items && this.extraFor(items) === undefined)) this.rebuild(items);
  }

  /** Whether `query` would be answered without building an index over the whole list. */
  isReady(items: readonly ClipWithSource[]): boolean {
    return !!this.main && (this.main.index.items === items || this.extra?.items === items);
  }

  readonly match: SearchFunction = (items, query) => {
    if (queryWords(query).length === 0) return undefined;
    if (!this.main) this.rebuild(items);
    const main = this.main!;
    if (main.index.items === items) return fromPositions(items, main.index.searchPositions(query)!);
    const extra = this.extraFor(items);
    if (!extra) {
      this.rebuild(items);
      return fromPositions(items, this.main!.index.searchPositions(query)!);
    }
    const found = new Set<ClipWithSource>();
    const indexed = main.index.items;
    for (const position of main.index.searchPositions(query)!) found.add(indexed[position]!);
    for (const position of extra.index.searchPositions(query)!) found.add(extra.index.items[position]!);
    // Clips of the main index no longer in the list may be in `found`: only the list is walked.
    return { has: (item) => found.has(item) };
  };

  private rebuild(items: readonly ClipWithSource[]): void {
    this.main = { index: buildSearchIndex(items) };
    this.extra = undefined;
    this.builds++;
  }

  /** The small index for `items`; undefined when too many clips are new to the main index. */
  private extraFor(items: readonly ClipWithSource[]): { items: readonly ClipWithSource[]; index: SearchIndex } | undefined {
    if (this.extra?.items === items) return this.extra;
    const main = this.main!;
    const members = (main.members ??= new Set(main.index.items));
    const limit = this.maxExtra(items.length);
    const fresh: ClipWithSource[] = [];
    for (const item of items) {
      if (!members.has(item)) {
        fresh.push(item);
        if (fresh.length > limit) return undefined;
      }
    }
    this.extra = { items, index: buildSearchIndex(fresh) };
    return this.extra;
  }
}
