/**
 * `npx tsx scripts/bench/extraction-ab.ts [rev]`: Casefile's whole
 * extraction as the working tree has it beside the same at git revision
 * `rev` (HEAD by default), in one headless Chromium page, on every corpus
 * page, bare Readability beside both. Separate benchmark runs on this shared
 * machine differ by 5-20%; side by side in one run, the working tree against
 * its own HEAD (the same code twice) measured 0.978 to 1.000 in six runs. So
 * run it against HEAD first: a change shows only beyond that spread (#3).
 * The summed time of all pages is a fifth the 1 MB page's. Each page's
 * fastest of BENCH_REPETITIONS runs (12) is kept, the order of the two
 * alternating from run to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, offlineChromiumArgs } from '../lib/chromium';
import { openIsolatedPage } from '../lib/isolated-page';
import { median } from './stats';

const root = resolve(import.meta.dirname, '../..');
const corpusDir = resolve(root, '../shared/corpus/readability-pages');
const rev = process.argv[2] ?? 'HEAD';
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 12);

if (!existsSync(corpusDir)) {
  console.log(`The corpus is not at ${corpusDir}: nothing to time.`);
  process.exit(0);
}
let commit: string;
try {
  commit = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
} catch {
  console.error(`${rev} is no revision of this repository: give a commit, a branch or a tag.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'casefile-ab-'));
const baseline = join(dir, 'baseline');
execFileSync('git', ['worktree', 'add', '--detach', '--quiet', baseline, commit], { cwd: root });
try {
  symlinkSync(join(root, 'node_modules'), join(baseline, 'node_modules'));
  const entry = join(dir, 'page.ts');
  writeFileSync(
    entry,
    `import { Readability } from '@mozilla/readability';
import { extractPage } from ${JSON.stringify(join(root, 'lib/extract'))};
import { extractPage as baselineExtract } from ${JSON.stringify(join(baseline, 'lib/extract'))};
const variants = {
  readability: (doc) => new Readability(doc).parse(),
  baseline: (doc, url) => baselineExtract(doc, { url }),
  now: (doc, url) => extractPage(doc, { url }),
};
globalThis.timePage = (html, url, repetitions) => {
  const fastest = { readability: Infinity, baseline: Infinity, now: Infinity };
  const names = Object.keys(variants);
  for (let round = 0; round < repetitions; round++) {
    for (const name of round % 2 ? [...names].reverse() : names) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const start = performance.now();
      variants[name](doc, url);
      fastest[name] = Math.min(fastest[name], performance.now() - start);
    }
  }
  return fastest;
};
`,
  );
  const script = (
    await build({
      entryPoints: [entry], bundle: true, minify: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120',
      logLevel: 'silent', nodePaths: [join(root, 'node_modules')],
    })
  ).outputFiles[0]!.text;
  const pages = readdirSync(corpusDir).filter((page) => existsSync(join(corpusDir, page, 'source.html'))).sort();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: offlineChromiumArgs });
  const perPage: Record<string, { readability: number; baseline: number; now: number }> = {};
  // Cross-origin isolated, as in the extraction benchmark: a timer to 5 µs, not 100 µs.
  const { tab, close } = await openIsolatedPage(browser, script);
  try {
    for (const page of pages) {
      const html = readFileSync(join(corpusDir, page, 'source.html'), 'utf8');
      perPage[page] = await tab.evaluate(
        ({ html, url, repetitions }) =>
          (globalThis as unknown as { timePage(h: string, u: string, r: number): { readability: number; baseline: number; now: number } }).timePage(html, url, repetitions),
        { html, url: `http://fakehost/${page}/`, repetitions },
      );
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  } finally {
    await browser.close();
    close();
  }
  const rows = Object.values(perPage);
  // Mid-sized pages: where Readability takes 2-20 ms, neither a test page of a few elements nor the 1 MB one.
  const mid = rows.filter((row) => row.readability >= 2 && row.readability <= 20);
  const sum = (list: typeof rows, key: keyof (typeof rows)[number]) => list.reduce((total, row) => total + row[key], 0);
  const timed = rows.filter((row) => row.readability > 0 && row.baseline > 0);
  console.log(`${rows.length} corpus pages, fastest of ${repetitions} runs each; baseline ${rev} (${commit.slice(0, 7)}), now the working tree.`);
  console.log(`all pages:  now ÷ baseline ${(sum(rows, 'now') / sum(rows, 'baseline')).toFixed(3)} (summed times)`);
  console.log(`mid-sized (${mid.length} pages, Readability 2-20 ms): now ÷ baseline ${(sum(mid, 'now') / sum(mid, 'baseline')).toFixed(3)}`);
  console.log(`per page, median: now ÷ baseline ${median(timed.map((row) => row.now / row.baseline)).toFixed(3)}; ` +
    `÷ bare Readability: baseline ${median(timed.map((row) => row.baseline / row.readability)).toFixed(3)}, now ${median(timed.map((row) => row.now / row.readability)).toFixed(3)}`);
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', baseline], { cwd: root });
  rmSync(dir, { recursive: true, force: true });
}
