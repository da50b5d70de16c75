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

// Achieved (tuning / held-out) when these floors were set, corpus included, the
// first fresh set part of tuning: statistic P 0.92 / 0.93, R 0.99 / 0.96;
// success-story P 1.00 / 1.00, R 0.97 / 1.00.
const floors = {
  tuning: { statistic: { precision: 0.9, recall: 0.97 }, 'success-story': { precision: 0.95, recall: 0.93 } },
  heldOut: { statistic: { precision: 0.9, recall: 0.94 }, 'success-story': { precision: 0.8, recall: 0.75 } },
};

/**
 * The targets, on articles the detector was never tuned on (fresh2;
 * see tests/fixtures/evidence/README.md). Measured once before any tuning:
 * statistic P 0.55, R 0.83; success-story P 0.75, R 0.33. After tuning on the
 * other splits: statistic P 0.63, R 0.88; success-story P 0.75, R 0.33.
 * Statistic recall meets its target and is asserted. Statistic and
 * success-story precision do not: those are expected failures (`it.fails`)
 * that fail the moment the target is met, so that they are turned into plain
 * assertions. Meanwhile floors keep fresh2 from falling back.
 */
const targets = { statistic: { precision: 0.9, recall: 0.85 }, 'success-story': { precision: 0.8 } };
const fresh2Floors = { statistic: { precision: 0.6 }, 'success-story': { precision: 0.7 } };

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

  it.skipIf(!hasCorpus)('fresh2: statistic recall meets the issue target; precision stays above its floors', () => {
    const { total } = scoreArticles(set.fresh2);
    expect.soft(total.statistic.recall, 'fresh2 statistic recall').toBeGreaterThanOrEqual(targets.statistic.recall);
    expect.soft(total.statistic.precision, 'fresh2 statistic precision').toBeGreaterThanOrEqual(fresh2Floors.statistic.precision);
    expect.soft(total['success-story'].precision, 'fresh2 success-story precision').toBeGreaterThanOrEqual(
      fresh2Floors['success-story'].precision,
    );
  });

  (hasCorpus ? it.fails : it.skip)('fresh2: statistic precision meets the issue target (not yet)', () => {
    const { total } = scoreArticles(set.fresh2);
    expect(total.statistic.precision).toBeGreaterThanOrEqual(targets.statistic.precision);
  });

  (hasCorpus ? it.fails : it.skip)('fresh2: success-story precision meets the issue target (not yet)', () => {
    const { total } = scoreArticles(set.fresh2);
    expect(total['success-story'].precision).toBeGreaterThanOrEqual(targets['success-story'].precision);
  });

  it('every label occurs in its article', () => {
    for (const article of [...set.tuning, ...set.heldOut, ...set.fresh2]) {
      for (const label of [...article.statistics, ...article.successStories]) {
        expect(article.text, `${article.id}: ${label}`).toContain(label);
      }
    }
  });

  it.skipIf(!hasCorpus)('fresh2 holds at least 12 corpus articles and 5 written ones, none in another split', () => {
    const ids = set.fresh2.map((a) => a.id);
    expect(ids.filter((id) => id.startsWith('corpus/')).length).toBeGreaterThanOrEqual(12);
    expect(ids.filter((id) => id.startsWith('written/')).length).toBeGreaterThanOrEqual(5);
    const others = new Set([...set.tuning, ...set.heldOut].map((a) => a.id));
    expect(ids.filter((id) => others.has(id))).toEqual([]);
  });

  it.skipIf(!hasCorpus)('the split holds at least 20 corpus articles and 8 written ones', () => {
    const ids = [...set.tuning, ...set.heldOut].map((a) => a.id);
    expect(ids.filter((id) => id.startsWith('corpus/')).length).toBeGreaterThanOrEqual(20);
    expect(ids.filter((id) => id.startsWith('written/')).length).toBeGreaterThanOrEqual(8);
  });
});
