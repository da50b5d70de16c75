/**
 * The detector against the labelled set (tests/fixtures/evidence): precision
 * and recall floors a little under what it achieves, so a regression fails.
 * Corpus articles are read from ../shared; without it they are skipped.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusDir, loadLabelledSet, scoreArticles } from '../../scripts/evidence-quality';

const hasCorpus = existsSync(corpusDir);
const set = loadLabelledSet();
if (!hasCorpus) console.warn(`evidence-quality: ${corpusDir} is absent; ${set.skipped.length} corpus articles skipped.`);

// Achieved (tuning / held-out) when these floors were set, corpus included:
// statistic P 0.96 / 0.90, R 1.00 / 0.98; success-story P 1.00 / 1.00, R 1.00 / 1.00.
const floors = {
  tuning: { statistic: { precision: 0.93, recall: 0.97 }, 'success-story': { precision: 0.9, recall: 0.9 } },
  heldOut: { statistic: { precision: 0.85, recall: 0.93 }, 'success-story': { precision: 0.8, recall: 0.75 } },
};

/**
 * The targets, on articles the detector was never tuned on (the fresh
 * set; see tests/fixtures/evidence/README.md). Statistic precision is short of
 * its target (0.71 when this was written): that test is an expected failure,
 * and it fails the moment the target is met, so that it is turned into a plain
 * assertion. Meanwhile a floor keeps fresh precision from falling back.
 * Achieved: statistic P 0.71, R 0.86; success-story P 0.93, R 0.76.
 */
const targets = { statistic: { precision: 0.9, recall: 0.85 }, 'success-story': { precision: 0.8 } };
const freshStatisticPrecisionFloor = 0.68;

describe('evidence detector quality', () => {
  for (const split of ['tuning', 'heldOut'] as const) {
    it(`${split}: precision and recall stay above their floors`, () => {
      const { total } = scoreArticles(set[split]);
      for (const kind of ['statistic', 'success-story'] as const) {
        expect.soft(total[kind].precision, `${split} ${kind} precision`).toBeGreaterThanOrEqual(floors[split][kind].precision);
        expect.soft(total[kind].recall, `${split} ${kind} recall`).toBeGreaterThanOrEqual(floors[split][kind].recall);
      }
    });
  }

  it.skipIf(!hasCorpus)('fresh: statistic recall and success-story precision meet the issue targets', () => {
    const { total } = scoreArticles(set.fresh);
    expect.soft(total.statistic.recall, 'fresh statistic recall').toBeGreaterThanOrEqual(targets.statistic.recall);
    expect.soft(total['success-story'].precision, 'fresh success-story precision').toBeGreaterThanOrEqual(
      targets['success-story'].precision,
    );
    expect.soft(total.statistic.precision, 'fresh statistic precision floor').toBeGreaterThanOrEqual(
      freshStatisticPrecisionFloor,
    );
  });

  (hasCorpus ? it.fails : it.skip)('fresh: statistic precision meets the issue target (not yet)', () => {
    const { total } = scoreArticles(set.fresh);
    expect(total.statistic.precision).toBeGreaterThanOrEqual(targets.statistic.precision);
  });

  it('every label occurs in its article', () => {
    for (const article of [...set.tuning, ...set.heldOut, ...set.fresh]) {
      for (const label of [...article.statistics, ...article.successStories]) {
        expect(article.text, `${article.id}: ${label}`).toContain(label);
      }
    }
  });

  it.skipIf(!hasCorpus)('the fresh set holds at least 15 corpus articles and 6 written ones, none in another split', () => {
    const ids = set.fresh.map((a) => a.id);
    expect(ids.filter((id) => id.startsWith('corpus/')).length).toBeGreaterThanOrEqual(15);
    expect(ids.filter((id) => id.startsWith('written/')).length).toBeGreaterThanOrEqual(6);
    const others = new Set([...set.tuning, ...set.heldOut].map((a) => a.id));
    expect(ids.filter((id) => others.has(id))).toEqual([]);
  });

  it.skipIf(!hasCorpus)('the split holds at least 20 corpus articles and 8 written ones', () => {
    const ids = [...set.tuning, ...set.heldOut].map((a) => a.id);
    expect(ids.filter((id) => id.startsWith('corpus/')).length).toBeGreaterThanOrEqual(20);
    expect(ids.filter((id) => id.startsWith('written/')).length).toBeGreaterThanOrEqual(8);
  });
});
