/**
 * Extraction speed on the real-page corpus, in headless Chromium (issue #3):
 * bare @mozilla/readability, defuddle and Casefile's whole extraction side by
 * side, per page; plus the content script's size beside Readability's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, offlineChromiumArgs } from '../lib/chromium';
import { openIsolatedPage, readabilityBands } from '../lib/isolated-page';
import type { ExtractorName, PageTimings } from './extraction-page';
import { median, percentile, type BenchSection } from './stats';

const root = resolve(import.meta.dirname, '../..');
export const corpusDir = resolve(root, '../shared/corpus/readability-pages');
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 5);

async function bundle(entry: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName,
    write: false,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export async function benchExtraction(): Promise<BenchSection> {
  if (!existsSync(corpusDir)) {
    return { name: 'extraction', skipped: `the corpus is not at ${corpusDir}` };
  }
  const pages = readdirSync(corpusDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(corpusDir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
  const script = await bundle(resolve(import.meta.dirname, 'extraction-page.ts'));

  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: offlineChromiumArgs });
  let isolated = false;
  let close = () => {};
  const perPage: { page: string; bytes: number; candidates: number; median: Record<ExtractorName, number>; errors: PageTimings['errors'] }[] = [];
  try {
    // Cross-origin isolated: performance.now() reads to 5 µs, not 100 µs (scripts/lib/isolated-page.ts).
    const opened = await openIsolatedPage(browser, script, (path, response) => {
      const page = /^\/corpus\/([\w.-]+)$/.exec(path)?.[1];
      if (!page || !pages.includes(page)) return false;
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(readFileSync(join(corpusDir, page, 'source.html')));
      return true;
    });
    const { tab, origin } = opened;
    ({ isolated, close } = opened);
    for (const page of pages) {
      const timings = await tab.evaluate(
        async ({ url, repetitions }) => {
          const html = await (await fetch(url)).text();
          const run = (globalThis as unknown as { timePage(h: string, u: string, r: number): Promise<PageTimings> }).timePage;
          return { bytes: html.length, ...(await run(html, `http://fakehost/${url.split('/').pop()}/`, repetitions)) };
        },
        { url: `${origin}/corpus/${page}`, repetitions },
      );
      perPage.push({
        page,
        bytes: timings.bytes,
        candidates: timings.candidates,
        errors: timings.errors,
        median: {
          readability: median(timings.ms.readability),
          'readability+clone': median(timings.ms['readability+clone']),
          defuddle: median(timings.ms.defuddle),
          casefile: median(timings.ms.casefile),
        },
      });
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  } finally {
    await browser.close();
    close();
  }

  const names: ExtractorName[] = ['readability', 'readability+clone', 'defuddle', 'casefile'];
  const ok = perPage.filter((row) => names.every((name) => Number.isFinite(row.median[name])));
  const column = (name: ExtractorName) => ok.map((row) => row.median[name]);
  const slowest = ok.reduce((a, b) => (b.median.readability > a.median.readability ? b : a));
  const summary = Object.fromEntries(
    names.map((name) => [name, { median: median(column(name)), p90: percentile(column(name), 90), slowestPage: slowest.median[name] }]),
  ) as Record<ExtractorName, { median: number; p90: number; slowestPage: number }>;
  const ratio = (name: ExtractorName, key: 'median' | 'p90' | 'slowestPage') => summary[name][key] / summary.readability[key];
  // Per page, Casefile's time over Readability's: the distribution says more than the medians alone.
  const perPageRatios = ok.map((row) => row.median.casefile / row.median.readability);
  const perPageRatiosCloned = ok.map((row) => row.median.casefile / row.median['readability+clone']);
  // The same ratio by how long Readability takes on the page: on the smallest pages (Readability's own
  // test pages) the metadata and evidence search, which take much the same time on any page, weigh most.
  const bySize = readabilityBands.map(([from, to]) => {
    const ratios = ok.filter((row) => row.median.readability >= from && row.median.readability < to).map((row) => row.median.casefile / row.median.readability);
    return { readabilityMs: [from, to], pages: ratios.length, medianRatio: median(ratios) };
  });

  const contentScript = resolve(root, '.output/chrome-mv3/content-scripts/extract.js');
  const readabilityAlone = await bundle(resolve(import.meta.dirname, 'readability-only.ts'));
  const sizes = {
    contentScriptGzipBytes: existsSync(contentScript) ? gzipSync(readFileSync(contentScript)).length : undefined,
    readabilityGzipBytes: gzipSync(readabilityAlone).length,
  };

  const ms = (value: number) => value.toFixed(1);
  return {
    name: 'extraction',
    table: [
      ['extractor', 'median ms', 'p90 ms', `slowest page (${slowest.page}) ms`, 'median ×R', 'p90 ×R', 'slowest ×R'],
      ...names.map((name) => [
        name,
        ms(summary[name].median),
        ms(summary[name].p90),
        ms(summary[name].slowestPage),
        ratio(name, 'median').toFixed(2),
        ratio(name, 'p90').toFixed(2),
        ratio(name, 'slowestPage').toFixed(2),
      ]),
    ],
    notes: [
      `${ok.length} of ${perPage.length} corpus pages timed by every extractor (${repetitions} interleaved runs each, each extractor first in turn; median per page); ×R = time ÷ bare Readability's.`,
      `Casefile ÷ Readability per page: median ${median(perPageRatios).toFixed(2)}, p90 ${percentile(perPageRatios, 90).toFixed(2)}; ÷ Readability on a clone (as an extension must run it): median ${median(perPageRatiosCloned).toFixed(2)}, p90 ${percentile(perPageRatiosCloned, 90).toFixed(2)}.`,
      `Casefile ÷ Readability per page, by Readability's time on the page: ${bySize.map((band) => `${band.readabilityMs[0]}–${Number.isFinite(band.readabilityMs[1]) ? band.readabilityMs[1] : '∞'} ms: ${band.medianRatio.toFixed(2)} (${band.pages} pages)`).join('; ')}.`,
      `Timer: ${isolated ? 'cross-origin isolated, 5 µs' : 'not isolated, 100 µs'}.`,
      `Content script gzipped: ${sizes.contentScriptGzipBytes ? `${(sizes.contentScriptGzipBytes / 1024).toFixed(1)} KB` : 'not built (run npm run build)'}; Readability alone: ${(sizes.readabilityGzipBytes / 1024).toFixed(1)} KB.`,
      ...perPage.filter((row) => Object.keys(row.errors).length).map((row) => `${row.page}: ${JSON.stringify(row.errors)}`),
    ],
    figures: { repetitions, summary, perPageRatio: { median: median(perPageRatios), p90: percentile(perPageRatios, 90) },
      perPageRatioToCloned: { median: median(perPageRatiosCloned), p90: percentile(perPageRatiosCloned, 90) }, perPageRatioBySize: bySize, timerIsolated: isolated, sizes, perPage },
  };
}
