/**
 * Citation accuracy against tests/fixtures/metadata/expected-citations.json:
 * for every page of the Readability corpus, what the page itself states for
 * each citation field, checked by eye in its source.html (null: the page
 * states none). A value may list several answers when the page states the
 * same thing in several ways (og:title and h1 differ; a date shown in local
 * time and stated in UTC); any of them is right.
 *
 * What "right" means, per field:
 * - title: the article's headline, compared ignoring case, white space, and
 *   the kind of quote marks and dashes. A site name stuck to it (" | Site",
 *   "Site: ") is wrong when the page shows where the headline ends (an h1,
 *   og:title or JSON-LD headline without it); on a page that states nothing
 *   but its <title>, the <title> as written is right too.
 * - byline: the author names, compared as a set of words ignoring case, a
 *   leading "By" and the separators between names ("A, B and C" = "B; A; C").
 *   A date, a desk ("WebMD Health News") or a button ("Follow Author") glued to
 *   the names is wrong.
 * - siteName: the site's name as the page states it (og:site_name, JSON-LD
 *   publisher or WebSite, or the <title>'s affix beside a headline the page
 *   also states), compared like the title.
 * - publishedTime: the day of publication as the page writes it, in the time
 *   zone it writes it in (2016-02-29T23:00-05:00 is the 29th). A page that
 *   states no date must get none: Casefile never guesses.
 * - canonicalUrl: link[rel=canonical], else og:url, else the page's address,
 *   compared exactly but for a trailing slash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadabilityFields } from '../../lib/extract/article';
import type { Citation } from '../../lib/schema';

export const citationFields = ['title', 'byline', 'siteName', 'publishedTime', 'canonicalUrl'] as const;
export type CitationField = (typeof citationFields)[number];

/** One answer, several equally right answers, or null when the page states none. */
export type Stated = string | string[] | null;
export type ExpectedCitation = Record<CitationField, Stated> & { why?: string };

/** The address Readability's tests give every corpus page (the pages were saved without theirs). */
export const corpusPageUrl = 'http://fakehost/test/page.html';

const here = path.dirname(fileURLToPath(import.meta.url));
export const expectedCitationsFile = path.resolve(here, '../../tests/fixtures/metadata/expected-citations.json');

export function loadExpectedCitations(file = expectedCitationsFile): Record<string, ExpectedCitation> {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { pages: Record<string, ExpectedCitation> };
  return raw.pages;
}

/** Readability's answers for a corpus page (its expected-metadata.json), as the fallback fields. */
export function readabilityAnswers(pageDir: string): ReadabilityFields {
  const file = path.join(pageDir, 'expected-metadata.json');
  const result: ReadabilityFields = {};
  if (!fs.existsSync(file)) return result;
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof raw !== 'object' || raw === null) return result;
  for (const field of ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'excerpt'] as const) {
    const value = (raw as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim()) result[field] = value.trim();
  }
  return result;
}

/** What Casefile produced for a field; a title that is only the page's address is no title found. */
export function produced(citation: Citation, field: CitationField): string | undefined {
  const value = citation[field];
  if (field === 'title' && value === citation.url) return undefined;
  return value ?? undefined;
}

const answers = (stated: Stated): string[] => (stated === null ? [] : Array.isArray(stated) ? stated : [stated]);

/** Whether `actual` is one of the stated answers, by the field's rule above. */
export function isRight(field: CitationField, actual: string | undefined, stated: Stated): boolean {
  const expected = answers(stated);
  if (expected.length === 0) return actual === undefined;
  if (actual === undefined) return false;
  const key = comparisonKey[field];
  return expected.some((answer) => key(answer) === key(actual));
}

const text = (value: string) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const names = (value: string) =>
  text(value)
    .split(/[^\p{L}\p{N}@'.-]+/u)
    .map((word) => word.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter((word) => word && word !== 'by' && word !== 'and')
    .sort()
    .join(' ');

const comparisonKey: Record<CitationField, (value: string) => string> = {
  title: text,
  byline: names,
  siteName: text,
  // The day as written: "2016-02-29T23:00:00-05:00" and "2016-02-29" are one day.
  publishedTime: (value) => value.trim().slice(0, 10),
  canonicalUrl: (value) => value.trim().replace(/\/+$/, ''),
};

export interface FieldTally {
  /** Pages that state the field. */
  stating: number;
  /** Of those, pages where Casefile's value is right. */
  right: number;
  /** Pages that state no value, where Casefile produced one anyway. */
  invented: number;
  /** page: what was produced, and what the page states. */
  wrong: { page: string; actual: string | undefined; expected: Stated }[];
}

export type AccuracyReport = Record<CitationField, FieldTally>;

export function emptyReport(): AccuracyReport {
  return Object.fromEntries(
    citationFields.map((field) => [field, { stating: 0, right: 0, invented: 0, wrong: [] }]),
  ) as unknown as AccuracyReport;
}

/** Adds one page's citation to the report. */
export function tally(report: AccuracyReport, page: string, citation: Citation, expected: ExpectedCitation): void {
  for (const field of citationFields) {
    const t = report[field];
    const actual = produced(citation, field);
    const stated = expected[field];
    if (answers(stated).length === 0) {
      if (actual !== undefined) {
        t.invented++;
        t.wrong.push({ page, actual, expected: stated });
      }
      continue;
    }
    t.stating++;
    if (isRight(field, actual, stated)) t.right++;
    else t.wrong.push({ page, actual, expected: stated });
  }
}

export const percent = (t: FieldTally) => (t.stating ? (100 * t.right) / t.stating : 100);

/** The per-field table: pages stating the field, right, %, and values produced where none is stated. */
export function formatReport(report: AccuracyReport): string {
  const lines = ['field           stating   right       %   produced where none stated'];
  for (const field of citationFields) {
    const t = report[field];
    lines.push(
      `${field.padEnd(16)}${String(t.stating).padStart(7)}${String(t.right).padStart(8)}${percent(t).toFixed(1).padStart(8)}` +
        `${String(t.invented).padStart(8)}`,
    );
  }
  return lines.join('\n');
}
