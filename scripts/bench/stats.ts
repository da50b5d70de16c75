/** Small statistics and the shape every benchmark section reports in. */

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface BenchSection {
  name: string;
  /** Why the section did not run (e.g. the corpus is absent). */
  skipped?: string;
  table?: string[][];
  notes?: string[];
  figures?: unknown;
}

/**
 * The order of one round: a balanced Latin square (0, 1, n-1, 2, n-2, ...,
 * shifted by the round): for an even number of extractors, over n rounds each
 * one runs once right after each other one. An extractor pays for the garbage the one before it
 * left: in a fixed order Casefile always ran after defuddle, whose garbage on
 * the 1 MB page is the largest (#3).
 */
export function roundOrder<T>(items: T[], round: number): T[] {
  const n = items.length;
  const first = Array.from({ length: n }, (_, i) => (i % 2 ? (i + 1) / 2 : (n - i / 2) % n));
  return first.map((k) => items[(k + round) % n]!);
}
