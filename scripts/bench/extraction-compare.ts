/**
 * `npx tsx scripts/bench/extraction-compare.ts 'plain clone' readArticle`:
 * whether each variant after the first gives the first's article text and
 * fields on every corpus page, in Chromium (SHOW=1 prints the differences).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, offlineChromiumArgs } from '../lib/chromium';

const corpusDir = resolve(import.meta.dirname, '../../../shared/corpus/readability-pages');
const names = process.argv.slice(2);
const script = (await build({
  entryPoints: [resolve(import.meta.dirname, 'extraction-breakdown-page.ts')],
  bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120', logLevel: 'silent',
})).outputFiles[0]!.text;
const pages = readdirSync(corpusDir).filter((p) => existsSync(join(corpusDir, p, 'source.html'))).sort();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: offlineChromiumArgs });
const tab = await browser.newPage();
await tab.setContent('<!doctype html><title>bench</title>');
await tab.addScriptTag({ content: script });
const diffs: Record<string, string[]> = {};
for (const page of pages) {
  const html = readFileSync(join(corpusDir, page, 'source.html'), 'utf8');
  const out = await tab.evaluate(({ html, names }) => (globalThis as any).compare(html, names), { html, names }) as Record<string, string>;
  for (const name of names.slice(1)) if (out[name] !== out[names[0]!]) {
    (diffs[name] ??= []).push(page);
    if (process.env.SHOW) { const a = JSON.parse(out[names[0]!]!), b = JSON.parse(out[name]!); for (const k of Object.keys({...a,...b})) if (JSON.stringify(a?.[k]) !== JSON.stringify(b?.[k])) console.log(page, name, k, JSON.stringify(a?.[k])?.slice(0,200), '=>', JSON.stringify(b?.[k])?.slice(0,200)); }
  }
}
await browser.close();
for (const name of names.slice(1)) console.log(name, diffs[name]?.length ?? 0, 'pages differ', (diffs[name] ?? []).join(' '));
