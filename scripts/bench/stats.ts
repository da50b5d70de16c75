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
