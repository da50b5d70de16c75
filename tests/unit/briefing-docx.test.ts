import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing } from '../../lib/briefing/document';
import { briefingDocx, isRightToLeft, xmlSafe } from '../../lib/briefing/docx';
import { input } from './briefing-fixture';

const golden = resolve(__dirname, '../fixtures/briefing/briefing.docx.txt');

let files: Record<string, string>;
let documentXml: string;

beforeAll(async () => {
  const blob = await briefingDocx(buildBriefing(input));
  const unzipped = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  files = Object.fromEntries(Object.entries(unzipped).map(([name, bytes]) => [name, strFromU8(bytes)]));
  documentXml = files['word/document.xml']!;
});

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

/**
 * document.xml as readable, deterministic lines: a paragraph's style, then its
 * text with bookmarks (⚑name), internal links ({#anchor text}) and external
 * links ({↗ text}). Relationship and bookmark ids, which differ between runs, are left out.
 */
function outline(xml: string): string {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((paragraph) => {
      const style = /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? 'Normal';
      const rtl = /<w:bidi\/>|<w:bidi w:val="(true|1)"\/>/.test(paragraph) ? ' rtl' : '';
      let text = '';
      for (const [token, bookmark, anchor, relationship, close, tab, run] of paragraph.matchAll(
        /<w:bookmarkStart [^>]*w:name="([^"]+)"[^>]*\/>|<w:hyperlink [^>]*?(?:w:anchor="([^"]+)"|r:id="([^"]+)")[^>]*>|(<\/w:hyperlink>)|(<w:tab\/>)|<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g,
      )) {
        if (bookmark) text += `⚑${bookmark} `;
        else if (anchor) text += `{#${anchor} `;
        else if (relationship) text += '{↗ ';
        else if (close) text += '}';
        else if (tab) text += '\t';
        else if (run !== undefined) text += run;
        else throw new Error(`unexpected ${token}`);
      }
      return `${style}${rtl} | ${unescapeXml(text)}`;
    })
    .join('\n');
}

describe('briefingDocx', () => {
  it('matches the golden outline of word/document.xml', () => {
    const text = `${outline(documentXml)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });

  it('has a title and Heading 1 sections', () => {
    const styles = [...documentXml.matchAll(/<w:pStyle w:val="(Title|Heading1)"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => `${match[1]}: ${match[2]}`);
    expect(styles).toEqual([
      'Title: Why we should answer customers on social media',
      'Heading1: Key figures',
      'Heading1: The ask',
      'Heading1: The numbers',
      'Heading1: Who is doing it well',
      'Heading1: What our audience does',
      'Heading1: Sources',
    ]);
    expect(files['word/styles.xml']).toMatch(/w:styleId="Quote"/);
  });

  it('keeps hostile text as escaped text', () => {
    expect(documentXml).toContain('Click &lt;script&gt;alert(1)&lt;/script&gt; or [here](javascript:alert(1))');
    expect(documentXml).not.toContain('<script>');
    expect(documentXml).toMatch(/=HYPERLINK\((&quot;|")http:\/\/evil/);
  });

  it('links every [n] to a bookmark on its source', () => {
    const bookmarks = new Set([...documentXml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((match) => match[1]));
    expect(bookmarks).toEqual(new Set(['source_1', 'source_2', 'source_3']));
    const anchors = [...documentXml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((match) => match[1]);
    expect(anchors).toHaveLength(7);
    for (const anchor of anchors) expect(bookmarks.has(anchor)).toBe(true);
    // Each bookmark start has its end.
    const ids = [...documentXml.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((match) => match[1]);
    for (const id of ids) expect(documentXml).toContain(`<w:bookmarkEnd w:id="${id}"/>`);
  });

  it('links out only to http(s) addresses', () => {
    const rels = files['word/_rels/document.xml.rels']!;
    const external = [...rels.matchAll(/<Relationship [^>]*>/g)].map((match) => match[0]).filter((rel) => /TargetMode="External"/.test(rel));
    const targets = external.map((rel) => /Target="([^"]+)"/.exec(rel)![1]);
    expect(targets.sort()).toEqual([
      'https://www.pewresearch.org/internet/2016/11/11/social-media-update-2016/',
      // A clip's source link (#3), the one in the fixture.
      'https://www.pewresearch.org/internet/fact-sheet/social-media/',
      'https://www.who.int/data/gho/publications/world-health-statistics',
    ]);
    expect(rels).not.toMatch(/javascript:/i);
    // Every external hyperlink in the text uses one of those relationships.
    const ids = new Set(external.map((rel) => /Id="([^"]+)"/.exec(rel)![1]));
    for (const [, id] of documentXml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)) expect(ids.has(id!)).toBe(true);
  });

  it('sets right-to-left paragraphs for Arabic and Hebrew', () => {
    expect(outline(documentXml)).toMatch(/^Quote rtl \| قال 72٪/m);
    expect(isRightToLeft('قال 72٪')).toBe(true);
    expect(isRightToLeft('72% said')).toBe(false);
    expect(isRightToLeft('“שלום”')).toBe(true);
  });
});

describe('xmlSafe', () => {
  it('drops what XML 1.0 cannot hold, and keeps emoji', () => {
    expect(xmlSafe('a\u0000b\u0007c\u000Bd\uFFFEe\uD800f 📱\tg\n')).toBe('abcdef 📱\tg\n');
  });
});
