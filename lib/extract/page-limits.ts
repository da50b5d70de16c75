/**
 * How much of a page Casefile reads (issue #6). A page can be of any size;
 * the popup must still answer within 3 seconds and the page must never freeze
 * for more than a second. Past a limit, Casefile stops and says so in a
 * sentence that also says what the user can still save.
 */

export interface PageLimits {
  elements: number;
  articleChars: number;
  selectionChars: number;
  sliceMs: number;
  findingBudgetMs: number;
}

export const pageLimits: PageLimits = {
  /**
   * Readability cannot be paused, and its time grows with the page's
   * elements: about 0.5 s for 50,000 on a slow 2-core machine (npm run bench
   * -- hard-pages). Past this many it is not run at all.
   */
  elements: 80_000,
  /** Article text kept with the source: well inside recordLimits.sourceText (5,000,000). */
  articleChars: 2_000_000,
  /** recordLimits.quote: a longer quote could not be saved (tests/unit/hard-pages.test.ts holds the two together). */
  selectionChars: 100_000,
  /** Work done between two yields to the page, so its own scripts and input keep running. */
  sliceMs: 50,
  /** When the search for figures stops, so the popup can answer well inside 3 seconds. */
  findingBudgetMs: 1_500,
};

const count = (n: number) => n.toLocaleString('en-US');

export function tooManyElementsNotice(elements: number, limit: number): string {
  return `This page is too large for Casefile to read as an article (${count(elements)} elements; it reads up to ${count(limit)}). Select the passage you want on the page and open Casefile again, or type or paste a quote below.`;
}

export function articleCutNotice(limit: number): string {
  return `This article is very long: Casefile keeps its first ${count(limit)} characters with the source. To clip something further down, select it on the page and open Casefile again.`;
}

export function findingStoppedNotice(share: number): string {
  return `This article is long: Casefile looked for figures in its first ${Math.max(1, Math.floor(share * 100))}% and stopped there. To clip something further down, select it on the page and open Casefile again.`;
}

export function selectionCutNotice(limit: number): string {
  return `Your selection is longer than a clip can be, so Casefile kept its first ${count(limit)} characters. Select a shorter passage to clip it whole.`;
}
