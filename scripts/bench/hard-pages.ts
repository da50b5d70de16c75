/**
 * Hard pages (issue #6), in headless Chromium with the built extension: per
 * page, how long the popup takes to answer (first answer, then the page's own
 * answer), and the longest time the page could not run its own tasks while
 * Casefile read it (a 5 ms heartbeat in the page; the content script shares
 * the page's thread). Beside them, in the same tab, bare Readability on the
 * same page (a clone, as an extension must run it) and Casefile's whole
 * extraction, timed in one go. Targets: an answer within 3 s, no block over 1 s.
 *
 * Needs the e2e build (`npm run build:e2e`). Env: BENCH_REPETITIONS=3.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { type Casefile, extensionDir, launchCasefile } from '../../tests/e2e/extension';
import { hardPageMap, hardPages } from '../../tests/e2e/hard-pages';
import { startStaticServer } from '../../tests/e2e/static-server';
import { median, type BenchSection } from './stats';

const repetitions = Math.max(1, Number(process.env.BENCH_REPETITIONS ?? 3));

interface Visit {
  firstAnswerMs: number;
  finalAnswerMs: number;
  longestBlockMs: number;
  answer: string;
}

async function visit(casefile: Casefile, address: string): Promise<Visit> {
  const page = await casefile.context.newPage();
  await page.goto(address);
  await page.evaluate(() => {
    const beat = { last: performance.now(), longest: 0 };
    Object.assign(window, { casefileBenchBeat: beat });
    setInterval(() => {
      const now = performance.now();
      beat.longest = Math.max(beat.longest, now - beat.last);
      beat.last = now;
    }, 5);
  });
  await page.waitForTimeout(300);
  await page.evaluate(() => ((window as unknown as { casefileBenchBeat: { longest: number } }).casefileBenchBeat.longest = 0));
  const tabId = await casefile.tabIdOf(page);
  const start = Date.now();
  const popup = await casefile.openPopup(tabId);
  await popup.getByRole('region', { name: 'Source' }).waitFor({ timeout: 60_000 });
  const firstAnswerMs = Date.now() - start;
  await popup.waitForFunction(() => !document.querySelector('[role=note]')?.textContent?.startsWith('This page is taking long to read'), null, { timeout: 60_000, polling: 20 });
  const finalAnswerMs = Date.now() - start;
  const answer = await describeAnswer(popup);
  const longestBlockMs = await page.evaluate(() => (window as unknown as { casefileBenchBeat: { longest: number } }).casefileBenchBeat.longest);
  await popup.close();
  await page.close();
  return { firstAnswerMs, finalAnswerMs, longestBlockMs, answer };
}

async function describeAnswer(popup: Page): Promise<string> {
  const note = await popup.locator('[role=note]').first().textContent().catch(() => null);
  const candidates = await popup.locator('li.candidate').count();
  if (note) return `${candidates} candidates; "${note.slice(0, 60)}…"`;
  return `${candidates} candidates`;
}

/** Bare Readability and Casefile's extraction, timed in the page's own tab on its own HTML. */
async function inPageTimes(casefile: Casefile, address: string, script: string): Promise<{ readability: number; casefile: number }> {
  const page = await casefile.context.newPage();
  await page.goto(address);
  await page.addScriptTag({ content: script });
  const ms = await page.evaluate(
    ([url, runs]) => {
      const bench = (globalThis as unknown as { timeBreakdown: (html: string, url: string, runs: number, names: string[]) => Record<string, number[]> }).timeBreakdown;
      return bench(document.documentElement.outerHTML, url, runs, ['plain clone', 'casefile']);
    },
    [address, repetitions] as const,
  );
  await page.close();
  return { readability: median(ms['plain clone']!), casefile: median(ms.casefile!) };
}

export async function benchHardPages(): Promise<BenchSection> {
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) return { name: 'hard-pages', skipped: 'no e2e build: run `npm run build:e2e` first' };
  const pages = hardPages().filter((hard) => hard.path !== '/hard/framed-inner.html');
  const script = (
    await build({
      entryPoints: [resolve(import.meta.dirname, 'extraction-breakdown-page.ts')],
      bundle: true,
      minify: true,
      format: 'iife',
      write: false,
      platform: 'browser',
      target: 'chrome120',
      logLevel: 'silent',
    })
  ).outputFiles[0]!.text;
  const server = await startStaticServer(undefined, hardPageMap(hardPages()));
  const casefile = await launchCasefile();
  const rows: string[][] = [['page', 'size', 'first answer ms', 'page answer ms', 'longest block ms', 'Readability ms', 'Casefile ms', 'ratio', 'popup shows']];
  const figures: Record<string, unknown> = {};
  try {
    for (const hard of [...pages, { path: '/report.pdf', name: 'PDF', html: '' }]) {
      const address = server.origin + hard.path;
      const visits: Visit[] = [];
      for (let i = 0; i < repetitions; i++) visits.push(await visit(casefile, address));
      const inPage = hard.html && hard.path !== '/hard/framed.html' ? await inPageTimes(casefile, address, script) : undefined;
      const row = {
        bytes: hard.html.length,
        firstAnswerMs: median(visits.map((v) => v.firstAnswerMs)),
        finalAnswerMs: median(visits.map((v) => v.finalAnswerMs)),
        longestBlockMs: Math.max(...visits.map((v) => v.longestBlockMs)),
        readabilityMs: inPage?.readability,
        casefileMs: inPage?.casefile,
        answer: visits.at(-1)!.answer,
      };
      figures[hard.name] = row;
      rows.push([
        hard.name,
        hard.html ? `${(hard.html.length / 1e6).toFixed(1)} MB` : '',
        row.firstAnswerMs.toFixed(0),
        row.finalAnswerMs.toFixed(0),
        row.longestBlockMs.toFixed(0),
        row.readabilityMs?.toFixed(0) ?? '',
        row.casefileMs?.toFixed(0) ?? '',
        row.readabilityMs && row.casefileMs ? `${(row.casefileMs / row.readabilityMs).toFixed(2)}x` : '',
        row.answer,
      ]);
    }
  } finally {
    await casefile.close();
    await server.close();
  }
  return {
    name: 'hard-pages',
    table: rows,
    notes: [
      `${repetitions} visits per page: answer times are medians, the longest block is the worst visit's.`,
      'first answer: the popup shows the page or a sentence (it answers on its own after 2.5 s); page answer: what the page itself said.',
      'Readability / Casefile: bare Readability on a clone, and Casefile\'s whole extraction (article, metadata, candidates), both timed on the page\'s HTML in its own tab; over the element limit Casefile skips Readability, so its ratio is below 1.',
    ],
    figures,
  };
}
