/**
 * Golden fixtures: a whole page in, the source and candidates Casefile sees
 * out. Regenerate with UPDATE_GOLDEN=1 and read the diff by eye.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { Extraction } from '../../lib/schema';

const pages = [
  { name: 'social-article', file: resolve(__dirname, '../e2e/pages/article.html'), url: 'http://127.0.0.1/article.html' },
  { name: 'no-article', file: resolve(__dirname, '../e2e/pages/no-article.html'), url: 'http://127.0.0.1/no-article.html' },
  { name: 'hostile-article', file: resolve(__dirname, '../fixtures/pages/hostile-article.html'), url: 'https://trap.example/growth' },
  // Footnoted figures (#3): each note names, links and dates the source, as a wiki's notes do.
  { name: 'wiki-article', file: resolve(__dirname, '../e2e/pages/wiki-article.html'), url: 'https://wiki.example/wiki/Social_media_in_New_Zealand' },
];

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.each(pages)('extractPage on $name', ({ name, file, url }) => {
  const html = readFileSync(file, 'utf8');
  const golden = resolve(__dirname, `../fixtures/pages/${name}.expected.json`);

  it('matches the golden file', () => {
    const extraction = extractPage(parse(html), { url });
    expect(Extraction.safeParse(extraction).success).toBe(true);
    const json = `${JSON.stringify(extraction, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, json);
    expect(json).toBe(readFileSync(golden, 'utf8'));
  });

  it('leaves the page as it was', () => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    extractPage(doc, { url });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractPage on a page without an article', () => {
  it('finds candidates in the selection', () => {
    const doc = parse(readFileSync(pages[1]!.file, 'utf8'));
    const text = '3 in 10 shoppers found a product on Instagram.';
    const extraction = extractPage(doc, {
      url: 'http://127.0.0.1/no-article.html',
      selection: { text, selector: { type: 'TextQuoteSelector', exact: text, prefix: 'Fact: ', suffix: '' } },
    });
    expect(extraction.article).toBeUndefined();
    expect(extraction.candidates.map((candidate) => candidate.text)).toEqual([text]);
  });
});

describe('extractPage on a hostile page', () => {
  it('keeps markup-looking text as text and links nothing from javascript:', () => {
    const extraction = extractPage(parse(readFileSync(pages[2]!.file, 'utf8')), { url: 'https://trap.example/growth' });
    expect(extraction.source.canonicalUrl).toBe('https://trap.example/growth');
    expect(extraction.source.publishedTime).toBeUndefined();
    expect(extraction.article?.text).toContain('[click](javascript:alert(1)) and =HYPERLINK("http://evil.example")');
    expect(extraction.article?.text).not.toContain('hostileRan');
    expect(extraction.candidates.map((candidate) => candidate.citedOrigin)).toContain('Statista');
  });
});
