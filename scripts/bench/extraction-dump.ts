/**
 * `npx tsx scripts/bench/extraction-dump.ts out.json`: extractPage's output
 * for every corpus page, in Chromium, to diff before and after a change
 * (it also fails if extraction modified a page).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, offlineChromiumArgs } from '../lib/chromium';

const corpusDir = resolve(import.meta.dirname, '../../../shared/corpus/readability-pages');
const script = (await build({
  stdin: { contents: "import { extractPage } from './lib/extract'; Object.assign(globalThis, { extractPage });", resolveDir: resolve(import.meta.dirname, '../..') },
  bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120', logLevel: 'silent',
})).outputFiles[0]!.text;
const pages = readdirSync(corpusDir).filter((p) => existsSync(join(corpusDir, p, 'source.html'))).sort();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: offlineChromiumArgs });
const tab = await browser.newPage();
await tab.setContent('<!doctype html><title>dump</title>');
await tab.addScriptTag({ content: script });
const out: Record<string, unknown> = {};
for (const page of pages) {
  const html = readFileSync(join(corpusDir, page, 'source.html'), 'utf8');
  out[page] = await tab.evaluate(({ html, url }) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const before = doc.documentElement.outerHTML;
    const result = (globalThis as any).extractPage(doc, { url });
    if (doc.documentElement.outerHTML !== before) throw new Error('page modified');
    return result;
  }, { html, url: `http://fakehost/test/page.html` });
}
await browser.close();
writeFileSync(process.argv[2]!, JSON.stringify(out, null, 1));
console.log(`${pages.length} pages written`);
