/**
 * How well lib/extract/metadata reads citations, measured over every page of
 * the shared Readability corpus and set against the answers Readability
 * gives (each page's expected-metadata.json).
 *
 *   npx tsx scripts/metadata-accuracy.ts            the table
 *   npx tsx scripts/metadata-accuracy.ts --pages    and every page's fields
 *   npx tsx scripts/metadata-accuracy.ts DIR        another corpus folder
 *
 * For each field it counts the pages where Readability has a value, where we
 * have one on our own (no Readability fallback), where we have one with
 * Readability's answers passed as the fallback (what the extension stores),
 * and, over pages where both have a value, how often the two agree.
 * Agreement is not correctness: Readability is often wrong (a byline made of
 * the page's "Follow Author" button, a date left null that the page states);
 * the per-page listing is there to check disagreements by eye.
 *
 * Then the accuracy that counts: per field, against what each page states
 * (tests/fixtures/metadata/expected-citations.json, checked by eye), with
 * Readability's answers as the fallback, as the extension runs; with
 * --pages, every field Casefile gets wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ReadabilityFields } from '../lib/extract/article';
import { extractMetadata } from '../lib/extract/metadata';
import { toStatedDate } from '../lib/extract/stated-date';
import { Citation } from '../lib/schema';
import {
  citationFields,
  emptyReport,
  formatReport,
  loadExpectedCitations,
  tally as tallyCitation,
} from './lib/citation-accuracy';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const showPages = args.includes('--pages');
const corpus = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? path.join(here, '../../shared/corpus/readability-pages'));
/** What Readability's own tests pass as the page's address. */
const pageUrl = 'http://fakehost/test/page.html';

const fields = ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'excerpt'] as const;
type Field = (typeof fields)[number];

interface Tally {
  readability: number;
  ours: number;
  withFallback: number;
  both: number;
  agree: number;
}

if (!fs.existsSync(corpus)) {
  console.error(`No corpus at ${corpus}: nothing to measure.`);
  process.exit(1);
}

const pages = fs
  .readdirSync(corpus)
  .filter((name) => fs.existsSync(path.join(corpus, name, 'source.html')))
  .sort();
const tallies = Object.fromEntries(
  fields.map((field) => [field, { readability: 0, ours: 0, withFallback: 0, both: 0, agree: 0 }]),
) as Record<Field, Tally>;
let canonicalFound = 0;
let invalid = 0;
let slowest = { name: '', ms: 0 };
const expectedCitations = loadExpectedCitations();
const accuracy = emptyReport();

for (const name of pages) {
  const html = fs.readFileSync(path.join(corpus, name, 'source.html'), 'utf8');
  const expected = readExpected(path.join(corpus, name, 'expected-metadata.json'));
  const { document } = parseHTML(html);
  const started = performance.now();
  const ours = extractMetadata(document, pageUrl);
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { name, ms };
  const withFallback = extractMetadata(document, pageUrl, expected);
  if (!Citation.safeParse(ours).success || !Citation.safeParse(withFallback).success) invalid++;
  if (ours.canonicalUrl !== pageUrl) canonicalFound++;
  const truth = expectedCitations[name];
  if (truth) tallyCitation(accuracy, name, withFallback, truth);

  for (const field of fields) {
    const tally = tallies[field];
    const theirs = expected[field];
    const mine = found(ours, field);
    if (theirs) tally.readability++;
    if (mine) tally.ours++;
    if (found(withFallback, field)) tally.withFallback++;
    if (theirs && mine) {
      tally.both++;
      if (comparable(field, theirs) === comparable(field, mine)) tally.agree++;
    }
  }
  if (showPages) {
    console.log(`\n${name}${ms > 20 ? `  (${ms.toFixed(0)} ms)` : ''}`);
    for (const field of [...fields, 'canonicalUrl'] as const) {
      const mine = field === 'canonicalUrl' ? ours.canonicalUrl : ours[field];
      const theirs = field === 'canonicalUrl' ? undefined : expected[field];
      if (!mine && !theirs) continue;
      const same = field !== 'canonicalUrl' && mine && theirs && comparable(field, mine) === comparable(field, theirs);
      const shown = (value: string | undefined) => (value === undefined ? '—' : JSON.stringify(value.slice(0, 90)));
      console.log(`  ${field.padEnd(14)} ours ${shown(mine)}${same || field === 'canonicalUrl' ? '' : `\n${' '.repeat(17)}rdb  ${shown(theirs)}`}`);
    }
  }
}

console.log(`\nMetadata over ${pages.length} corpus pages (${corpus})\n`);
console.log('field           Readability   ours alone   ours + fallback   both have it   of those agree');
for (const field of fields) {
  const t = tallies[field];
  console.log(
    `${field.padEnd(16)}${String(t.readability).padStart(11)}${String(t.ours).padStart(13)}${String(t.withFallback).padStart(18)}` +
      `${String(t.both).padStart(15)}${String(t.agree).padStart(17)}`,
  );
}
console.log(`canonicalUrl    (Readability has none)  found on ${canonicalFound} pages`);
console.log(`citations failing the Citation schema: ${invalid}`);
console.log(`slowest page: ${slowest.name} in ${slowest.ms.toFixed(1)} ms (linkedom, extractMetadata only)`);

const checked = pages.filter((name) => expectedCitations[name]).length;
console.log(`\nRight against what the pages state (eye-checked, ${checked} of ${pages.length} pages; with the fallback)\n`);
console.log(formatReport(accuracy));
if (showPages) {
  for (const field of citationFields) {
    for (const { page, actual, expected } of accuracy[field].wrong) {
      console.log(`  ${field.padEnd(14)}${page}: ${JSON.stringify(actual)}, page states ${JSON.stringify(expected)}`);
    }
  }
}

/** A title that is only the address we passed in is our last resort, not a title found. */
function found(citation: Citation, field: Field): string | undefined {
  return field === 'title' && citation.title === pageUrl ? undefined : citation[field];
}

/** Readability's answers as fallback fields: null becomes absent. */
function readExpected(file: string): ReadabilityFields {
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const result: ReadabilityFields = {};
  if (typeof raw !== 'object' || raw === null) return result;
  for (const field of fields) {
    const value = (raw as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim()) result[field] = value.trim();
  }
  return result;
}

/** Two answers agree when they say the same thing: same words, same instant as written. */
function comparable(field: Field, value: string): string {
  if (field === 'publishedTime') return toStatedDate(value) ?? value;
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}
