/**
 * `npx tsx scripts/bench/extraction-breakdown.ts [variant...]`: Casefile's
 * extraction stage by stage on the corpus, in headless Chromium, each beside
 * bare Readability (variants in extraction-breakdown-page.ts). The machine is
 * noisy: AGG=min takes each page's fastest run rather than its median;
 * BENCH_REPETITIONS sets the runs per page, PAGES=a,b a subset.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, offlineChromiumArgs } from '../lib/chromium';
import { openIsolatedPage, readabilityBands } from '../lib/isolated-page';
import { median, percentile } from './stats';

const corpusDir = resolve(import.meta.dirname, '../../../shared/corpus/readability-pages');
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 5);
const only = process.env.PAGES?.split(',');
const names = process.argv.slice(2);
// Every share is of Readability's time on the page: it is always timed.
if (names.length > 0 && !names.includes('readability')) names.unshift('readability');

const script = (await build({
  entryPoints: [resolve(import.meta.dirname, 'extraction-breakdown-page.ts')],
  bundle: true, minify: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120', logLevel: 'silent',
})).outputFiles[0]!.text;
const pages = readdirSync(corpusDir).filter((p) => existsSync(join(corpusDir, p, 'source.html')) && (!only || only.includes(p))).sort();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: offlineChromiumArgs });
// Cross-origin isolated, as in the extraction benchmark: a timer to 5 µs, not 100 µs, for the small pages.
const { tab, close } = await openIsolatedPage(browser, script);
const perPage: Record<string, Record<string, number>> = {};
for (const page of pages) {
  const html = readFileSync(join(corpusDir, page, 'source.html'), 'utf8');
  const ms = await tab.evaluate(
    ({ html, url, repetitions, names }) =>
      (globalThis as any).timeBreakdown(html, url, repetitions, names.length ? names : undefined),
    { html, url: `http://fakehost/${page}/`, repetitions, names },
  );
  const agg = process.env.AGG === 'min' ? (v: number[]) => Math.min(...v) : median;
  perPage[page] = Object.fromEntries(Object.entries(ms as Record<string, number[]>).map(([k, v]) => [k, agg(v)]));
  process.stderr.write('.');
}
process.stderr.write('\n');
await browser.close();
close();
const keys = Object.keys(perPage[pages[0]!]!);
const slowest = pages.reduce((a, b) => (perPage[b]!.readability! > perPage[a]!.readability! ? b : a));
const col = (k: string) => pages.map((p) => perPage[p]![k]!);
console.log(['variant', 'median', 'p90', `slowest(${slowest})`, 'med xR', 'perpage med xR', 'slow xR'].join('\t'));
for (const k of keys) {
  const ratios = pages.map((p) => perPage[p]![k]! / perPage[p]!.readability!);
  console.log([k, median(col(k)).toFixed(2), percentile(col(k), 90).toFixed(2), perPage[slowest]![k]!.toFixed(1),
    (median(col(k)) / median(col('readability'))).toFixed(3), median(ratios).toFixed(3),
    (perPage[slowest]![k]! / perPage[slowest]!.readability!).toFixed(3)].join('\t'));
}
// Per band of Readability's time on the page, each stage's median share of it: on small pages, fixed costs show.
const inBand = readabilityBands.map(([low, high]) => pages.filter((p) => perPage[p]!.readability! >= low && perPage[p]!.readability! < high));
console.log(['band (Readability ms)', ...keys].join('\t'));
inBand.forEach((list, i) => {
  if (list.length === 0) return;
  const shares = keys.map((k) => median(list.map((p) => perPage[p]![k]! / perPage[p]!.readability!)).toFixed(3));
  console.log([`${readabilityBands[i]![0]}-${readabilityBands[i]![1]} ms (${list.length} pages)`, ...shares].join('\t'));
});
if (process.env.DUMP) console.log(JSON.stringify(perPage));
