import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingCsv, csvCell, csvColumns, csvRow } from '../../lib/briefing/csv';
import { items, who } from './briefing-fixture';

const golden = resolve(__dirname, '../fixtures/briefing/briefing.csv');
const csv = briefingCsv(items);

/** A tiny RFC 4180 reader: quoted fields may hold commas, doubled quotes, CR and LF; rows end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"' && field === '') {
      index += 1;
      for (;;) {
        const next = text.indexOf('"', index);
        if (next === -1) throw new Error('unterminated quote');
        field += text.slice(index, next);
        if (text[next + 1] === '"') {
          field += '"';
          index = next + 2;
        } else {
          index = next + 1;
          break;
        }
      }
      if (index < text.length && text[index] !== ',' && !text.startsWith('\r\n', index)) throw new Error(`junk after quote at ${index}`);
    } else if (char === ',') {
      row.push(field);
      field = '';
      index += 1;
    } else if (text.startsWith('\r\n', index)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 2;
    } else {
      if (char === '\r' || char === '\n') throw new Error(`bare line break at ${index}`);
      field += char;
      index += 1;
    }
  }
  if (field || row.length) throw new Error('no CRLF after the last row');
  return rows;
}

/** What a cell held before neutralising: the apostrophe goes only before a formula character. */
const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('briefingCsv', () => {
  it('matches the golden file', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, csv);
    expect(csv).toBe(readFileSync(golden, 'utf8'));
  });

  it('is UTF-8 with a byte order mark, CRLF rows, a header and one row per clip', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(csvColumns.map((column) => column.header));
    expect(rows).toHaveLength(items.length + 1);
    for (const row of rows) expect(row).toHaveLength(csvColumns.length);
  });

  it('round-trips every field of every clip and its source', () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    const column = (name: string) => header!.indexOf(name);
    items.forEach(({ clip, source, alsoSources }, index) => {
      const row = rows[index]!.map(unneutralise);
      const cell = (name: string) => row[column(name)];
      expect(cell('id')).toBe(clip.id);
      expect(cell('kind')).toBe(clip.kind);
      expect(cell('quote')).toBe(clip.quote);
      expect(cell('note')).toBe(clip.note);
      expect(cell('tags')).toBe(clip.tags.join('; '));
      expect(cell('cited_origin')).toBe(clip.citedOrigin ?? '');
      expect(cell('data_year')).toBe(clip.dataYear?.toString() ?? '');
      expect(cell('organisation')).toBe(clip.organisation ?? '');
      expect(cell('result')).toBe(clip.result ?? '');
      expect(cell('starred')).toBe(clip.starred ? 'true' : 'false');
      expect(cell('created_at')).toBe(clip.createdAt);
      expect(cell('updated_at')).toBe(clip.updatedAt);
      expect(cell('selector_exact')).toBe(clip.selector?.exact ?? '');
      expect(cell('selector_prefix')).toBe(clip.selector?.prefix ?? '');
      expect(cell('selector_suffix')).toBe(clip.selector?.suffix ?? '');
      expect(cell('source_id')).toBe(clip.sourceId);
      expect(cell('source_title')).toBe(source?.title);
      expect(cell('source_byline')).toBe(source?.byline ?? '');
      expect(cell('source_site_name')).toBe(source?.siteName ?? '');
      expect(cell('source_published_time')).toBe(source?.publishedTime ?? '');
      expect(cell('source_url')).toBe(source?.url);
      expect(cell('source_canonical_url')).toBe(source?.canonicalUrl);
      expect(cell('source_captured_at')).toBe(source?.capturedAt);
      expect(cell('also_cited_in_urls')).toBe((alsoSources ?? []).map((other) => other.canonicalUrl || other.url).join('; '));
    });
    expect(rows[1]![column('also_cited_in_urls')]).toBe(who.url);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const rows = parseCsv(csv.slice(1));
    const cells = rows.flat();
    expect(cells).toContain(`'=HYPERLINK("http://evil","Click for 90% off")`);
    expect(cells).toContain(`'+1`);
    expect(cells).toContain(`'-2+3`);
    expect(cells).toContain(`'@SUM(A1)`);
    expect(cells).toContain(`'=1+1`);
    expect(cells).toContain(`'\tcell; attack, with comma`);
    expect(cells).toContain(`'=cmd|' /C calc'!A0`);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', `'+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `"'\r=1"`],
    // Text that looks like a negative number is text, and is prefixed like any other.
    ['-5', `'-5`],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['plain', 'plain'],
    ['', ''],
  ])('text cell %j → %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers bare: a number cannot be a formula', () => {
    expect(csvCell(2013)).toBe('2013');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes a clip whose page is missing with empty source cells', () => {
    const [, row] = parseCsv(briefingCsv([{ clip: items[0]!.clip }]).slice(1));
    expect(row![csvColumns.findIndex((column) => column.header === 'source_title')]).toBe('');
  });
});

describe('csvRow', () => {
  it('writes the columns csvColumns lists, in their order, for every kind of clip', () => {
    const everything = items.map((item) => ({ ...item, clip: { ...item.clip, starred: !item.clip.starred } }));
    for (const item of [...items, ...everything, { clip: items[0]!.clip, source: undefined }]) {
      expect(csvRow(item)).toBe(csvColumns.map((column) => csvCell(column.value(item))).join(','));
    }
  });
});
