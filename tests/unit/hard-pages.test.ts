/**
 * Issue #6: pages that are hard, not hostile. Past a limit extraction stops and
 * says so; the live-page reader yields to the page and stops searching for
 * figures at its budget; an article in shadow DOM is read. Limits are made
 * small here so the pages stay small; the e2e test serves the real sizes.
 */
import { describe, expect, it } from 'vitest';
import { extractPage, extractPageGently } from '../../lib/extract';
import { findCandidates } from '../../lib/extract/evidence';
import { pageLimits, type PageLimits } from '../../lib/extract/page-limits';
import { flattenShadowRoots, hasOpenShadowRoot } from '../../lib/extract/shadow-dom';
import { Extraction, recordLimits } from '../../lib/schema';

const statistic = 'According to a 2024 Sprout Social survey, 68% of consumers follow brands on social media to learn about new products.';

function filler(i: number): string {
  return `The team met for the ${i}th time to plan the season, and the notes were shared with everyone who asked for them afterwards.`;
}

/** An article of `paragraphs` paragraphs; every tenth states a figure of its own. */
function articleHtml(paragraphs: number): string {
  const body = [`<p>${statistic}</p>`];
  for (let i = 1; i < paragraphs; i++) {
    body.push(i % 10 === 0 ? `<p>In ${2000 + (i % 20)}, ${i % 90}% of the ${i} stores we surveyed reported higher sales after posting daily.</p>` : `<p>${filler(i)} ${filler(i + 1)}</p>`);
  }
  return `<!doctype html><html lang="en"><head><title>Figures</title></head><body><article><h1>Figures</h1>${body.join('')}</article></body></html>`;
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const limits = (changes: Partial<PageLimits>): PageLimits => ({ ...pageLimits, ...changes });

describe('limits', () => {
  it('keep the extension within what a saved record may hold', () => {
    expect(pageLimits.articleChars).toBeLessThanOrEqual(recordLimits.sourceText);
    expect(pageLimits.selectionChars).toBeLessThanOrEqual(recordLimits.quote);
  });

  it('stop before Readability on a page with too many elements, say so, and still read the selection', () => {
    const doc = parse(articleHtml(40));
    const selection = { text: statistic, selector: { type: 'TextQuoteSelector' as const, exact: statistic, prefix: '', suffix: '' } };
    const extraction = extractPage(doc, { url: 'http://127.0.0.1/big', selection, limits: limits({ elements: 20 }) });
    expect(Extraction.safeParse(extraction).success).toBe(true);
    expect(extraction.article).toBeUndefined();
    expect(extraction.notice).toMatch(/^This page is too large for Casefile to read as an article \(\d+ elements; it reads up to 20\)\. Select the passage/);
    expect(extraction.source.title).toBe('Figures');
    expect(extraction.candidates.map((candidate) => candidate.text)).toEqual([statistic]);
  });

  it('read the same page whole under the real limits, without a notice', () => {
    const extraction = extractPage(parse(articleHtml(40)), { url: 'http://127.0.0.1/big' });
    expect(extraction.notice).toBeUndefined();
    expect(extraction.article?.text).toContain(statistic);
  });

  it('keep the start of a very long article, cut at a paragraph', () => {
    const extraction = extractPage(parse(articleHtml(200)), { url: 'http://127.0.0.1/long', limits: limits({ articleChars: 5_000 }) });
    const text = extraction.article!.text;
    expect(text.length).toBeLessThanOrEqual(5_000);
    expect(text.length).toBeGreaterThan(2_500);
    expect(text.startsWith(statistic)).toBe(true);
    expect(text.endsWith('.')).toBe(true);
    expect(extraction.notice).toContain('Casefile keeps its first 5,000 characters');
    // Figures are looked for in what is kept, and only there.
    expect(extraction.candidates.every((candidate) => text.includes(candidate.text))).toBe(true);
  });

  it('cut a selection longer than a clip can be', () => {
    const long = 'x'.repeat(150);
    const selection = { text: long, selector: { type: 'TextQuoteSelector' as const, exact: long, prefix: 'a', suffix: 'b' } };
    const extraction = extractPage(parse('<p>Nothing here.</p>'), { url: 'http://127.0.0.1/', selection, limits: limits({ selectionChars: 100 }) });
    expect(extraction.selection?.text).toHaveLength(100);
    expect(extraction.selection?.selector.exact).toHaveLength(100);
    expect(extraction.notice).toContain('Casefile kept its first 100 characters');
  });
});

describe('the live-page reader', () => {
  const html = articleHtml(600);

  it('finds what the whole reading finds when there is time, in the same places', async () => {
    const whole = extractPage(parse(html), { url: 'http://127.0.0.1/long' });
    const gentle = await extractPageGently(parse(html), { url: 'http://127.0.0.1/long' }, () => 0);
    expect(whole.article!.text.length).toBeGreaterThan(40_000);
    expect(gentle).toEqual(whole);
    // Searching the text in runs gives what one search of the whole text gives, selectors included.
    expect(whole.candidates).toEqual(findCandidates(whole.article!.text, { publishedTime: whole.source.publishedTime, lang: whole.source.lang }));
    expect(whole.candidates.length).toBeGreaterThan(20);
  });

  it('yields to the page between slices, and stops looking for figures at its budget, saying how far it got', async () => {
    let clock = 0;
    // Every look at the clock costs 30 ms of pretend work.
    const now = () => (clock += 30);
    let yields = 0;
    const channel = globalThis.MessageChannel;
    globalThis.MessageChannel = class extends channel {
      constructor() {
        super();
        yields++;
      }
    };
    try {
      const extraction = await extractPageGently(parse(html), { url: 'http://127.0.0.1/long', limits: limits({ findingBudgetMs: 200, sliceMs: 50 }) }, now);
      const whole = extractPage(parse(html), { url: 'http://127.0.0.1/long' });
      expect(yields).toBeGreaterThan(0);
      expect(extraction.article).toEqual(whole.article);
      expect(extraction.candidates.length).toBeGreaterThan(0);
      expect(extraction.candidates.length).toBeLessThan(whole.candidates.length);
      expect(whole.candidates.slice(0, extraction.candidates.length)).toEqual(extraction.candidates);
      expect(extraction.notice).toMatch(/^This article is long: Casefile looked for figures in its first \d+% and stopped there\./);
    } finally {
      globalThis.MessageChannel = channel;
    }
  });
});

describe('an article in shadow DOM', () => {
  function componentPage(): Document {
    const doc = parse('<!doctype html><html lang="en"><head><title>Inside a component</title></head><body><news-article><span slot="byline">By Dana Whitfield</span></news-article></body></html>');
    const host = doc.querySelector('news-article')!;
    const root = host.attachShadow({ mode: 'open' });
    const paragraphs = Array.from({ length: 12 }, (_, i) => `<p>${filler(i)} ${filler(i + 1)}</p>`).join('');
    const content = parse(`<article><h1>Inside a component</h1><p class="byline"><slot name="byline"></slot></p><p>${statistic}</p>${paragraphs}</article>`);
    root.append(...Array.from(content.body.childNodes, (node) => doc.importNode(node, true)));
    return doc;
  }

  it('is found, with slotted text where its slot is, and the page untouched', () => {
    const doc = componentPage();
    expect(hasOpenShadowRoot(doc)).toBe(true);
    const flat = flattenShadowRoots(doc);
    expect(flat.body.textContent).toMatch(/Inside a component\s*By Dana Whitfield\s*According to a 2024/);
    expect(flat.querySelector('slot')).toBeNull();
    const before = doc.documentElement.outerHTML;
    const extraction = extractPage(doc, { url: 'http://127.0.0.1/component' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(extraction.article?.text).toContain(statistic);
    expect(extraction.candidates.map((candidate) => candidate.text)).toContain(statistic);
  });

  it('is not looked for on a page without shadow roots', () => {
    expect(hasOpenShadowRoot(parse(articleHtml(3)))).toBe(false);
  });
});
