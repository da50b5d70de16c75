import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../lib/briefing/document';
import { briefingCsp, briefingHtml } from '../../lib/briefing/html';
import { escapeHtml } from '../../lib/briefing/html-escape';
import { input } from './briefing-fixture';

const golden = resolve(__dirname, '../fixtures/briefing/briefing.html');
const html = briefingHtml(buildBriefing(input));
const parsed = new DOMParser().parseFromString(html, 'text/html');

describe('briefingHtml', () => {
  it('matches the golden file', () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, html);
    expect(html).toBe(readFileSync(golden, 'utf8'));
  });

  it('has no script, no event handler, no javascript: link and loads nothing', () => {
    expect(parsed.querySelectorAll('script, iframe, object, embed, img, link, base, form').length).toBe(0);
    for (const element of parsed.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
    }
    for (const link of parsed.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^(#source-\d+|https?:\/\/)/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/@import|url\(|@font-face/);
  });

  it('declares a Content Security Policy that forbids script', () => {
    const meta = parsed.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute('content')).toBe(briefingCsp);
    expect(briefingCsp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(parsed.documentElement.getAttribute('lang')).toBe('en');
  });

  it('points every [n] at a source in the list', () => {
    const ids = new Set([...parsed.querySelectorAll('.sources li')].map((item) => item.id));
    expect(ids).toEqual(new Set(['source-1', 'source-2', 'source-3']));
    const internal = [...parsed.querySelectorAll('a[href^="#"]')];
    expect(internal.length).toBe(7);
    for (const link of internal) {
      const id = link.getAttribute('href')!.slice(1);
      expect(ids.has(id)).toBe(true);
      expect(link.textContent).toBe(id.replace('source-', ''));
    }
  });

  it('shows hostile quotes as the text they are', () => {
    const quotes = [...parsed.querySelectorAll('blockquote')].map((quote) => quote.textContent);
    expect(quotes).toContain('Click <script>alert(1)</script> or [here](javascript:alert(1)) — 50% of readers do. [3]');
    expect(quotes).toContain('=HYPERLINK("http://evil","Click for 90% off") [3]');
    expect(quotes).toContain('قال 72٪ من المشاركين إنهم يقرؤون الأخبار على الهاتف 📱 [2]');
    expect(parsed.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('links a source only to an http(s) address', () => {
    const [first, second, third] = [...parsed.querySelectorAll('.sources li')];
    expect(first!.querySelector('a')?.getAttribute('href')).toBe('https://www.who.int/data/gho/publications/world-health-statistics');
    expect(second!.querySelector('a')?.getAttribute('href')).toBe('https://www.pewresearch.org/internet/2016/11/11/social-media-update-2016/');
    expect(third!.querySelector('a')).toBeNull();
    expect(third!.textContent).toContain('<script>alert(1)</script>');
    expect(third!.textContent).not.toContain('javascript:alert(1).');
  });

  it('has the title, audience, byline, key figures, sections, stale mark and facts', () => {
    expect(parsed.title).toBe('Why we should answer customers on social media');
    expect(parsed.querySelector('.audience')?.textContent).toBe('For: Head of Marketing');
    expect(parsed.querySelector('.prepared')?.textContent).toBe('Prepared by Ana Lima, 29 Nov 2026.');
    expect([...parsed.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual([
      'Key figures',
      'The ask',
      'The numbers',
      'Who is doing it well',
      'What our audience does',
      'Sources',
    ]);
    expect(parsed.querySelector('.key-figures blockquote')?.textContent).toMatch(/^Global life expectancy/);
    expect([...parsed.querySelectorAll('.stale')].map((mark) => mark.textContent)).toEqual(['Stale: data from 2013.']);
    expect([...parsed.querySelectorAll('.meta')].map((line) => line.textContent)).toContain('Who: Comcast — cut response times by 40%.');
  });

  it('prints on A4 and Letter without splitting a quote', () => {
    expect(html).toMatch(/@page \{ margin: [^}]+\}/);
    expect(html).toMatch(/@media print \{[\s\S]*blockquote[^{]*\{ break-inside: avoid/);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});
