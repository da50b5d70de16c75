/**
 * How often a found success story names who got the result and states the
 * result (#3: "Blendtec — sales up 700%"), against the hand labels in
 * tests/fixtures/evidence/story-fields.json: the labelled real and written
 * articles' success stories, each with who got the result and the result as
 * a reader finds them (the rules are in that file's note). The tuning sample
 * is drawn from the tuning sets, the held-out sample from the held-out sets,
 * as in scripts/evidence-quality.ts; errors are listed for the tuning sample
 * only.
 *
 *   CASEFILE_REAL_PAGES=../real-pages npx tsx scripts/story-fields-quality.ts [--errors]
 *
 * Prints precision and recall of the organisation, and how often the result
 * states the labelled result's figures, per sample; writes
 * bench-results/story-fields-quality.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type StoryFieldsLabel, type StoryFieldsScore, scoreStoryFields, sumStoryFieldsScores } from '../lib/extract/evidence/story-fields-score';
import { type LabelledArticle, labelledArticles, readLabelSamples, realPagesDir, repoRoot, scoreByArticle } from './evidence-quality';

export const storyFieldsLabels = () => readLabelSamples<StoryFieldsLabel>('story-fields.json');

export function scoreStorySample(labels: (StoryFieldsLabel & { id: string })[], articles: Map<string, LabelledArticle>): { total: StoryFieldsScore; absent: number } {
  const { scores, absent } = scoreByArticle(labels, articles, scoreStoryFields);
  return { total: sumStoryFieldsScores(scores), absent };
}

const pct = (n: number) => n.toFixed(3).padStart(9);

function main() {
  const labels = storyFieldsLabels();
  const articles = labelledArticles();
  const results = { tuning: scoreStorySample(labels.tuning, articles), heldOut: scoreStorySample(labels.heldOut, articles) };
  const absent = results.tuning.absent + results.heldOut.absent;
  if (absent > 0) console.log(`${absent} articles skipped: their pages are not in ${realPagesDir} (set CASEFILE_REAL_PAGES).`);
  if (process.argv.includes('--errors')) {
    for (const e of results.tuning.total.errors) console.log(`${e.field}: expected ${JSON.stringify(e.expected)}, gave ${JSON.stringify(e.given)}: ${e.story}`);
  }
  console.log(`${'sample'.padEnd(9)} ${'field'.padEnd(13)} precision    recall  scored  given  right`);
  for (const [sample, { total }] of Object.entries(results)) {
    const { organisation: o, result: r } = total;
    console.log(`${sample.padEnd(9)} ${'organisation'.padEnd(13)} ${pct(o.precision)} ${pct(o.recall)} ${String(total.scored).padStart(7)} ${String(o.given).padStart(6)} ${String(o.right).padStart(6)}`);
    console.log(`${''.padEnd(9)} ${'result'.padEnd(13)} ${pct(r.precision)} ${pct(r.recall)} ${String(total.scored).padStart(7)} ${String(r.given).padStart(6)} ${String(r.right).padStart(6)}`);
    console.log(`${''.padEnd(9)} (${total.notFound} labelled stories not found as success stories; ${o.labelled} name who got the result)`);
  }
  mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
  writeFileSync(
    join(repoRoot, 'bench-results/story-fields-quality.json'),
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        ...Object.fromEntries(Object.entries(results).map(([sample, { total: { errors: _errors, ...numbers }, absent: missing }]) => [sample, { ...numbers, absentArticles: missing }])),
      },
      null,
      2,
    )}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
