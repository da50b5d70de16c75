/**
 * How often a found statistic's cited origin and data year are right (#3),
 * against the hand labels in tests/fixtures/evidence/sources.json: a sample
 * of the labelled real articles' statistics, each with the origin and year a
 * reader finds in its text (the rules are in that file's note). The tuning
 * sample is drawn from the tuning sets, the held-out sample from the
 * held-out sets, as in scripts/evidence-quality.ts; errors are listed for
 * the tuning sample only.
 *
 *   CASEFILE_REAL_PAGES=../real-pages npx tsx scripts/source-quality.ts [--errors]
 *
 * Prints precision and recall of origins and years per sample and writes
 * bench-results/source-quality.json. Real pages are never in the repository:
 * without them the script says so and measures nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FieldScore, type SourceLabel, type SourceScore, scoreSources, sumSourceScores } from '../lib/extract/evidence/source-score';
import { type LabelledArticle, labelledArticles, readLabelSamples, realPagesDir, repoRoot, scoreByArticle } from './evidence-quality';

export const sourceLabels = () => readLabelSamples<SourceLabel>('sources.json');

/** The sample's score, and how many of its articles' pages were absent. */
export function scoreSample(labels: (SourceLabel & { id: string })[], articles: Map<string, LabelledArticle>): { total: SourceScore; absent: number } {
  const { scores, absent } = scoreByArticle(labels, articles, scoreSources);
  return { total: sumSourceScores(scores), absent };
}

const pct = (n: number) => n.toFixed(3).padStart(9);
const row = (sample: string, name: string, s: FieldScore) =>
  `${sample.padEnd(9)} ${name.padEnd(7)} ${pct(s.precision)} ${pct(s.recall)} ${String(s.scored).padStart(7)} ${String(s.given).padStart(6)} ${String(s.labelled).padStart(8)} ${String(s.right).padStart(6)}`;

function main() {
  const labels = sourceLabels();
  const articles = labelledArticles();
  const results = { tuning: scoreSample(labels.tuning, articles), heldOut: scoreSample(labels.heldOut, articles) };
  if (results.tuning.absent + results.heldOut.absent > 0) {
    console.log(`${results.tuning.absent + results.heldOut.absent} articles skipped: their pages are not in ${realPagesDir} (set CASEFILE_REAL_PAGES).`);
  }
  if (process.argv.includes('--errors')) {
    for (const name of ['origin', 'year'] as const) {
      for (const e of results.tuning.total[name].errors) console.log(`${name}: expected ${JSON.stringify(e.expected)}, gave ${JSON.stringify(e.given)}: ${e.statistic}`);
    }
  }
  console.log(`${'sample'.padEnd(9)} ${'field'.padEnd(7)} precision    recall  scored  given labelled  right`);
  for (const [sample, { total }] of Object.entries(results)) {
    console.log(row(sample, 'origin', total.origin));
    console.log(row(sample, 'year', total.year));
    console.log(`${''.padEnd(9)} (${total.notFound} labelled statistics not found by the detector)`);
  }
  const summary = ({ errors: _errors, ...numbers }: FieldScore) => numbers;
  mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
  writeFileSync(
    join(repoRoot, 'bench-results/source-quality.json'),
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        ...Object.fromEntries(Object.entries(results).map(([sample, { total, absent }]) => [sample, { origin: summary(total.origin), year: summary(total.year), notFound: total.notFound, absentArticles: absent }])),
      },
      null,
      2,
    )}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
