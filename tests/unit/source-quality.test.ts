/**
 * Where a found statistic comes from and how old it is, against the hand
 * labels of tests/fixtures/evidence/sources.json (#3): floors a little under
 * what the detector achieves, so that a regression fails. The labelled
 * statistics are real articles' (never in the repository): without their
 * pages the test is skipped.
 */
import { describe, expect, it } from 'vitest';
import { labelledArticles } from '../../scripts/evidence-quality';
import { scoreSample, sourceLabels } from '../../scripts/source-quality';

const labels = sourceLabels();
const articles = labelledArticles();
const hasPages = [...labels.tuning, ...labels.heldOut].every((label) => articles.has(label.id));
if (!hasPages) console.warn('source-quality: the real pages are absent; origins and years are not measured.');

// Achieved when set (tuning / held out): origin P 0.897 / 0.789, R 0.813 / 0.602; year P 0.863 / 0.729, R 0.957 / 0.795.
// The same labels before any of the rules they led to (7f6c164): origin P 0.806 / 0.815, R 0.558 / 0.570; year P 0.683 / 0.673, R 0.903 / 0.841.
const floors = {
  tuning: { origin: { precision: 0.87, recall: 0.79 }, year: { precision: 0.84, recall: 0.93 } },
  heldOut: { origin: { precision: 0.76, recall: 0.58 }, year: { precision: 0.7, recall: 0.77 } },
};

describe('cited origins and data years', () => {
  it('labels a sample of every labelled real article set, each label a substring of its article', () => {
    expect(labels.tuning.length).toBeGreaterThanOrEqual(150);
    expect(labels.heldOut.length).toBeGreaterThanOrEqual(150);
    for (const label of [...labels.tuning, ...labels.heldOut]) {
      expect(label.origin === null || label.origin.trim().length > 0, label.statistic).toBe(true);
      expect(label.year === null || (label.year >= 1800 && label.year <= 2100), label.statistic).toBe(true);
      // Articles whose page is absent (real pages, outside the repository) are not read.
      const text = articles.get(label.id)?.text;
      if (text !== undefined) expect(text.includes(label.statistic), `${label.id}: ${label.statistic}`).toBe(true);
    }
  });

  for (const sample of ['tuning', 'heldOut'] as const) {
    it.skipIf(!hasPages)(`${sample}: origins and years stay above their floors`, () => {
      const { total } = scoreSample(labels[sample], articles);
      expect(total.notFound).toBeLessThan(labels[sample].length / 5);
      for (const field of ['origin', 'year'] as const) {
        expect.soft(total[field].precision, `${sample} ${field} precision`).toBeGreaterThanOrEqual(floors[sample][field].precision);
        expect.soft(total[field].recall, `${sample} ${field} recall`).toBeGreaterThanOrEqual(floors[sample][field].recall);
      }
    });
  }
});
