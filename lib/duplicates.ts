/**
 * Likely duplicates across sources (issue #4): the same figure about the same
 * thing, quoted by two sites ("72% of online adults use Facebook" on Pew and
 * on a blog that cites Pew). Found by the figures the quotes share, then by
 * how many of their words they share.
 */
import type { ClipWithSource } from './clips';

/** Figures that identify a statistic: "72%", "1.2 billion", "2.3x", "$40". Bare years are not. */
const figurePattern = /([$€£]?)(\d+(?:[.,]\d+)*)\s?(%|percent|per cent|million|billion|trillion|m\b|bn\b|x\b)?/gi;
const stopWords = new Set(
  'the a an of to in on for and or but is are was were be been by with as at from that this these those it its their our we you they than more most less per which who'.split(' '),
);

function figuresOf(quote: string): string[] {
  const found = new Set<string>();
  for (const match of quote.matchAll(figurePattern)) {
    const [, currency = '', number = '', unit = ''] = match;
    const plain = number.replace(/,/g, '');
    // A four-digit number with nothing around it is most likely a year.
    if (!currency && !unit && /^(1[89]|20)\d\d$/.test(plain)) continue;
    if (!currency && !unit && Number(plain) < 10) continue;
    const normalUnit = unit.toLowerCase().replace(/^per ?cent$/, '%').replace(/^m$/, 'million').replace(/^bn$/, 'billion');
    found.add(`${currency}${plain}${normalUnit}`);
  }
  return [...found];
}

function wordsOf(quote: string): Set<string> {
  return new Set(
    quote
      .toLowerCase()
      .replace(/(\d)\s?(?:percent|per cent)\b/g, '$1%')
      .split(/[^\p{L}\p{N}%]+/u)
      .filter((word) => word.length > 2 && !stopWords.has(word)),
  );
}

/**
 * Shared words over the shorter quote's words: a site that quotes part of a
 * sentence, or wraps it in its own words, still shares most of it.
 */
function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (Math.min(a.size, b.size) || 1);
}

/** How alike two quotes must be, in shared words, to be offered as one figure. */
export const duplicateThreshold = 0.4;
/** A figure shared by more clips than this ("10%") says nothing about sameness. */
const maxBucket = 200;

/** What a clip contributes to duplicate finding, computed once per clip object (clips are replaced, never changed, when edited). */
interface QuoteFacts {
  figures: string[];
  words?: Set<string>;
}
const factsCache = new WeakMap<object, QuoteFacts>();
function factsOf(clip: ClipWithSource['clip']): QuoteFacts {
  let facts = factsCache.get(clip);
  if (!facts) {
    facts = { figures: figuresOf(clip.quote) };
    factsCache.set(clip, facts);
  }
  return facts;
}
function wordsOfClip(clip: ClipWithSource['clip']): Set<string> {
  const facts = factsOf(clip);
  return (facts.words ??= wordsOf(clip.quote));
}

/** Whether two clips of one figure bucket are offered as likely the same figure. */
function likelySame(a: ClipWithSource, b: ClipWithSource): boolean {
  if (a.clip.sourceId === b.clip.sourceId) return false;
  if (a.clip.alsoCitedIn?.some((cited) => cited.sourceId === b.clip.sourceId)) return false;
  if (b.clip.alsoCitedIn?.some((cited) => cited.sourceId === a.clip.sourceId)) return false;
  return similarity(wordsOfClip(a.clip), wordsOfClip(b.clip)) >= duplicateThreshold;
}

/**
 * The library's figures, kept up to date clip by clip, so that a change of a
 * few clips costs a few clips' work at any library size: the duplicates of a
 * clip are worked out when asked for (for the cards on screen), from the clips
 * sharing its figures. Same answers as `findLikelyDuplicates`.
 */
export class DuplicateIndex {
  private readonly buckets = new Map<string, Set<ClipWithSource>>();
  private readonly members = new Set<ClipWithSource>();

  get size(): number {
    return this.members.size;
  }

  has(item: ClipWithSource): boolean {
    return this.members.has(item);
  }

  clear(): void {
    this.buckets.clear();
    this.members.clear();
  }

  add(item: ClipWithSource): void {
    if (this.members.has(item)) return;
    this.members.add(item);
    for (const figure of factsOf(item.clip).figures) {
      const bucket = this.buckets.get(figure);
      if (bucket) bucket.add(item);
      else this.buckets.set(figure, new Set([item]));
    }
  }

  delete(item: ClipWithSource): void {
    if (!this.members.delete(item)) return;
    for (const figure of factsOf(item.clip).figures) {
      const bucket = this.buckets.get(figure);
      bucket?.delete(item);
      if (bucket?.size === 0) this.buckets.delete(figure);
    }
  }

  /** The clips from other pages that likely state the same figure as `item` (which must be in the index). */
  duplicatesOf(item: ClipWithSource): ClipWithSource[] {
    if (!this.members.has(item)) return [];
    const found = new Set<ClipWithSource>();
    for (const figure of factsOf(item.clip).figures) {
      const bucket = this.buckets.get(figure)!;
      if (bucket.size < 2 || bucket.size > maxBucket) continue;
      for (const other of bucket) {
        if (other !== item && !found.has(other) && likelySame(item, other)) found.add(other);
      }
    }
    return [...found];
  }
}

/** Clip id → ids of clips from other sources that likely state the same figure. */
export function findLikelyDuplicates(items: readonly ClipWithSource[]): Map<string, string[]> {
  const index = new DuplicateIndex();
  for (const item of items) index.add(item);
  const result = new Map<string, string[]>();
  for (const item of items) {
    const duplicates = index.duplicatesOf(item);
    if (duplicates.length) result.set(item.clip.id, duplicates.map((other) => other.clip.id));
  }
  return result;
}
