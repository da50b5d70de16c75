/**
 * The detector against the labelled set (tests/fixtures/evidence): precision
 * and recall floors a little under what it achieves, so a regression fails.
 * Corpus articles are read from ../shared; without it they are skipped.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphMayHoldEvidence } from '../../lib/extract/evidence';
import { findFigures, mayHoldFigure, strongFigure } from '../../lib/extract/evidence/figures';
import { splitSentences } from '../../lib/extract/evidence/sentences';
import { corpusDir, heldOutSplits, loadLabelledSet, realPagesDir, scoreArticles, tuningSplits } from '../../scripts/evidence-quality';

const hasCorpus = existsSync(corpusDir);
const set = loadLabelledSet();
if (!hasCorpus) console.warn(`evidence-quality: ${corpusDir} is absent; ${set.skipped.length} corpus articles skipped.`);
// Real articles by other authors are never in the repository (split.json's realNote): without their pages, skip.
const hasRealPages = set.real.length > 0 && set.skippedReal.length === 0;
if (!hasRealPages) console.warn(`evidence-quality: real pages are not in ${realPagesDir}; ${set.skippedReal.length} real articles skipped.`);

// Achieved (tuning / held-out) when these floors were set, corpus included,
// fresh2 part of tuning: statistic P 0.94 / 0.92, R 0.96 / 0.91;
// success-story P 1.00 / 1.00, R 0.90 / 1.00.
const floors = {
  tuning: { statistic: { precision: 0.92, recall: 0.94 }, 'success-story': { precision: 0.95, recall: 0.88 } },
  heldOut: { statistic: { precision: 0.9, recall: 0.89 }, 'success-story': { precision: 0.8, recall: 0.75 } },
};

/**
 * The targets, on articles the detector was never tuned on (fresh3;
 * see tests/fixtures/evidence/README.md). Measured once before any tuning:
 * statistic P 0.72, R 0.86; success-story P 0.71, R 0.33. After tuning on the
 * other splits: statistic P 0.81, R 0.847; success-story P 0.57, R 0.27.
 * After tuning on realTuning as well: statistic P 0.80, R 0.87, so the recall
 * target is met (a plain assertion now) at the cost of a point of precision.
 * The others are expected failures (`it.fails`) that fail the moment their
 * target is met, so that they are turned into plain assertions.
 * Meanwhile floors keep fresh3 from falling back.
 * (fresh2, the set before it, is now part of tuning: split.json's notes.)
 */
const targets = { statistic: { precision: 0.9, recall: 0.85 }, 'success-story': { precision: 0.8 } };
const fresh3Floors = { statistic: { precision: 0.8, recall: 0.84 }, 'success-story': { precision: 0.57 } };

describe('evidence detector quality', () => {
  // The quick test skips a paragraph or a sentence before its figures are read: it must never skip one
  // that holds a figure ("4 out of 5 members", "2X improvements" and "8.69 GW" once were, #3).
  it('never skips, by its quick tests, a sentence or a paragraph of the labelled articles that holds a figure', () => {
    const skipped: string[] = [];
    const articles = new Map(Object.values(set).flat().filter((a) => typeof a === 'object').map((a) => [a.id, a]));
    for (const article of articles.values()) {
      for (const span of splitSentences(article.text, article.lang)) {
        const sentence = article.text.slice(span.start, span.end);
        if (!findFigures(sentence, { lang: article.lang }).some(strongFigure)) continue;
        const paragraphStart = article.text.lastIndexOf('\n\n', span.start) + 1;
        const paragraphEnd = article.text.indexOf('\n\n', span.end);
        const paragraph = article.text.slice(paragraphStart, paragraphEnd < 0 ? undefined : paragraphEnd);
        if (!mayHoldFigure(sentence) || !paragraphMayHoldEvidence(paragraph)) skipped.push(sentence);
      }
    }
    expect(articles.size).toBeGreaterThan(40);
    expect(skipped).toEqual([]);
  });

  for (const split of ['tuning', 'heldOut'] as const) {
    it(`${split}: precision and recall stay above their floors`, () => {
      const { total } = scoreArticles(set[split]);
      for (const kind of ['statistic', 'success-story'] as const) {
        expect.soft(total[kind].precision, `${split} ${kind} precision`).toBeGreaterThanOrEqual(floors[split][kind].precision);
        expect.soft(total[kind].recall, `${split} ${kind} recall`).toBeGreaterThanOrEqual(floors[split][kind].recall);
      }
    });
  }

  it.skipIf(!hasCorpus)('fresh3: precision and recall stay above their floors', () => {
    const { total } = scoreArticles(set.fresh3);
    expect.soft(total.statistic.recall, 'fresh3 statistic recall').toBeGreaterThanOrEqual(fresh3Floors.statistic.recall);
    expect.soft(total.statistic.precision, 'fresh3 statistic precision').toBeGreaterThanOrEqual(fresh3Floors.statistic.precision);
    expect.soft(total['success-story'].precision, 'fresh3 success-story precision').toBeGreaterThanOrEqual(
      fresh3Floors['success-story'].precision,
    );
  });

  it.skipIf(!hasCorpus)('fresh3: statistic recall meets the issue target', () => {
    const { total } = scoreArticles(set.fresh3);
    expect(total.statistic.recall).toBeGreaterThanOrEqual(targets.statistic.recall);
  });

  (hasCorpus ? it.fails : it.skip)('fresh3: statistic precision meets the issue target (not yet)', () => {
    const { total } = scoreArticles(set.fresh3);
    expect(total.statistic.precision).toBeGreaterThanOrEqual(targets.statistic.precision);
  });

  // Met once a capitalised common noun opening a sentence ("Subscribers grew 40%") stopped naming an actor:
  // success-story P 0.83 (5 of 6), R 0.33.
  it.skipIf(!hasCorpus)('fresh3: success-story precision meets the issue target', () => {
    const { total } = scoreArticles(set.fresh3);
    expect(total['success-story'].precision).toBeGreaterThanOrEqual(targets['success-story'].precision);
  });

  it('every label occurs in its article', () => {
    for (const article of [...set.tuning, ...set.heldOut, ...set.fresh3, ...set.fresh4, ...set.real, ...set.real2, ...set.real3, ...set.real4, ...set.real5]) {
      for (const label of [...article.statistics, ...article.successStories]) {
        expect(article.text, `${article.id}: ${label}`).toContain(label);
      }
    }
  });

  it.skipIf(!hasCorpus)('fresh3 holds at least 20 articles, none in another split', () => {
    const ids = set.fresh3.map((a) => a.id);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    const others = new Set([...set.tuning, ...set.heldOut].map((a) => a.id));
    expect(ids.filter((id) => others.has(id))).toEqual([]);
  });

  // fresh4: written articles labelled for success stories (split.json's fresh4Note); totals only.
  it('fresh4 holds 12 written articles, none in another split', () => {
    const ids = set.fresh4.map((a) => a.id);
    expect(ids.length).toBe(12);
    const others = new Set([...set.tuning, ...set.heldOut, ...set.fresh3, ...set.real].map((a) => a.id));
    expect(ids.filter((id) => others.has(id))).toEqual([]);
    // Its two halves (split.json's fresh4SplitNote) share nothing and hold it all.
    const halves = [...set.fresh4Tuning, ...set.fresh4HeldOut].map((a) => a.id);
    expect(new Set(halves).size).toBe(halves.length);
    expect([...halves].sort()).toEqual([...ids].sort());
  });

  // fresh4's held-out half (written for success stories; split.json's fresh4SplitNote), never tuned on:
  // success-story P 0.89 (8 of 9) before the changes made on fresh4Tuning, 0.80 (8 of 10) after the first
  // ones, 0.82 (9 of 11) once quotes of named people counted, 0.85 (11 of 13) once a fall in a cost or a delay
  // counted as a good result.
  // Statistic precision there is 0.52: most of its success stories are still read as statistics.
  it('fresh4HeldOut: success-story precision meets the issue target', () => {
    const { total } = scoreArticles(set.fresh4HeldOut);
    expect(total['success-story'].precision).toBeGreaterThanOrEqual(targets['success-story'].precision);
    expect(total['success-story'].candidates).toBeGreaterThanOrEqual(8);
  });

  it.fails('fresh4HeldOut: statistic precision meets the issue target (not yet)', () => {
    const { total } = scoreArticles(set.fresh4HeldOut);
    expect(total.statistic.precision).toBeGreaterThanOrEqual(targets.statistic.precision);
  });

  // Real articles, measured once clean (statistic P 0.92 / R 0.77), then tuned on realTuning only:
  // real statistic P 0.95 / R 0.95 (realHeldOut alone: 5 of 6 labels, no false alarm).
  it.skipIf(!hasRealPages)('real: statistic precision and recall stay above their floors', () => {
    const { total } = scoreArticles(set.real);
    expect.soft(total.statistic.precision, 'real statistic precision').toBeGreaterThanOrEqual(0.92);
    expect.soft(total.statistic.recall, 'real statistic recall').toBeGreaterThanOrEqual(0.92);
    expect.soft(total['success-story'].candidates, 'real success-story false alarms').toBe(0);
  });

  // real2 and real3, measured once clean (statistic P 0.84 / R 0.93 and P 0.72 / R 0.84), then after
  // tuning on real3Tuning: P 0.90 / R 0.93 and P 0.80 / R 0.85 (real3HeldOut alone 0.80 → 0.83, R 0.87).
  // Their pages are not in the repository either.
  it.skipIf(!hasRealPages)('real2 and real3: statistic precision and recall stay above their floors', () => {
    const floors = { real2: { precision: 0.88, recall: 0.9 }, real3: { precision: 0.78, recall: 0.83 }, real3HeldOut: { precision: 0.8, recall: 0.85 } };
    for (const [split, floor] of Object.entries(floors) as [keyof typeof floors, { precision: number; recall: number }][]) {
      const { total } = scoreArticles(set[split]);
      expect.soft(total.statistic.precision, `${split} statistic precision`).toBeGreaterThanOrEqual(floor.precision);
      expect.soft(total.statistic.recall, `${split} statistic recall`).toBeGreaterThanOrEqual(floor.recall);
    }
  });

  // real4, measured clean twice (statistic P 0.74 / R 0.78; after the success-story changes P 0.76 /
  // R 0.78, success story 1 of 10 found, 3 false alarms), split in halves, then tuned on real4Tuning
  // only: real4 P 0.82 / R 0.82, real4HeldOut alone P 0.80 / R 0.78.
  it.skipIf(!hasRealPages)('real4: statistic precision and recall stay above their floors', () => {
    const floors = { real4: { precision: 0.8, recall: 0.8 }, real4HeldOut: { precision: 0.78, recall: 0.76 } };
    for (const [split, floor] of Object.entries(floors) as [keyof typeof floors, { precision: number; recall: number }][]) {
      const { total } = scoreArticles(set[split]);
      expect.soft(total.statistic.precision, `${split} statistic precision`).toBeGreaterThanOrEqual(floor.precision);
      expect.soft(total.statistic.recall, `${split} statistic recall`).toBeGreaterThanOrEqual(floor.recall);
    }
  });

  // real5 (24 articles: marketing posts, customer stories, news), measured once clean before anything was
  // changed for it: statistic P 0.91 / R 0.92, the targets met on real articles never tuned on;
  // success story P 0.60 (3 of 5) / R 0.23. Then split in halves (real5HeldOut alone: P 0.86 / R 0.86).
  it.skipIf(!hasRealPages)('real5: statistic precision and recall meet the issue targets', () => {
    const { total } = scoreArticles(set.real5);
    expect.soft(total.statistic.precision, 'real5 statistic precision').toBeGreaterThanOrEqual(targets.statistic.precision);
    expect.soft(total.statistic.recall, 'real5 statistic recall').toBeGreaterThanOrEqual(targets.statistic.recall);
    const held = scoreArticles(set.real5HeldOut).total;
    expect.soft(held.statistic.precision, 'real5HeldOut statistic precision').toBeGreaterThanOrEqual(0.84);
    expect.soft(held.statistic.recall, 'real5HeldOut statistic recall').toBeGreaterThanOrEqual(0.84);
  });

  it.skipIf(!hasRealPages)('real5 is split in two halves that share nothing and hold it all', () => {
    expect(set.real5.length).toBe(24);
    const halves = [...set.real5Tuning, ...set.real5HeldOut].map((a) => a.id);
    expect(new Set(halves).size).toBe(halves.length);
    expect([...halves].sort()).toEqual(set.real5.map((a) => a.id).sort());
  });

  // real6 and real9, never tuned on (split.json's real6Note and real9Note). real6 measured clean at
  // statistic P 0.83 / R 0.85 with 1 of 29 success stories found; real9 at P 0.75 / R 0.80 with 1 of 16
  // found before the case-study changes. real7, real8 and real10 are tuning material, measured clean
  // first (success story 2 of 29; statistic P 0.89 / R 0.82; statistic P 0.69 / R 0.86); real11 too
  // (statistic P 0.56 / R 0.76, success story 7 of 33). Reading results anywhere on a page that says it is a
  // customer's story found one more in real6 and cost one false alarm (5 of 7).
  // real14 (12 customer stories and launch reviews, tuning) measured clean at statistic P 0.56 / R 0.70 and
  // 1 of 29 success stories. real12, real13 and real15 are never tuned on (real15 measured clean at
  // statistic P 0.94 / R 0.94, 1 of 11 success stories); real16 (customer case studies and companies' own
  // metrics, tuning) measured clean at statistic P 0.45 / R 0.53 and 4 of 27 success stories.
  // real17 and real20 are never tuned on (measured clean at statistic P 0.86 / R 0.90, 6 of 36 success
  // stories, and P 0.85 / R 0.75, 6 of 12); real18 and real19 are tuning material (P 0.58 / R 0.82, 1 of 17,
  // and P 0.42 / R 0.77, 4 of 38). split.json's notes say what each holds.
  it.skipIf(!hasRealPages)('real6 to real20: statistics and success stories stay above their floors', () => {
    const floors = {
      real6: { precision: 0.87, recall: 0.86, stories: 8, storyPrecision: 0.75 },
      real7: { precision: 0.5, recall: 0.8, stories: 17, storyPrecision: 0.8 },
      real8: { precision: 0.92, recall: 0.85, stories: 0, storyPrecision: 0 },
      real9: { precision: 0.8, recall: 0.79, stories: 8, storyPrecision: 0.9 },
      real10: { precision: 0.78, recall: 0.9, stories: 3, storyPrecision: 0.7 },
      real11: { precision: 0.68, recall: 0.8, stories: 21, storyPrecision: 0.78 },
      real12: { precision: 0.75, recall: 0.84, stories: 2, storyPrecision: 0.25 },
      real13: { precision: 0.89, recall: 0.9, stories: 2, storyPrecision: 0.9 },
      real14: { precision: 0.58, recall: 0.68, stories: 7, storyPrecision: 0.75 },
      real15: { precision: 0.9, recall: 0.92, stories: 1, storyPrecision: 0.15 },
      real16: { precision: 0.62, recall: 0.69, stories: 17, storyPrecision: 0.9 },
      real17: { precision: 0.85, recall: 0.87, stories: 6, storyPrecision: 0.8 },
      real18: { precision: 0.6, recall: 0.8, stories: 1, storyPrecision: 0.4 },
      real19: { precision: 0.5, recall: 0.78, stories: 15, storyPrecision: 0.85 },
      real20: { precision: 0.83, recall: 0.73, stories: 5, storyPrecision: 0.9 },
    };
    for (const [split, floor] of Object.entries(floors) as [keyof typeof floors, (typeof floors)['real6']][]) {
      const { total } = scoreArticles(set[split]);
      expect.soft(total.statistic.precision, `${split} statistic precision`).toBeGreaterThanOrEqual(floor.precision);
      expect.soft(total.statistic.recall, `${split} statistic recall`).toBeGreaterThanOrEqual(floor.recall);
      expect.soft(total['success-story'].truePositives, `${split} success stories found`).toBeGreaterThanOrEqual(floor.stories);
      if (floor.stories) expect.soft(total['success-story'].precision, `${split} success-story precision`).toBeGreaterThanOrEqual(floor.storyPrecision);
    }
  });

  // Every set never tuned on, summed (each article once): what the targets are read against. When these
  // floors were set (23 sets, 286 articles, real35 in and real34 moved to tuning): statistic P 0.842 / R 0.871,
  // success-story P 0.804 (82 of 102 right, 82 of 257 labels found). The detector of d94d151 reads statistic
  // P 0.843 / R 0.871 and the same stories there. With real36 in real35's place (7d36236): statistic P 0.834 /
  // R 0.873, success stories P 0.812 (82 of 101), 82 of 265 found. With real37 in real36's (c8d5c98): statistic
  // P 0.843 / R 0.867, success stories P 0.800 (80 of 100), 80 of 252 found. With real38 in real37's (cdbd5fa):
  // statistic P 0.838 / R 0.876, success stories P 0.798 (83 of 104), 83 of 254 found. With real39 in real38's
  // (0643c3e): statistic P 0.840 / R 0.877, success stories P 0.810 (85 of 105), 85 of 260 found. With real40's
  // three articles held out beside them (289 articles, 2106675): statistic P 0.836 / R 0.877, the same stories.
  // With real41 in place of real39 and real40 (286 articles, 2f70ae2): statistic P 0.840 / R 0.869, success
  // stories P 0.783 (90 of 115), 90 of 260 found.
  // With real42 in real41's place (286 articles, 7276cc2): statistic P 0.835 / R 0.875, success stories
  // P 0.826 (90 of 109), 90 of 260 found. With real43's nine articles in real42's (283 articles, cf338ad):
  // statistic P 0.833 / R 0.870, success stories P 0.810 (81 of 100), 81 of 249 found. With real43's two news
  // pieces in too (285 articles, 785607b): statistic P 0.834 / R 0.867, the same stories. With real44 in real43's
  // place (289 articles, 53dfa5e): statistic P 0.836 / R 0.864, success stories P 0.782 (86 of 110), 86 of 258 found.
  // With real45 in real44's place (288 articles, 561b151): statistic P 0.841 / R 0.882, success stories P 0.820 (82 of
  // 100), 82 of 265 found. With real46 in real45's place (287 articles, cea854e): statistic P 0.839 / R 0.879, success
  // stories P 0.818 (81 of 99), 81 of 255 found. With real47 beside real46 (302 articles, fde79f5): statistic P 0.835 /
  // R 0.877, success stories P 0.812 (82 of 101), 82 of 262 found. With real46 moved to tuning (289 articles, 7674d0d):
  // statistic P 0.834 / R 0.878, success stories P 0.808 (80 of 99), 80 of 251 found. With real48 in real47's place
  // (282 articles, 60ebb6b): statistic P 0.839 / R 0.878, success stories P 0.802 (81 of 101), 81 of 254 found. With
  // real49 in real48's place (283 articles, 1cc6b18): statistic P 0.822 / R 0.871, success stories P 0.808 (80 of 99),
  // 80 of 283 found; real49's first measure (P 0.51) pulled the precision floor down from 0.83 to 0.82. After the
  // rules real48's errors asked for (0c50bca): statistic P 0.823 / R 0.883, success stories P 0.812 (82 of 101).
  const allHeldOut = () => scoreArticles(heldOutSplits.flatMap((split) => set[split])).total;
  it.skipIf(!hasRealPages || !hasCorpus)('all held out: precision and recall stay above their floors', () => {
    const total = allHeldOut();
    expect.soft(total.statistic.precision, 'statistic precision').toBeGreaterThanOrEqual(0.82);
    expect.soft(total.statistic.recall, 'statistic recall').toBeGreaterThanOrEqual(0.86);
    expect.soft(total['success-story'].truePositives, 'success stories found').toBeGreaterThanOrEqual(80);
    expect.soft(total['success-story'].precision, 'success-story precision').toBeGreaterThanOrEqual(0.78);
  });
  // Met (0.800) with real32 held out, not (0.786) with real33, met again (0.832) with real34 in its place
  // (real34's first, clean measure found 10 stories, all right), barely (0.804) with real35 in real34's,
  // 0.812 with real36 in real35's, only just (0.800) with real37 in real36's, not (0.798) with real38 in
  // real37's (real38's first measure offered 7 stories, 4 of them right), again (0.810) with real39 in real38's,
  // not (0.783) with real41 in place of real39 and real40 (real41's first measure offered 18, 11 of them right),
  // again (0.826) with real42 in real41's (real42's first measure offered 12, 11 of them right), 0.810 with
  // real43 in real42's (real43's first measure offered 3, 2 of them right), not (0.782) with real44 in real43's
  // (real44's first measure offered 13, 7 of them right), and again (0.820) with real45 in real44's (real45's
  // first measure offered 3, all right), 0.818 with real46 in real45's (real46's first measure offered 2, both right),
  // 0.812 with real47 beside it (real47's first measure offered 1, right), 0.808 with real47 alone, 0.802 with
  // real48 in real47's place (real48's first measure offered 3, 2 of them right), and 0.808 with real49 in real48's
  // (real49's first measure offered 1, right).
  it.skipIf(!hasRealPages || !hasCorpus)('all held out: success-story precision meets the issue target', () => {
    expect(allHeldOut()['success-story'].precision).toBeGreaterThanOrEqual(targets['success-story'].precision);
  });
  // The tuning sets' sum (real32 and real33 in): statistic P 0.859 / R 0.911, success stories P 0.911, 205 of 324
  // found when set; at 306144c: statistic P 0.861 / R 0.914, success stories P 0.923, 205 found. Story precision
  // was 0.931 before real33 joined: 4 of the 6 stories offered on real33 are right at 306144c (2 of 6 before 1e85c55).
  // With real34 in (303 articles): statistic P 0.863 / R 0.914, success stories P 0.927, 216 of 344 found
  // (d94d151: P 0.860 / R 0.910, 214 found). With real35 in too (315 articles, 7d36236): statistic P 0.866 /
  // R 0.909, success stories P 0.921, 219 of 357 found; at a358f11, P 0.871 / R 0.921, stories P 0.926, 224 found.
  // With real36 in too (327 articles, c8d5c98): statistic P 0.865 / R 0.918, success stories P 0.923, 227 of 378.
  // With real37 in too (339 articles, cdbd5fa): statistic P 0.869 / R 0.908, success stories P 0.916, 229 of 386.
  // With real38 in too (351 articles, 0643c3e): statistic P 0.869 / R 0.913, success stories P 0.911, 233 of 396.
  // With real39, real40 and real41 in too (378 articles, 7276cc2): statistic P 0.876 / R 0.907, success stories
  // P 0.898 (real41 offered 7 wrong stories of 18 at its first measure), 253 of 428 found; at 9d0f1c9, after the rules
  // real41's errors asked for, statistic P 0.877 / R 0.910, success stories P 0.914, 253 found. With real42 in
  // too (390 articles, cf338ad): statistic P 0.875 / R 0.910, success stories P 0.911, 265 of 444 found. With
  // real43 in too (401 articles, 53dfa5e): statistic P 0.876 / R 0.908, success stories P 0.908, 267 of 449 found.
  // With real44 in too (416 articles, 561b151): statistic P 0.876 / R 0.902, success stories P 0.902, 274 of 463.
  // With real45 in too (430 articles, cea854e): statistic P 0.880 / R 0.918, success stories P 0.914, 277 of 484.
  // With real46 in too (443 articles, 7674d0d): statistic P 0.882 / R 0.915, success stories P 0.917, 285 of 495; at
  // 122ef51, after the rules real46's errors asked for, statistic P 0.883 / R 0.921, the same stories. With real47 in
  // too (458 articles, 60ebb6b): statistic P 0.879 / R 0.918, success stories P 0.917, 286 of 502; at 0837dac, after
  // the rules real47's errors asked for, statistic P 0.882 / R 0.921, success stories P 0.917, 287 of 502. With real48
  // in too (466 articles, 1cc6b18): statistic P 0.882 / R 0.919, success stories P 0.915, 289 of 512; at 0c50bca, after
  // the rules real48's errors asked for, statistic P 0.883 / R 0.925, success stories P 0.912, 291 of 512.
  it.skipIf(!hasRealPages || !hasCorpus)('all tuning: precision, recall and stories found stay above their floors', () => {
    const total = scoreArticles(tuningSplits.flatMap((split) => set[split])).total;
    expect.soft(total.statistic.precision, 'statistic precision').toBeGreaterThanOrEqual(0.85);
    expect.soft(total.statistic.recall, 'statistic recall').toBeGreaterThanOrEqual(0.9);
    expect.soft(total['success-story'].precision, 'success-story precision').toBeGreaterThanOrEqual(0.9);
    expect.soft(total['success-story'].truePositives, 'success stories found').toBeGreaterThanOrEqual(212);
  });
  (hasRealPages && hasCorpus ? it.fails : it.skip)('all held out: statistic precision meets the issue target (not yet)', () => {
    expect(allHeldOut().statistic.precision).toBeGreaterThanOrEqual(targets.statistic.precision);
  });

  it.skipIf(!hasCorpus)('the split holds at least 20 corpus articles and 8 written ones', () => {
    const ids = [...set.tuning, ...set.heldOut].map((a) => a.id);
    expect(ids.filter((id) => id.startsWith('corpus/')).length).toBeGreaterThanOrEqual(20);
    expect(ids.filter((id) => id.startsWith('written/')).length).toBeGreaterThanOrEqual(8);
  });
});
