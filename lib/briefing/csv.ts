/**
 * Clips as a spreadsheet (issue #5): one row per clip, every field of the clip
 * and its source's citation. RFC 4180 (CRLF rows; a field with a comma, quote,
 * CR or LF is quoted, its quotes doubled), UTF-8 with a byte order mark so
 * Excel reads it as UTF-8.
 *
 * Clipped text is hostile: a cell that begins with =, +, -, @, tab or CR
 * would be run as a formula by Excel, LibreOffice or Sheets ("CSV injection",
 * OWASP), so such a text cell gets a leading apostrophe and stays text. The
 * rule applies to every text column, so text that merely looks like a negative
 * number ("-5% churn", "-2") is prefixed too: a spreadsheet shows it as text,
 * which is what it is. Numeric columns (dataYear, an integer 1800–2200 by the
 * schema) are written as bare numbers and never prefixed: they cannot hold a
 * formula and must stay numbers for sorting.
 */
import type { Clip, Source } from '../schema';
import { isWebUrl } from '../web-url';
import { progressCounter, type ReportProgress } from './progress';

export interface CsvItem {
  clip: Clip;
  source?: Source | undefined;
  alsoSources?: Source[];
}

type Cell = string | number | undefined;

interface Column {
  header: string;
  value: (item: CsvItem) => Cell;
}

const link = (source: Source) => source.canonicalUrl || source.url;
/** A clip's source link, http(s) only, as every format gives it. */
const webUrlOrNone = (url: string | undefined) => (isWebUrl(url) ? url : undefined);

export const csvColumns: readonly Column[] = [
  { header: 'id', value: ({ clip }) => clip.id },
  { header: 'kind', value: ({ clip }) => clip.kind },
  { header: 'quote', value: ({ clip }) => clip.quote },
  { header: 'note', value: ({ clip }) => clip.note },
  { header: 'tags', value: ({ clip }) => clip.tags.join('; ') },
  { header: 'cited_origin', value: ({ clip }) => clip.citedOrigin },
  { header: 'cited_url', value: ({ clip }) => webUrlOrNone(clip.citedUrl) },
  { header: 'data_year', value: ({ clip }) => clip.dataYear },
  { header: 'organisation', value: ({ clip }) => clip.organisation },
  { header: 'result', value: ({ clip }) => clip.result },
  { header: 'starred', value: ({ clip }) => (clip.starred ? 'true' : 'false') },
  { header: 'created_at', value: ({ clip }) => clip.createdAt },
  { header: 'updated_at', value: ({ clip }) => clip.updatedAt },
  { header: 'selector_exact', value: ({ clip }) => clip.selector?.exact },
  { header: 'selector_prefix', value: ({ clip }) => clip.selector?.prefix },
  { header: 'selector_suffix', value: ({ clip }) => clip.selector?.suffix },
  { header: 'source_id', value: ({ clip }) => clip.sourceId },
  { header: 'source_title', value: ({ source }) => source?.title },
  { header: 'source_byline', value: ({ source }) => source?.byline },
  { header: 'source_site_name', value: ({ source }) => source?.siteName },
  { header: 'source_published_time', value: ({ source }) => source?.publishedTime },
  { header: 'source_url', value: ({ source }) => source?.url },
  { header: 'source_canonical_url', value: ({ source }) => source?.canonicalUrl },
  { header: 'source_captured_at', value: ({ source }) => source?.capturedAt },
  { header: 'also_cited_in_urls', value: ({ alsoSources }) => alsoSources?.map(link).join('; ') },
];

/** Characters that make a spreadsheet read a cell as a formula when they come first: = + - @ tab CR. */
const formulaStart = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);
const mustQuote = /[",\r\n]/;

/** One cell: neutralised if it could run, then quoted if it must be. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = formulaStart.has(value.charCodeAt(0)) ? `'${value}` : value;
  return mustQuote.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function briefingCsv(items: readonly CsvItem[], onProgress?: ReportProgress): string {
  const written = progressCounter(items.length, onProgress);
  let out = `\uFEFF${csvColumns.map((column) => column.header).join(',')}`;
  for (const item of items) {
    out += `\r\n${csvRow(item)}`;
    written();
  }
  return `${out}\r\n`;
}

/**
 * One row: `csvColumns` in order, written out field by field. Calling each
 * column's function took twice as long at 10,000 clips (a call site that sees
 * 24 functions cannot be inlined; scripts/bench/briefing-export.ts); a unit
 * test checks that this row and the columns agree.
 */
export function csvRow({ clip, source, alsoSources }: CsvItem): string {
  const selector = clip.selector;
  return (
    `${csvCell(clip.id)},${csvCell(clip.kind)},${csvCell(clip.quote)},${csvCell(clip.note)},${csvCell(clip.tags.join('; '))},` +
    `${csvCell(clip.citedOrigin)},${csvCell(webUrlOrNone(clip.citedUrl))},${csvCell(clip.dataYear)},${csvCell(clip.organisation)},${csvCell(clip.result)},${clip.starred ? 'true' : 'false'},` +
    `${csvCell(clip.createdAt)},${csvCell(clip.updatedAt)},${csvCell(selector?.exact)},${csvCell(selector?.prefix)},${csvCell(selector?.suffix)},` +
    `${csvCell(clip.sourceId)},${csvCell(source?.title)},${csvCell(source?.byline)},${csvCell(source?.siteName)},${csvCell(source?.publishedTime)},` +
    `${csvCell(source?.url)},${csvCell(source?.canonicalUrl)},${csvCell(source?.capturedAt)},${csvCell(alsoSources?.map(link).join('; '))}`
  );
}
