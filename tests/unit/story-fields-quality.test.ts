/**
 * Who got a found success story's result, and the result itself, against the
 * hand labels of tests/fixtures/evidence/story-fields.json (#3): floors a
 * little under what the detector achieves, so that a regression fails.
 * Without the real pages (never in the repository) the test is skipped.
 */
import { describe, expect, it } from 'vitest';
import { scoreStorySample, storyFieldsLabels } from '../../scripts/story-fields-quality';
import { labelledArticles } from '../../scripts/evidence-quality';

const labels = storyFieldsLabels();
const articles = labelledArticles();
const hasPages = [...labels.tuning, ...labels.heldOut].every((label) => articles.has(label.id));
if (!hasPages) console.warn('story-fields-quality: some labelled pages are absent; organisations and results are not measured.');

// Achieved when set (tuning / held out): organisation P 0.917 / 0.689, R 0.917 / 0.660; result right 0.918 / 0.918.
// Since (27f4ad2): organisation P 0.944 / 0.674, R 0.950 / 0.705; result right 0.939 / 0.935.
// When the labels were made (the tuning sample's first two stories of each article alone): results right 0.872 / 0.857.
const floors = {
  tuning: { organisation: { precision: 0.91, recall: 0.91 }, result: 0.92 },
  heldOut: { organisation: { precision: 0.66, recall: 0.68 }, result: 0.91 },
};

describe('success stories: who and what', () => {
  it('labels the stories of the tuning and held-out sets, each result with a figure, each story a substring of its article', () => {
    expect(labels.tuning.length).toBeGreaterThanOrEqual(150);
    expect(labels.heldOut.length).toBeGreaterThanOrEqual(100);
    for (const label of [...labels.tuning, ...labels.heldOut]) {
      expect(label.result.trim().length, label.story).toBeGreaterThan(0);
      // Articles whose page is absent (real pages, outside the repository) are not read.
      const text = articles.get(label.id)?.text;
      if (text !== undefined) expect(text.includes(label.story), `${label.id}: ${label.story}`).toBe(true);
    }
  });

  for (const sample of ['tuning', 'heldOut'] as const) {
    it.skipIf(!hasPages)(`${sample}: organisations and results stay above their floors`, () => {
      const { total } = scoreStorySample(labels[sample], articles);
      expect(total.scored).toBeGreaterThan(40);
      expect.soft(total.organisation.precision, `${sample} organisation precision`).toBeGreaterThanOrEqual(floors[sample].organisation.precision);
      expect.soft(total.organisation.recall, `${sample} organisation recall`).toBeGreaterThanOrEqual(floors[sample].organisation.recall);
      expect.soft(total.result.recall, `${sample} results right`).toBeGreaterThanOrEqual(floors[sample].result);
    });
  }
});
