/**
 * Checks saved real pages against their labels: every label must be a
 * substring of the page's text as the detector reads it (Readability, then
 * plainText), or the quality figures would count it as missed whatever the
 * detector does. The pages live outside the project ($CASEFILE_REAL_PAGES);
 * a page rebuilt from its source (the `source` and `saved` fields of its
 * labels) is checked here before it is measured. It runs no detector, so it
 * can be used on held-out pages without reading their errors.
 *
 *   npx tsx scripts/check-real-pages.ts [name …]
 *
 * A name may also be the path of a labels file not yet in the project (a new set
 * being labelled): `npx tsx scripts/check-real-pages.ts ../new/r34-site-post.json`.
 *
 * With no names, checks every labelled real page. Prints one line per page
 * (ok, missing, or the labels not found) and exits 1 when any page present
 * has a label not found.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { realPage, realPagesDir, repoRoot } from './evidence-quality';

const labelsDir = join(repoRoot, 'tests/fixtures/evidence/real');

interface RealLabels {
  page?: string;
  statistics: string[];
  successStories: string[];
}

// A labels file given by its path is read from there; any other name from the project's labels.
const givenFiles = new Map<string, string>();
const names = process.argv.slice(2).map((arg) => {
  const name = basename(arg).replace(/\.(json|html)$/, '');
  if (arg.endsWith('.json') && existsSync(arg)) givenFiles.set(name, arg);
  return name;
});
const all = readdirSync(labelsDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));
let bad = 0;
let absent = 0;
for (const name of names.length ? names : all) {
  const labelsFile = givenFiles.get(name) ?? join(labelsDir, `${name}.json`);
  if (!existsSync(labelsFile)) {
    console.log(`${name}: no labels in ${labelsDir}`);
    bad++;
    continue;
  }
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as RealLabels;
  const file = join(realPagesDir, labels.page ?? `${name}.html`);
  if (!existsSync(file)) {
    console.log(`${name}: page missing (${file})`);
    absent++;
    continue;
  }
  const { text, title } = realPage(file);
  const notFound = [...labels.statistics, ...labels.successStories].filter((label) => !text.includes(label));
  if (notFound.length) {
    bad++;
    console.log(`${name}: ${notFound.length} label(s) not in the text`);
    for (const label of notFound) console.log(`    not found: ${label}`);
  } else {
    console.log(`${name}: ok (${labels.statistics.length + labels.successStories.length} labels; title: ${title ?? 'none'}; ${text.length} characters)`);
  }
}
console.log(`${bad} page(s) with labels not found, ${absent} page(s) missing, in ${realPagesDir}.`);
process.exit(bad ? 1 : 0);
