/**
 * The library's search over a library that changes: `lib/search-index.ts`
 * builds an index, and later versions of the clip list reuse it. Clips are
 * immutable objects (an edit makes a new one), so a later list is the
 * indexed clips that are still in it plus a few new objects: those few get a
 * small index of their own, and a clip that has left the list is never
 * visited because only the current list is walked. When the new objects grow
 * past a share of the library, the main index is rebuilt over the current list.
 *
 * No keystroke waits for an index (issue #4: building one takes seconds at
 * 100,000 clips). `prepare` is told of every new list: it builds the small
 * index then, and a whole one in slices at idle time (at once for a small
 * library). Until an index serves the list, `match` answers with a plain
 * filter over the clips (`plainSearch`), which needs nothing built.
 *
 * Word-prefix matching, as the index defines it (see its module comment).
 */
import type { ClipWithSource } from './clips';
import { buildSearchIndex, createSearchIndexBuilder, queryWords, type SearchIndex } from './search-index';
import { escapeRegExp } from './escape-regexp';
import { hostOf } from './web-url';

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

/**
 * The search without an index: each query word (folded as the index folds
 * it) matched, ignoring case, where a word starts in the quote, note, tags,
 * source title or site, cited origin, organisation or the site its source
 * link goes to ("statista" finds a link to statista.com). The same answer as the
 * index for plain words; it differs only where the index splits, joins or
 * folds words ("ecommerce" for "e-commerce", "1000" for "1,000", "resume" for
 * "résumé" are found by the index only; "2" finds "$1.2" here only).
 */
export const plainSearch: SearchFunction = (items, query) => {
  const words = queryWords(query);
  if (words.length === 0) return undefined;
  const patterns = words.map((word) => new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escapeRegExp(word)}`, 'iu'));
  const found = (pattern: RegExp, { clip, source }: ClipWithSource) =>
    pattern.test(clip.quote) ||
    (!!clip.note && pattern.test(clip.note)) ||
    clip.tags.some((tag) => pattern.test(tag)) ||
    (!!source?.title && pattern.test(source.title)) ||
    (!!source?.siteName && pattern.test(source.siteName)) ||
    (!!clip.citedOrigin && pattern.test(clip.citedOrigin)) ||
    (!!clip.organisation && pattern.test(clip.organisation)) ||
    (!!clip.citedUrl && pattern.test(hostOf(clip.citedUrl) ?? ''));
  const list = items.filter((item) => patterns.every((pattern) => found(pattern, item)));
  let set: Set<ClipWithSource> | undefined;
  return { list, has: (item) => (set ??= new Set(list)).has(item) };
};

export interface LibrarySearchOptions {
  /** How many new clip objects the small index may hold before the main one is rebuilt. */
  maxExtra?(size: number): number;
  /** Runs `work` (true when done) in slices at idle time. Without it, `prepare` builds at once. */
  idle?(work: () => boolean): void;
  /** Up to this many clips, `prepare` builds at once rather than in slices (default 2,000). */
  buildAtOnceUpTo?: number;
  /** ms of building per idle slice (default 8). */
  sliceMs?: number;
  /** Told when an index over a whole list has been built. */
  onReady?(): void;
}

export class LibrarySearch {
  private main?: { index: SearchIndex; members: Set<ClipWithSource> };
  /** For the last list seen: its clips the main index lacks, and their index. */
  private extra?: { items: readonly ClipWithSource[]; index: SearchIndex };
  /** The list an index is being built for, in slices. */
  private building?: readonly ClipWithSource[];
  /** The last list `prepare` was given. */
  private wanted?: readonly ClipWithSource[];
  private readonly options: LibrarySearchOptions;
  /** How many times an index over a whole list was built (for tests and benchmarks). */
  builds = 0;
  /** How many queries the plain filter answered, no index serving their list yet (for tests and benchmarks). */
  plainAnswers = 0;
  /** How many clips the plain filter looked at (for tests and benchmarks). */
  plainScanned = 0;
  /** The plain filter's last answer: the next keystroke usually narrows it. */
  private lastPlain?: { items: readonly ClipWithSource[]; words: string[]; list: readonly ClipWithSource[] };

  constructor(options: LibrarySearchOptions = {}) {
    this.options = options;
  }

  /**
   * Makes an index serve `items` (the library's list, each time it changes):
   * the small index for a few new clips at once; a whole index at once for a
   * small library, else in idle slices (`match` filters plainly meanwhile).
   */
  prepare(items: readonly ClipWithSource[]): void {
    this.wanted = items;
    if (this.isReady(items) || this.building) return; // a build under way looks at `wanted` when done
    if (this.main && this.extraFor(items)) return;
    const { idle, buildAtOnceUpTo = 2000, sliceMs = 8 } = this.options;
    if (!idle || items.length <= buildAtOnceUpTo) {
      this.finish(buildSearchIndex(items));
      return;
    }
    const builder = createSearchIndexBuilder(items);
    this.building = items;
    idle(() => {
      const index = builder.step(sliceMs);
      if (!index) return false;
      this.building = undefined;
      this.finish(index);
      return true;
    });
  }

  /** Whether an index answers queries on `items` (else `match` filters plainly). */
  isReady(items: readonly ClipWithSource[]): boolean {
    return !!this.main && (this.main.index.items === items || this.extra?.items === items);
  }

  readonly match: SearchFunction = (items, query) => {
    if (queryWords(query).length === 0) return undefined;
    const main = this.main;
    if (main?.index.items === items) return fromPositions(items, main.index.searchPositions(query)!);
    const extra = this.extra;
    if (!main || extra?.items !== items) return this.plainMatch(items, query);
    const found = new Set<ClipWithSource>();
    const indexed = main.index.items;
    for (const position of main.index.searchPositions(query)!) found.add(indexed[position]!);
    for (const position of extra.index.searchPositions(query)!) found.add(extra.index.items[position]!);
    // Clips of the main index no longer in the list may be in `found`: only the list is walked.
    return { has: (item) => found.has(item) };
  };

  /**
   * The plain filter, over the last answer's clips when the query narrows the
   * last query (every word of it begins a word of this one: "mi" after "m",
   * "million users" after "million"): each keystroke then scans fewer clips,
   * where a large library's index is not built yet (issue #4).
   */
  private plainMatch(items: readonly ClipWithSource[], query: string): SearchMatches | undefined {
    this.plainAnswers++;
    const words = queryWords(query);
    const last = this.lastPlain;
    const narrows = last?.items === items && last.words.every((old) => words.some((word) => word.startsWith(old)));
    const scanned = narrows ? last.list : items;
    this.plainScanned += scanned.length;
    const found = plainSearch(scanned, query)!;
    const list = found.list!;
    this.lastPlain = { items, words, list };
    return { list, has: found.has };
  }

  private finish(index: SearchIndex): void {
    // Its members now, not at the next change of the list, which should cost only the walk.
    this.main = { index, members: new Set(index.items) };
    this.extra = undefined;
    this.builds++;
    this.options.onReady?.();
    // The list changed while the index was built: the small index, or another build.
    if (this.wanted && !this.isReady(this.wanted)) this.prepare(this.wanted);
  }

  /** The small index for `items`; undefined when too many clips are new to the main index. */
  private extraFor(items: readonly ClipWithSource[]): { items: readonly ClipWithSource[]; index: SearchIndex } | undefined {
    if (this.extra?.items === items) return this.extra;
    const main = this.main!;
    const members = main.members;
    // Built while the list changes (a delete, a bulk edit), so kept small: past it, a whole build at idle time.
    const limit = (this.options.maxExtra ?? (() => 2000))(items.length);
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
