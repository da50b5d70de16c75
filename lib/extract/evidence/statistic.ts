/**
 * Whether a sentence is a statistic: a quantitative fact someone could cite
 * (survey results, rates, money, growth, counts of people or companies,
 * multipliers). A sentence needs at least one strong figure and enough words
 * to say something; hypotheticals ("If you serve 1,000 requests...") and
 * questions are not facts, and neither are table cells ("13.4 MB (-81%)") or
 * reference lines ("Retrieved 2012-08-21").
 */
import { type Figure, strongFigure } from './figures';

const hypothetical = /^(?:["“]?\s*)(?:if|suppose|imagine|say|let's say|assume|assuming|what if|wenn|falls|si)\b/i;
const referenceLine = /^\^|\bRetrieved\b|\bArchived from\b|\bISBN\b|\bdoi:/;

/** Words of two letters or more: "About 23,000 die." has two. */
export function wordCount(sentence: string): number {
  let count = 0;
  const pattern = /\p{L}{2,}/gu;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    // Chinese and Japanese leave no spaces: two characters count as a word.
    const cjk = m[0].match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
    count += cjk > 1 ? Math.max(1, Math.floor(cjk / 2)) + (m[0].length - cjk > 1 ? 1 : 0) : 1;
  }
  return count;
}

export function isStatistic(sentence: string, figures: Figure[]): boolean {
  if (!figures.some(strongFigure)) return false;
  if (wordCount(sentence) < 3) return false;
  if (hypothetical.test(sentence)) return false;
  if (/\?\s*["”]?$/.test(sentence)) return false;
  if (referenceLine.test(sentence)) return false;
  return true;
}
