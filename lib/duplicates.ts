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

/** Clip id → ids of clips from other sources that likely state the same figure. */
export function findLikelyDuplicates(items: readonly ClipWithSource[]): Map<string, string[]> {
  const buckets = new Map<string, number[]>();
  const words: Set<string>[] = [];
  items.forEach((item, index) => {
    words.push(wordsOf(item.clip.quote));
    for (const figure of figuresOf(item.clip.quote)) {
      const bucket = buckets.get(figure);
      if (bucket) bucket.push(index);
      else buckets.set(figure, [index]);
    }
  });
  const result = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = result.get(a) ?? new Set<string>();
    set.add(b);
    result.set(a, set);
  };
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > maxBucket) continue;
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = items[bucket[i]!]!;
        const b = items[bucket[j]!]!;
        if (a.clip.sourceId === b.clip.sourceId) continue;
        if (a.clip.alsoCitedIn?.some((cited) => cited.sourceId === b.clip.sourceId)) continue;
        if (b.clip.alsoCitedIn?.some((cited) => cited.sourceId === a.clip.sourceId)) continue;
        if (similarity(words[bucket[i]!]!, words[bucket[j]!]!) < duplicateThreshold) continue;
        link(a.clip.id, b.clip.id);
        link(b.clip.id, a.clip.id);
      }
    }
  }
  return new Map([...result].map(([id, set]) => [id, [...set]]));
}
