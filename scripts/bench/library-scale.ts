/**
 * The library at 1,000, 10,000 and 100,000 clips, in headless Chromium with
 * the built extension (issue #4): open until the first card shows (and a link
 * with a search in it, which waits for every clip); a search keystroke until
 * the status line shows the result and until the next frame, once the
 * library's index is built, and one keystroke before it is; beside them, like
 * with like and without rendering, the index lookup and a plain JavaScript
 * filter over the same clips in memory; a Kind filter; deleting 1,000
 * selected clips and its Undo. Plus the JS heap after load. One fresh browser
 * profile per size; each step is capped so that a library too slow to use is
 * a result, not a hang.
 *
 * Ad hoc: npx tsx -e "import('./scripts/bench/library-scale.ts').then(m=>m.benchLibraryScale()).then(r=>console.log(JSON.stringify(r,null,1)))"
 * Env: BENCH_LIBRARY_SIZES=1000,10000 · BENCH_REPETITIONS=5 · BENCH_STEP_TIMEOUT_MS=60000 ·
 * BENCH_LIBRARY_SELECT=tick (select by ticking checkboxes even when "Select all shown" exists) ·
 * BENCH_WAIT_FOR_OTHERS=0 (do not wait for other benchmarks to finish)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { Clip, Source } from '../../lib/schema';
import { buildSearchIndex } from '../../lib/search-index';
import { chromiumPath, offlineChromiumArgs } from '../lib/chromium';
import { batchTag, haystackOf, type Library, loadCorpus, makeLibrary } from './library-scale-data';
import { installLibraryBench, type Trigger } from './library-scale-page';
import { median, percentile, type BenchSection } from './stats';

const root = resolve(import.meta.dirname, '../..');
const corpusDir = resolve(root, '../shared/corpus/readability-pages');
const extensionDir = resolve(root, '.output/e2e/chrome-mv3');
const sizes = (process.env.BENCH_LIBRARY_SIZES ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
const repetitions = Math.max(1, Number(process.env.BENCH_REPETITIONS ?? 5));
const stepTimeoutMs = Number(process.env.BENCH_STEP_TIMEOUT_MS ?? 60_000);
/** Wall-clock budget per size for the measured steps (seeding aside): past it, fewer repetitions, said in the notes. */
const budgetMs: Record<number, number> = { 1000: 90_000, 10_000: 150_000, 100_000: 330_000 };
const searchWord = process.env.BENCH_LIBRARY_QUERY ?? 'million';
const batch = 1000;
const seedChunk = 5000;

export type Interaction =
  | 'openBaseline'
  | 'openScriptBaseline'
  | 'open'
  | 'openPaint'
  | 'openBaselinePaint'
  | 'openWall'
  | 'openQuery'
  | 'openQueryAll'
  | 'search'
  | 'searchFrame'
  | 'searchFallback'
  | 'searchIndexed'
  | 'searchBaseline'
  | 'filter'
  | 'deleteSelected'
  | 'undoDelete';
const interactions: { key: Interaction; label: string }[] = [
  { key: 'openBaseline', label: 'baseline: open a static extension page → its card' },
  { key: 'openScriptBaseline', label: 'baseline: a page whose one small script adds the card' },
  { key: 'open', label: 'open → first card (in page)' },
  { key: 'openBaselinePaint', label: 'baseline: static page → first contentful paint' },
  { key: 'openPaint', label: 'open → first contentful paint' },
  { key: 'openWall', label: 'open → first card (wall clock)' },
  { key: 'openQuery', label: `open ?q=${searchWord} → first match shown` },
  { key: 'openQueryAll', label: `open ?q=${searchWord} → all matches (status line)` },
  { key: 'search', label: 'search keystroke → status line' },
  { key: 'searchFrame', label: 'search keystroke → next frame' },
  { key: 'searchFallback', label: 'keystroke before index built → status' },
  { key: 'searchIndexed', label: 'same search, index lookup (no render)' },
  { key: 'searchBaseline', label: 'same search, plain JS filter (no render)' },
  { key: 'filter', label: 'Kind = Statistics → status line' },
  { key: 'deleteSelected', label: `delete ${batch.toLocaleString('en')} selected → status line` },
  { key: 'undoDelete', label: 'Undo of that delete → status line' },
];

interface Measure {
  /** ms to the DOM showing the result. */
  samples: number[];
  /** ms to the end of the next frame after that, where measured. */
  frameSamples: number[];
  /** Set when a step hit its cap: "timeout > 60 s" etc. */
  failed?: string;
  skipped?: string;
}

interface SizeResult {
  size: number;
  seedMs: number;
  seedMBytes: number;
  coldOpenMs?: number;
  heap?: { usedMB: number; usedAfterGcMB: number; totalMB: number; domNodes?: number };
  measures: Partial<Record<Interaction, Measure>>;
  searchChecks: string[];
  notes: string[];
}

const emptyMeasure = (): Measure => ({ samples: [], frameSamples: [] });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** The page half (library-scale-page.ts), called from Node. */
const inPage = (page: Page) => ({
  hintText: () => page.evaluate(() => __libraryBench.hintText()),
  open: () => page.evaluate(() => __libraryBench.open),
  waitHint: (pattern: string, timeoutMs = stepTimeoutMs) =>
    page.evaluate(([pattern, timeoutMs]) => __libraryBench.waitHint(pattern, timeoutMs), [pattern, timeoutMs] as const),
  arm: (trigger: Trigger, allowGone = false) => page.evaluate(([trigger, allowGone]) => __libraryBench.arm(trigger, { allowGone }), [trigger, allowGone] as const),
  result: (timeoutMs = stepTimeoutMs) => page.evaluate((timeoutMs) => __libraryBench.result(timeoutMs), timeoutMs),
  settle: () => page.evaluate(() => __libraryBench.settle()),
  tickClips: (wanted: number, timeoutMs = stepTimeoutMs) => page.evaluate(([wanted, timeoutMs]) => __libraryBench.tickClips(wanted, timeoutMs), [wanted, timeoutMs] as const),
  baseline: (queries: string[], repetitions: number) =>
    page.evaluate(([queries, repetitions]) => __libraryBench.baseline(queries, repetitions), [queries, repetitions] as const),
  searchIndexReadyAt: () => page.evaluate(() => __libraryBench.searchIndexReadyAt()),
});

/** lib/search-index.ts as one script for the page: the indexed lookup beside the plain filter, on the same clips. */
async function bundleSearchIndex(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, 'lib/search-index.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__casefileSearchIndexModule',
    write: false,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return `${result.outputFiles[0]!.text}\nglobalThis.__casefileSearchIndex = __casefileSearchIndexModule;`;
}

/**
 * The e2e build (built first if missing), copied aside: others may rebuild
 * .output/e2e while this runs, and every size must measure the same build.
 */
function snapshotBuild(): string {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    process.stderr.write('library-scale: no e2e build, running npm run build:e2e…\n');
    execFileSync('npm', ['run', 'build:e2e'], { cwd: root, stdio: ['ignore', 2, 2] });
  }
  const copy = mkdtempSync(join(tmpdir(), 'casefile-bench-extension-'));
  cpSync(extensionDir, copy, { recursive: true });
  // The floor for "open": a page of the same extension, with the library's stylesheet and one static card, no script.
  const stylesheets = readFileSync(join(copy, 'options.html'), 'utf8').match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  writeFileSync(
    join(copy, 'baseline.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Baseline</title>${stylesheets.join('')}</head>` +
      '<body><main class="library"><h1>Casefile library</h1><ul class="clip-list" aria-label="Clips"><li class="clip-card"><blockquote>72% of online adults used Facebook in 2015.</blockquote></li></ul></main></body></html>',
  );
  // The floor for a page with code: the same card, added by a tiny script as soon as it runs. An
  // extension page runs no script of its own before the browser has set up its extension APIs.
  writeFileSync(
    join(copy, 'baseline-script.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Baseline</title>${stylesheets.join('')}</head>` +
      '<body><main class="library"><h1>Casefile library</h1><ul class="clip-list" aria-label="Clips"></ul></main><script src="/baseline-script.js"></script></body></html>',
  );
  writeFileSync(
    join(copy, 'baseline-script.js'),
    "const card = document.createElement('li');\ncard.className = 'clip-card';\ncard.append(Object.assign(document.createElement('blockquote'), { textContent: '72% of online adults used Facebook in 2015.' }));\ndocument.querySelector('.clip-list').append(card);\n",
  );
  return copy;
}

/** Chromium with the extension in a fresh profile; the extension id from its service worker. */
export async function launch(extension: string): Promise<{ context: BrowserContext; extensionId: string; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'casefile-bench-library-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...offlineChromiumArgs],
  });
  // esbuild (tsx) may wrap functions in __name(); give the page a no-op one.
  await context.addInitScript({ content: `globalThis.__name ??= (f) => f;\n(${installLibraryBench.toString()})();` });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Writes the library with raw IndexedDB into the database the library page
 * created: chunks of ~5,000 records, one readwrite transaction each; sources
 * and their texts apart (Dexie version 2 = IDB version 20), or together in a
 * build from before the texts moved (version 1 = IDB 10, for side-by-side runs). The page fetches the chunks as JSON from a
 * server on 127.0.0.1 (CDP is slow to carry 70 MB), the next one while the
 * last commits.
 */
export async function seed(context: BrowserContext, libraryUrl: string, library: Library): Promise<void> {
  const chunks = [JSON.stringify(library.sources)];
  // Chunk 0: the sources, with their texts; the page splits them when the database keeps texts apart.
  for (let at = 0; at < library.clips.length; at += seedChunk) chunks.push(JSON.stringify(library.clips.slice(at, at + seedChunk)));
  const server = createServer((request, response) => {
    const chunk = chunks[Number(/^\/chunk\/(\d+)$/.exec(request.url ?? '')?.[1] ?? -1)];
    if (chunk === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(chunk);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = await context.newPage();
  try {
    await page.goto(libraryUrl);
    await page.getByText('No clips yet.').waitFor({ timeout: stepTimeoutMs });
    const written = await page.evaluate(
      async ({ origin, count }) => {
        const database = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('casefile');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => resolve(request.result);
        });
        const load = (index: number) => fetch(`${origin}/chunk/${index}`).then((response) => response.json() as Promise<Record<string, unknown>[]>);
        const textsApart = database.objectStoreNames.contains('sourceTexts');
        let next = load(0);
        for (let index = 0; index < count; index++) {
          const records = await next;
          if (index + 1 < count) next = load(index + 1);
          await new Promise<void>((resolve, reject) => {
            const transaction = database.transaction(index > 0 ? ['clips'] : textsApart ? ['sources', 'sourceTexts'] : ['sources'], 'readwrite');
            if (index > 0) for (const record of records) transaction.objectStore('clips').put(record);
            else if (!textsApart) for (const record of records) transaction.objectStore('sources').put(record);
            else {
              for (const { text, ...source } of records) {
                transaction.objectStore('sources').put(source);
                if (text) transaction.objectStore('sourceTexts').put({ id: source.id, text });
              }
            }
            transaction.oncomplete = () => resolve();
            transaction.onerror = transaction.onabort = () => reject(transaction.error);
          });
        }
        const clips = await new Promise<number>((resolve, reject) => {
          const request = database.transaction('clips').objectStore('clips').count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        database.close();
        return { version: database.version, clips };
      },
      { origin, count: chunks.length },
    );
    if (written.version !== 10 && written.version !== 20) throw new Error(`IndexedDB 'casefile' is at version ${written.version}, expected 20 (Dexie version 2): the schema changed`);
    if (written.clips !== library.clips.length) throw new Error(`seeded ${written.clips} clips, wanted ${library.clips.length}`);
  } finally {
    await page.close();
    server.close();
  }
}

const totalPattern = (total: number) => `^${total} clips?\\.$`;
const parseHint = (text: string | null) => {
  const numbers = (text ?? '').match(/\d[\d,]*/g)?.map((n) => Number(n.replace(/,/g, ''))) ?? [];
  return numbers.length >= 2 ? { shown: numbers[0]!, total: numbers[1]! } : numbers.length === 1 ? { shown: numbers[0]!, total: numbers[0]! } : undefined;
};

async function measureSize(size: number, library: Library, extension: string, searchIndexScript: string): Promise<SizeResult> {
  const result: SizeResult = { size, seedMs: 0, seedMBytes: 0, measures: {}, searchChecks: [], notes: [] };
  const measure = (key: Interaction) => (result.measures[key] ??= emptyMeasure());
  const browser = await launch(extension);
  const libraryUrl = `chrome-extension://${browser.extensionId}/options.html`;
  const deadline = () => Date.now() > started + (budgetMs[size] ?? 300_000);
  let started = Date.now();
  let page: Page | undefined;
  try {
    const seedStart = Date.now();
    await seed(browser.context, libraryUrl, library);
    result.seedMs = Date.now() - seedStart;
    result.seedMBytes = (JSON.stringify(library.clips).length + JSON.stringify(library.sources).length) / 1e6;
    process.stderr.write(`library-scale ${size}: seeded in ${(result.seedMs / 1000).toFixed(1)} s\n`);
    started = Date.now();

    // 1a. Open: a new tab each time; the first (cold) open is reported apart.
    const open = measure('open');
    const openPaint = measure('openPaint');
    const openBaseline = measure('openBaseline');
    const openScriptBaseline = measure('openScriptBaseline');
    const openBaselinePaint = measure('openBaselinePaint');
    const fallback = measure('searchFallback');
    const openWall = measure('openWall');
    const baselineUrl = libraryUrl.replace(/options\.html$/, 'baseline.html');
    const scriptBaselineUrl = libraryUrl.replace(/options\.html$/, 'baseline-script.html');
    const openStages: Record<string, number[]> = {};
    for (let run = 0; run <= repetitions; run++) {
      if (run > 1 && deadline()) {
        result.notes.push(`open: ${run - 1} of ${repetitions} warm runs within the time budget`);
        break;
      }
      await page?.close();
      // The baseline first, in the same way, with no other page of the extension open (they share a process):
      // what the browser takes to show any extension page.
      if (run > 0) {
        const baseline = await browser.context.newPage();
        try {
          await baseline.goto(baselineUrl, { timeout: stepTimeoutMs });
          await baseline.waitForFunction(() => globalThis.__libraryBench?.open.firstContentfulPaint !== undefined && globalThis.__libraryBench.open.firstCardFrame !== undefined, undefined, {
            timeout: stepTimeoutMs,
            polling: 50,
          });
          const floor = await inPage(baseline).open();
          openBaseline.samples.push(floor.firstCard!);
          openBaseline.frameSamples.push(floor.firstCardFrame!);
          openBaselinePaint.samples.push(floor.firstContentfulPaint!);
        } finally {
          await baseline.close();
        }
      }
      if (run > 0) {
        const baseline = await browser.context.newPage();
        try {
          await baseline.goto(scriptBaselineUrl, { timeout: stepTimeoutMs });
          await baseline.waitForFunction(() => globalThis.__libraryBench?.open.firstCardFrame !== undefined, undefined, { timeout: stepTimeoutMs, polling: 50 });
          openScriptBaseline.samples.push((await inPage(baseline).open()).firstCard!);
        } finally {
          await baseline.close();
        }
      }
      page = await browser.context.newPage();
      let crashed = false;
      page.on('crash', () => (crashed = true));
      const wall0 = performance.now();
      try {
        await page.goto(libraryUrl, { timeout: stepTimeoutMs });
        await page.waitForFunction(
          () => globalThis.__libraryBench?.open.firstCardFrame !== undefined,
          undefined,
          { timeout: Math.max(1000, stepTimeoutMs - (performance.now() - wall0)), polling: 50 },
        );
      } catch (error) {
        open.failed = crashed ? 'the page crashed (out of memory?)' : `no card within ${stepTimeoutMs / 1000} s`;
        result.notes.push(`open: ${open.failed} (${(error as Error).message.split('\n')[0]})`);
        openWall.failed = open.failed;
        break;
      }
      const wallMs = performance.now() - wall0;
      const marks = await inPage(page).open();
      if (run === 0) {
        result.coldOpenMs = marks.firstCard;
        continue;
      }
      open.samples.push(marks.firstCard!);
      open.frameSamples.push(marks.firstCardFrame!);
      for (const [stage, at] of Object.entries(marks.stages ?? {})) (openStages[stage] ??= []).push(at);
      if (marks.firstContentfulPaint !== undefined) openPaint.samples.push(marks.firstContentfulPaint);
      openWall.samples.push(wallMs);
      // A keystroke as soon as every clip is in, before the search index is built at idle time: the plain filter answers.
      if (size > 2000 && (await inPage(page).waitHint(totalPattern(size))) && (await inPage(page).searchIndexReadyAt()) === undefined) {
        await page.getByRole('searchbox', { name: 'Search', exact: true }).focus();
        await inPage(page).arm('keydown');
        await page.keyboard.press(searchWord[0]!);
        const timing = await inPage(page).result();
        if (!('timeout' in timing)) fallback.samples.push(timing.ms);
        await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('');
      }
    }
    if (fallback.samples.length === 0) fallback.skipped = size > 2000 ? 'the index was built before a keystroke could be typed' : 'built at once up to 2,000 clips';
    if (!page || open.failed) return result;
    process.stderr.write(`library-scale ${size}: open ${median(open.samples).toFixed(0)} ms\n`);
    const stageMedians = Object.entries(openStages).map(([stage, at]) => `${stage} ${median(at).toFixed(0)}`);
    if (stageMedians.length) {
      result.notes.push(`open, where the time went (medians, ms since navigation start): ${stageMedians.join(', ')}, first card ${median(open.samples).toFixed(0)}`);
    }

    // 1b. Open with a search in the URL (in other tabs, after the plain opens, not in the database's
    // busy first seconds after seeding): the matches show as the clips are read; the status line once all are in.
    const openQuery = measure('openQuery');
    const openQueryAll = measure('openQueryAll');
    for (let run = 0; run <= Math.min(3, repetitions); run++) {
      const queryPage = await browser.context.newPage();
      try {
        await queryPage.goto(`${libraryUrl}?q=${encodeURIComponent(searchWord)}`, { timeout: stepTimeoutMs });
        await queryPage.waitForFunction(() => globalThis.__libraryBench?.open.firstCardFrame !== undefined && globalThis.__libraryBench.open.hintAt !== undefined, undefined, { timeout: stepTimeoutMs, polling: 50 });
        // The first (cold) open is not counted, as below.
        if (run > 0) {
          const marks = await inPage(queryPage).open();
          openQuery.samples.push(marks.firstCard!);
          openQueryAll.samples.push(marks.hintAt!);
        }
      } catch (error) {
        openQuery.failed = `no card within ${stepTimeoutMs / 1000} s (${(error as Error).message.split('\n')[0]})`;
        break;
      } finally {
        await queryPage.close();
      }
    }

    await page.bringToFront();


    // The status line must show the whole library before anything else.
    const b = inPage(page);
    const shownAll = await b.waitHint(totalPattern(size));
    if (!shownAll) {
      result.notes.push(`the status line never read "${size} clips." (it reads ${JSON.stringify(await b.hintText())})`);
      return result;
    }

    // 2. Heap after load: CDP, before and after a forced GC; DOM nodes from Performance.getMetrics.
    const cdp = await browser.context.newCDPSession(page);
    const before = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    await cdp.send('Performance.enable');
    const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    await cdp.detach();
    result.heap = {
      usedMB: before.usedSize / 2 ** 20,
      usedAfterGcMB: after.usedSize / 2 ** 20,
      totalMB: after.totalSize / 2 ** 20,
      domNodes: metrics.metrics.find((metric) => metric.name === 'Nodes')?.value,
    };

    // 3. Search, once the index is built (at idle time after the load): not before, or the plain filter answers.
    const readyPoll = Date.now();
    let readyAt = await b.searchIndexReadyAt();
    while (readyAt === undefined && Date.now() - readyPoll < stepTimeoutMs) {
      await sleep(50);
      readyAt = await b.searchIndexReadyAt();
    }
    result.notes.push(
      readyAt === undefined
        ? `search: the index was not built within ${stepTimeoutMs / 1000} s; the plain filter answered the keystrokes`
        : `search: the index was built ${(readyAt / 1000).toFixed(1)} s after the page opened (idle slices after the load)`,
    );
    // Type the word one key at a time; time each key that changes the status line.
    const byId = new Map(library.sources.map((source) => [source.id, source]));
    const haystacks = library.clips.map((clip) => haystackOf(clip, byId.get(clip.sourceId)));
    const prefixes = [...searchWord].map((_, index) => searchWord.slice(0, index + 1).toLowerCase());
    // What the library shows: every query word as a word prefix (lib/search-index.ts). A keystroke
    // is timed when it changes that; the plain filter below is a substring scan, checked against its own counts.
    const wordIndex = buildSearchIndex(library.clips.map((clip) => ({ clip, source: byId.get(clip.sourceId) })));
    const expected = prefixes.map((prefix) => wordIndex.searchPositions(prefix)!.length);
    const substringExpected = prefixes.map((prefix) => haystacks.filter((haystack) => haystack.includes(prefix)).length);
    const search = measure('search');
    const searchbox = page.getByRole('searchbox', { name: 'Search', exact: true });
    const timedPrefixes = new Set<string>();
    searching: for (let run = 0; run < repetitions; run++) {
      if (run > 0 && deadline()) {
        result.notes.push(`search: ${run} of ${repetitions} runs within the time budget`);
        break;
      }
      if ((await searchbox.inputValue()) !== '') {
        await searchbox.fill('', { timeout: stepTimeoutMs });
        if (!(await b.waitHint(totalPattern(size)))) {
          search.failed = `clearing the search did not show all clips within ${stepTimeoutMs / 1000} s`;
          break;
        }
      }
      await searchbox.focus();
      await b.settle();
      let previous = size;
      for (const [index, prefix] of prefixes.entries()) {
        const key = searchWord[index]!;
        const changes = expected[index] !== previous;
        previous = expected[index]!;
        if (!changes) {
          await page.keyboard.press(key);
          await b.settle();
          continue;
        }
        await b.arm('keydown');
        await page.keyboard.press(key);
        const timing = await b.result();
        if ('timeout' in timing) {
          search.failed = `typing "${key}" (query "${prefix}"): no result within ${stepTimeoutMs / 1000} s`;
          break searching;
        }
        search.samples.push(timing.ms);
        search.frameSamples.push(timing.frameMs);
        timedPrefixes.add(prefix);
        const shown = parseHint(timing.after)?.shown;
        if (run === 0 && shown !== expected[index]) {
          result.searchChecks.push(`"${prefix}": the library shows ${shown}, the word-prefix index finds ${expected[index]}`);
        }
      }
    }
    measure('searchFrame').samples.push(...search.frameSamples);
    process.stderr.write(`library-scale ${size}: search ${median(search.samples).toFixed(0)} ms\n`);

    // The baseline: the same timed queries as a plain filter over an in-memory array, in the same page;
    // beside it the index lookup over the same array, neither rendering anything.
    await page.evaluate(searchIndexScript);
    const baselineResult = await b.baseline([...timedPrefixes], repetitions);
    const baseline = measure('searchBaseline');
    const indexed = measure('searchIndexed');
    // One sample per timed keystroke, as the library's were taken.
    for (const entry of baselineResult.results) baseline.samples.push(...entry.samples);
    for (const entry of baselineResult.indexed ?? []) indexed.samples.push(...entry.samples);
    if (!baselineResult.indexed) indexed.failed = 'the search index script did not load in the page';
    for (const entry of baselineResult.indexed ?? []) {
      const wanted = expected[prefixes.indexOf(entry.query)];
      if (entry.count !== wanted) result.searchChecks.push(`index lookup "${entry.query}": ${entry.count} in page vs ${wanted} in Node`);
    }
    if (baselineResult.indexBuildMs !== undefined) result.notes.push(`index lookup: the index over the same ${baselineResult.clips} clips built in ${baselineResult.indexBuildMs.toFixed(0)} ms at once (not timed; the library builds its own in idle slices)`);
    for (const entry of baselineResult.results) {
      const wanted = substringExpected[prefixes.indexOf(entry.query)];
      if (entry.count !== wanted) result.searchChecks.push(`baseline "${entry.query}": ${entry.count} in page vs ${wanted} in Node`);
    }
    result.notes.push(`baseline: ${baselineResult.clips} clips read from IndexedDB and their haystacks built in ${baselineResult.buildMs.toFixed(0)} ms (not timed)`);

    // Back to the whole library.
    if ((await searchbox.inputValue()) !== '') {
      await searchbox.fill('', { timeout: stepTimeoutMs });
      if (!(await b.waitHint(totalPattern(size)))) {
        result.notes.push('clearing the search timed out; the remaining steps were skipped');
        return result;
      }
    }

    // 4. Filter: Kind = Statistics (timed), then back to All (not timed).
    const filter = measure('filter');
    const kind = page.getByRole('combobox', { name: 'Kind', exact: true });
    const statistics = library.clips.filter((clip) => clip.kind === 'statistic').length;
    for (let run = 0; run < repetitions; run++) {
      if (run > 0 && deadline()) {
        result.notes.push(`filter: ${run} of ${repetitions} runs within the time budget`);
        break;
      }
      await b.settle();
      await b.arm('select');
      await kind.selectOption('statistic', { timeout: stepTimeoutMs });
      const timing = await b.result();
      if ('timeout' in timing) {
        filter.failed = `no result within ${stepTimeoutMs / 1000} s`;
        break;
      }
      filter.samples.push(timing.ms);
      filter.frameSamples.push(timing.frameMs);
      if (run === 0 && parseHint(timing.after)?.shown !== statistics) {
        result.searchChecks.push(`Kind = Statistics: the library shows ${timing.after}, the data has ${statistics}`);
      }
      await kind.selectOption('', { timeout: stepTimeoutMs });
      if (!(await b.waitHint(totalPattern(size)))) {
        result.notes.push('resetting the Kind filter timed out; the remaining steps were skipped');
        return result;
      }
    }
    process.stderr.write(`library-scale ${size}: filter ${median(filter.samples).toFixed(0)} ms\n`);

    // 5. Delete 1,000 selected, then Undo: only once the library has multi-select.
    await deleteAndUndo(page, size, result, deadline);
  } catch (error) {
    result.notes.push(`stopped: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await browser.close();
  }
  return result;
}

async function deleteAndUndo(page: Page, size: number, result: SizeResult, deadline: () => boolean): Promise<void> {
  const b = inPage(page);
  const del = (result.measures.deleteSelected = emptyMeasure());
  const undo = (result.measures.undoDelete = emptyMeasure());
  const checkbox = page.getByRole('checkbox', { name: /^Select clip/ });
  if ((await checkbox.count()) === 0) {
    del.skipped = undo.skipped = 'not yet: no multi-select';
    return;
  }
  page.on('dialog', (dialog) => void dialog.accept());
  const selectAll = page.getByRole('button', { name: /^Select all/ });
  const tag = page.getByRole('combobox', { name: 'Tag', exact: true });
  const wanted = Math.min(batch, size);
  const all = totalPattern(size);
  const remaining = totalPattern(size - wanted);
  for (let run = 0; run < repetitions; run++) {
    if (run > 0 && deadline()) {
      result.notes.push(`delete/undo: ${run} of ${repetitions} runs within the time budget`);
      break;
    }
    // Select the batch, untimed: "Select all shown" on the whole library (1,000 clips) or on the
    // tag only the batch carries; else tick the checkboxes one by one.
    let how = '';
    if (process.env.BENCH_LIBRARY_SELECT !== 'tick' && (await selectAll.count()) > 0 && (size <= batch || (await tag.locator('option', { hasText: batchTag }).count()) > 0)) {
      if (size > batch) {
        await tag.selectOption(batchTag, { timeout: stepTimeoutMs });
        await b.waitHint(`^${batch} of ${size} clips`);
      }
      await selectAll.click({ timeout: stepTimeoutMs });
      if (size > batch) {
        await tag.selectOption('', { timeout: stepTimeoutMs });
        await b.waitHint(all);
      }
      how = size > batch ? `"Select all shown" with Tag = ${batchTag}, then the filter cleared` : '"Select all shown"';
    } else {
      const ticked = await b.tickClips(wanted);
      how = `ticking ${ticked} checkboxes`;
      if (ticked < wanted) {
        del.failed = `only ${ticked} of ${wanted} clips could be selected within ${stepTimeoutMs / 1000} s`;
        return;
      }
    }
    if (run === 0) result.notes.push(`delete: the ${wanted} clips selected by ${how}`);
    await b.settle();
    const deleteButton = page.getByRole('button', { name: 'Delete selected', exact: true });
    await b.arm('click', wanted === size);
    await deleteButton.click({ timeout: stepTimeoutMs });
    const deleted = await b.result();
    if ('timeout' in deleted) {
      del.failed = `no result within ${stepTimeoutMs / 1000} s`;
      return;
    }
    del.samples.push(deleted.ms);
    del.frameSamples.push(deleted.frameMs);
    if (wanted < size && !new RegExp(remaining).test(deleted.after ?? '')) result.notes.push(`delete: the status line then read ${JSON.stringify(deleted.after)}`);

    // The toast offers Undo for a few seconds from the delete itself, not from the list showing it.
    const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
    await b.arm('click');
    try {
      await undoButton.click({ timeout: 2000 });
    } catch {
      undo.failed = `the Undo toast had already gone when the delete showed (${(deleted.ms / 1000).toFixed(1)} s after the click): the ${wanted} clips stay deleted`;
      return;
    }
    const undone = await b.result();
    if ('timeout' in undone) {
      undo.failed = `no result within ${stepTimeoutMs / 1000} s`;
      return;
    }
    undo.samples.push(undone.ms);
    undo.frameSamples.push(undone.frameMs);
    if (!(await b.waitHint(all))) {
      undo.failed = `the library did not get back to ${size} clips`;
      return;
    }
    // Nothing selected for the next run.
    const clear = page.getByRole('button', { name: 'Clear selection', exact: true });
    if ((await clear.count()) > 0) await clear.click({ timeout: stepTimeoutMs });
    await sleep(50);
  }
}

/** Waits (polling every 30 s, up to 10 min) while another benchmark runs on this machine. */
async function waitForOtherBenchmarks(notes: string[]): Promise<void> {
  // This process and its parents (npm, sh, tsx when run through scripts/bench.ts) are not others.
  const ours = new Set<string>();
  for (let pid = String(process.pid); pid && pid !== '0' && !ours.has(pid); ) {
    ours.add(pid);
    try {
      pid = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1] ?? '';
    } catch {
      break;
    }
  }
  const others = () => {
    try {
      return execFileSync('pgrep', ['-af', 'scripts/bench'], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.trim() && !ours.has(line.split(' ')[0]!) && !line.includes('library-scale'));
    } catch {
      return [];
    }
  };
  const waitStart = Date.now();
  while (others().length && Date.now() - waitStart < 600_000) await sleep(30_000);
  const still = others();
  if (Date.now() - waitStart > 1000) notes.push(`waited ${((Date.now() - waitStart) / 1000).toFixed(0)} s for other benchmarks to finish`);
  if (still.length) notes.push(`other benchmarks still running while measuring: ${still.map((line) => line.split(' ').slice(1).join(' ')).join('; ')}`);
}

const ms = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(0));

export async function benchLibraryScale(): Promise<BenchSection> {
  const corpus = loadCorpus(corpusDir);
  if (!corpus) return { name: 'library-scale', skipped: `the corpus is not at ${corpusDir}` };
  const notes: string[] = [];
  if (process.env.BENCH_WAIT_FOR_OTHERS !== '0') await waitForOtherBenchmarks(notes);
  const extension = snapshotBuild();
  const searchIndexScript = await bundleSearchIndex();
  const loadBefore = loadavg()[0]!;

  const results: SizeResult[] = [];
  for (const size of sizes) {
    const library = makeLibrary(size, corpus, size);
    // Every record as Casefile stores it: a sample through the app's own schemas.
    for (let index = 0; index < library.clips.length; index += Math.max(1, Math.floor(library.clips.length / 500))) Clip.parse(library.clips[index]);
    for (const source of library.sources) Source.parse(source);
    results.push(await measureSize(size, library, extension, searchIndexScript));
  }
  rmSync(extension, { recursive: true, force: true });
  // The machine is shared: say how busy it was (2 cores here; other tests and builds may run).
  notes.push(`load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${cpus().length} CPUs`);

  const stat = (result: SizeResult, key: Interaction) => {
    const measured = result.measures[key];
    if (!measured) return { median: Number.NaN, p90: Number.NaN, n: 0 };
    return { median: median(measured.samples), p90: percentile(measured.samples, 90), frameMedian: median(measured.frameSamples), n: measured.samples.length, failed: measured.failed, skipped: measured.skipped };
  };
  const cell = (result: SizeResult, key: Interaction, which: 'median' | 'p90') => {
    const measured = result.measures[key];
    if (measured?.skipped) return 'skipped';
    const failed = measured?.failed;
    if (failed && measured.samples.length === 0) {
      return failed.includes('within') ? `>${stepTimeoutMs / 1000} s` : failed.includes('crashed') ? 'crashed' : failed.includes('toast') ? 'toast gone' : 'failed';
    }
    // * = a later run failed (see the notes).
    return ms(stat(result, key)[which]) + (failed ? '*' : '');
  };
  const bySize = (size: number) => results.find((result) => result.size === size);
  const ten = bySize(10_000);
  const hundred = bySize(100_000);
  const table: string[][] = [
    [
      'interaction',
      ...results.flatMap((result) => [`${result.size / 1000}k median ms`, `${result.size / 1000}k p90 ms`]),
      '100k/10k median (≤10×)',
      '10k < 100 ms',
    ],
  ];
  for (const { key, label } of interactions) {
    if (!results.some((result) => result.measures[key])) continue;
    const ratio = ten && hundred ? stat(hundred, key).median / stat(ten, key).median : Number.NaN;
    const hundredFailed = hundred?.measures[key]?.failed && !hundred.measures[key]!.samples.length;
    table.push([
      label,
      ...results.flatMap((result) => [cell(result, key, 'median'), cell(result, key, 'p90')]),
      hundredFailed ? `n/a (100k: ${cell(hundred, key, 'median')})` : Number.isFinite(ratio) ? `${ratio.toFixed(1)}× ${ratio <= 10 ? 'ok' : 'OVER'}` : '—',
      ten && Number.isFinite(stat(ten, key).median) ? (stat(ten, key).median < 100 ? 'yes' : 'NO') : '—',
    ]);
  }
  for (const result of results) {
    const searchMedian = stat(result, 'search').median;
    const baselineMedian = stat(result, 'searchBaseline').median;
    const indexedMedian = stat(result, 'searchIndexed').median;
    const overBaseline = stat(result, 'open').median / stat(result, 'openBaseline').median;
    const overScriptBaseline = stat(result, 'open').median / stat(result, 'openScriptBaseline').median;
    const paintOverBaseline = stat(result, 'openPaint').median / stat(result, 'openBaselinePaint').median;
    const frames = (['openBaseline', 'open', 'search', 'filter', 'deleteSelected', 'undoDelete'] as const)
      .map((key) => [key, stat(result, key).frameMedian] as const)
      .filter(([, value]) => value !== undefined && Number.isFinite(value))
      .map(([key, value]) => `${key} ${ms(value)}`)
      .join(', ');
    notes.push(
      `${result.size.toLocaleString('en')} clips: seeded ${result.seedMBytes.toFixed(1)} MB in ${(result.seedMs / 1000).toFixed(1)} s; cold open ${ms(result.coldOpenMs)} ms; ` +
        (result.heap
          ? `JS heap after load ${result.heap.usedMB.toFixed(0)} MB (${result.heap.usedAfterGcMB.toFixed(0)} MB after GC), ${result.heap.domNodes ?? '?'} DOM nodes; `
          : '') +
        `like with like, no render: plain filter ÷ index lookup ${Number.isFinite(baselineMedian / indexedMedian) ? `${(baselineMedian / indexedMedian).toFixed(1)}×` : '—'} (medians; above 1 = the index is faster); ` +
        `open ÷ the static page's open: card in the DOM ${Number.isFinite(overBaseline) ? `${overBaseline.toFixed(2)}×` : '—'}, first contentful paint ${Number.isFinite(paintOverBaseline) ? `${paintOverBaseline.toFixed(2)}×` : '—'}; ` +
        `open ÷ the page whose small script adds the card: ${Number.isFinite(overScriptBaseline) ? `${overScriptBaseline.toFixed(2)}×` : '—'}; ` +
        `keystroke to status line ÷ plain filter: ${Number.isFinite(searchMedian / baselineMedian) ? `${(searchMedian / baselineMedian).toFixed(0)}×` : '—'}; ` +
        `to the next frame (medians, ms): ${frames || '—'}; samples: ${interactions.map(({ key }) => `${key} ${stat(result, key).n}`).join(', ')}.`,
    );
    for (const [key, measured] of Object.entries(result.measures)) {
      if (measured.failed) notes.push(`${result.size.toLocaleString('en')} clips, ${key}: ${measured.failed}`);
    }
    for (const note of [...result.notes, ...result.searchChecks]) notes.push(`${result.size.toLocaleString('en')} clips: ${note}`);
  }
  const skippedDelete = results.find((result) => result.measures.deleteSelected?.skipped);
  if (skippedDelete) notes.push(`delete ${batch} selected and Undo: ${skippedDelete.measures.deleteSelected!.skipped} — skipped`);
  notes.unshift(
    `Headless Chromium, the e2e build, a fresh profile per size; ${repetitions} runs per interaction (open: + 1 cold run, not counted; search: every keystroke of "${searchWord}" that changes the count, per run). ` +
      'Open = navigation start to a MutationObserver seeing the first .clip-card (performance.now() in the page); first contentful paint is the browser\'s paint entry; the wall-clock row is page.goto + waiting for it, measured from Node. ' +
      'Baseline = a static page added to the same extension for the benchmark (the library\'s stylesheet and one card, no script), opened before each warm library open with no other extension page open: the floor any extension page pays here; the script baseline is the same page with an empty list and one small script at the end of the body that adds the card: the floor for any page whose clips come from code (an extension page runs none of its scripts before its extension APIs are set up). ' +
      'Search, filter, delete, Undo = the keydown / select input / click event to the status line ("N of M clips match.") changing, in the page. ' +
      'Plain JS filter = haystacks.filter(h => terms.every(t => h.includes(t))) over the same clips, haystacks (quote, note, tags, source title and site, cited origin, organisation) already built; ' +
      'index lookup = lib/search-index.ts searchPositions(q) mapped back to the clips, over the same clips in the same page, index already built; both without rendering, interleaved. ' +
      `Search keystrokes are timed once the library's own index is built; "keystroke before index built" is one keystroke per warm open, typed as soon as all clips show; "open ?q=" opens a link with a search: its first match shows once read (the newest clips, then chunks of 4,000 in id order, each shown as read), and the status line ("N of M clips match.") once every clip is read.`,
  );

  return {
    name: 'library-scale',
    table,
    notes,
    figures: {
      repetitions,
      stepTimeoutMs,
      searchWord,
      sizes: results.map((result) => ({
        size: result.size,
        seedMs: result.seedMs,
        seedMBytes: result.seedMBytes,
        coldOpenMs: result.coldOpenMs,
        heap: result.heap,
        interactions: Object.fromEntries(interactions.map(({ key }) => [key, { ...stat(result, key), samples: result.measures[key]?.samples }])),
        searchChecks: result.searchChecks,
        notes: result.notes,
      })),
      ratios100kTo10k:
        ten && hundred ? Object.fromEntries(interactions.map(({ key }) => [key, stat(hundred, key).median / stat(ten, key).median])) : undefined,
      searchOverBaseline: Object.fromEntries(results.map((result) => [result.size, stat(result, 'search').median / stat(result, 'searchBaseline').median])),
      baselineOverIndexLookup: Object.fromEntries(results.map((result) => [result.size, stat(result, 'searchBaseline').median / stat(result, 'searchIndexed').median])),
    },
  };
}
