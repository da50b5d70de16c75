/**
 * Issue #6: the one sanitizer, run where it runs for users — in Chromium
 * (DOMPurify relies on a real DOM; happy-dom's differs).
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, offlineChromiumArgs } from '../../scripts/lib/chromium';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: "import { sanitizeHtmlFragment } from './lib/sanitize'; Object.assign(globalThis, { sanitizeHtmlFragment });", resolveDir: resolve(__dirname, '../..'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: offlineChromiumArgs });
  page = await browser.newPage();
  await page.setContent('<!doctype html><title>sanitizer</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});
afterAll(async () => {
  await browser?.close();
});

const sanitize = (html: string) =>
  page.evaluate((input) => (globalThis as unknown as { sanitizeHtmlFragment(h: string): string }).sanitizeHtmlFragment(input), html);

describe('sanitizeHtmlFragment', () => {
  it('keeps text, structure and safe links', async () => {
    const html = '<h1 class="t">Title</h1><blockquote>72% <a href="#source-1" id="c1">[1]</a></blockquote><a href="https://a.example/">src</a>';
    expect(await sanitize(html)).toBe(html);
  });
  it.each([
    ['<script>alert(1)</script>', /<script/],
    ['<img src=x onerror="alert(1)">', /onerror/],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:/],
    ['<svg><script>alert(1)</script></svg>', /<script/],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', /<iframe/],
    ['<form action="https://evil.example/"><input name=q></form>', /<form|<input/],
    ['<base href="https://evil.example/">', /<base/],
    ['<p style="background:url(https://evil.example/x.png)">x</p>', /evil/],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /onerror/],
    ['<img name="getElementById"><form id="x"><input name="attributes"></form>', /<form|<input/],
  ])('removes %s', async (hostile, pattern) => {
    const clean = await sanitize(`<p>ok</p>${hostile}`);
    expect(clean).toMatch(/^<p>ok<\/p>/);
    expect(clean).not.toMatch(pattern);
  });
});
