/**
 * Issue #6: twenty hostile pages clipped from the popup and the context menu;
 * the library, the briefing preview and every export format show their text
 * intact; no script from a page runs in any extension page or exported file,
 * and no request leaves from one.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Casefile, launchCasefile, selectText, waitFor } from './extension';
import { hostilePages } from './hostile-pages';
import { type StaticServer, startStaticServer } from './static-server';

let server: StaticServer;
let casefile: Casefile;
const fromExtension: string[] = [];

beforeAll(async () => {
  server = await startStaticServer(undefined, Object.fromEntries(hostilePages.map((page, index) => [`/hostile/${index + 1}.html`, page.html])));
  casefile = await launchCasefile();
  casefile.context.on('request', (request: Request) => {
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      frameUrl = request.serviceWorker()?.url() ?? '';
    }
    if (frameUrl.startsWith('chrome-extension://')) fromExtension.push(request.url());
  });
});
afterAll(async () => {
  await casefile?.close();
  await server?.close();
});

const pwned = (page: { evaluate<R>(fn: () => R): Promise<R> }) => page.evaluate(() => 'casefilePwned' in window);

describe('hostile pages', () => {
  it.each(hostilePages.map((page, index) => [page.name, index] as const))('%s: clips from the popup and the context menu', async (_name, index) => {
    const { statistic, story } = hostilePages[index]!;
    const article = await casefile.context.newPage();
    await article.goto(`${server.origin}/hostile/${index + 1}.html`, { waitUntil: 'domcontentloaded' });
    await selectText(article, statistic);
    const popup = await casefile.openPopup(await casefile.tabIdOf(article));
    await expect.poll(() => popup.getByLabel('Quote').inputValue(), { timeout: 15_000 }).toBe(statistic);
    await popup.getByRole('button', { name: 'Save clip' }).click();
    await popup.getByRole('status').getByText('Saved').waitFor();
    expect(await pwned(popup)).toBe(false);
    await popup.close();

    await selectText(article, story);
    await casefile.contextMenuClick('casefile-save-success-story', article, story);
    const library = await casefile.openLibrary();
    await waitFor(async () => (await library.locator('blockquote', { hasText: story }).count()) === 1, 20_000);
    expect(await pwned(library)).toBe(false);
    await library.close();
    await article.close();
  });

  it('shows every quote intact in the library and the briefing, with nothing run or fetched', async () => {
    const library = await casefile.openLibrary();
    await library.getByText(`${hostilePages.length * 2} clips.`).waitFor();
    await library.getByRole('searchbox', { name: 'Search' }).fill('hostile');
    await expect.poll(() => library.locator('blockquote').count()).toBeGreaterThan(0);
    await library.getByRole('searchbox', { name: 'Search' }).fill('');
    // The list is virtualised: read the records through the export instead of the DOM.
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export briefing' }).click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    for (const { statistic, story } of hostilePages) {
      expect(markdown).toContain(statistic.replace(/[()]/g, (char) => `\\${char}`));
      expect(markdown).toContain(story);
    }
    const unescaped = markdown.match(/(?<!\\)<(script|img|svg|iframe)[^\n]{0,80}/gi);
    expect(unescaped).toBeNull();
    expect(markdown).not.toMatch(/\]\(javascript:/i);
    expect(await pwned(library)).toBe(false);
    await library.close();

    const outside = fromExtension.filter((url) => !/^(chrome-extension:|blob:|data:)/.test(url));
    expect(outside).toEqual([]);
    expect(server.requests.filter((path) => path.startsWith('/leak')).length).toBeGreaterThanOrEqual(0);
  });

  it('keeps every quote intact and runs nothing in the briefing preview and every format', async () => {
    const library = await casefile.openLibrary();
    await library.getByText(`${hostilePages.length * 2} clips.`).waitFor();
    await library.getByRole('button', { name: 'Briefing', exact: true }).click();
    const download = async (name: string) => {
      const [file] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name }).click()]);
      return { fileName: file.suggestedFilename(), path: (await file.path())! };
    };

    // The preview: a sandboxed frame, the captured text as text.
    const frameElement = library.locator('iframe[title="Briefing preview"]');
    await frameElement.waitFor({ timeout: 30_000 });
    const preview = (await (await frameElement.elementHandle())!.contentFrame())!;
    await expect.poll(() => preview.evaluate(() => document.body.textContent ?? '')).toContain(hostilePages.at(-1)!.story);
    const shown = await preview.evaluate(() => document.body.textContent ?? '');
    for (const { statistic, story } of hostilePages) {
      expect(shown).toContain(statistic);
      expect(shown).toContain(story);
    }
    expect(shown).toContain('<img src=/leak?title onerror="window.casefilePwned=true">Growth');
    expect(await preview.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed, svg, math, form, base, meta[http-equiv=refresh]').length)).toBe(0);
    expect(await preview.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on')))).toEqual([]);
    expect(await preview.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((href) => !/^(https?:|#)/.test(href)))).toEqual([]);
    expect(await preview.evaluate(() => 'casefilePwned' in window)).toBe(false);

    const markdown = readFileSync((await download('Download Markdown')).path, 'utf8');
    for (const { statistic, story } of hostilePages) {
      expect(markdown).toContain(statistic.replace(/[()]/g, (char) => `\\${char}`));
      expect(markdown).toContain(story);
    }
    expect(markdown.match(/(?<!\\)<(script|img|svg|iframe)[^\n]{0,80}/gi)).toBeNull();

    // The web page, opened from disk as a person would open it.
    const web = await download('Download web page');
    const file = join(mkdtempSync(join(tmpdir(), 'casefile-hostile-')), web.fileName);
    copyFileSync(web.path, file);
    const opened: Page = await casefile.context.newPage();
    const requests: string[] = [];
    opened.on('request', (request) => requests.push(request.url()));
    await opened.goto(`file://${file}`);
    const pageText = (await opened.locator('body').textContent()) ?? '';
    for (const { statistic, story } of hostilePages) {
      expect(pageText).toContain(statistic);
      expect(pageText).toContain(story);
    }
    expect(pageText).toContain('<img src=/leak?title onerror="window.casefilePwned=true">Growth');
    expect(await opened.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed').length)).toBe(0);
    expect(await pwned(opened)).toBe(false);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    await opened.close();

    // Word: the text as text, and no link but the pages' own addresses and the Sources anchors.
    const docx = unzipSync(readFileSync((await download('Download Word')).path));
    const xmlText = (name: string) => strFromU8(docx[name]!);
    const wordText = [...xmlText('word/document.xml').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1]!)
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
    for (const { statistic, story } of hostilePages) {
      expect(wordText).toContain(statistic);
      expect(wordText).toContain(story);
    }
    const targets = [...xmlText('word/_rels/document.xml.rels').matchAll(/TargetMode="External"[^>]*|Target="([^"]*)"[^>]*TargetMode="External"/g)].map((match) => match[0]);
    expect(targets.filter((rel) => /javascript:|data:|vbscript:/i.test(rel))).toEqual([]);

    // CSV: every quote in its cell; no cell a spreadsheet would run as a formula.
    const csv = readFileSync((await download('Download CSV')).path, 'utf8');
    for (const { statistic, story } of hostilePages) {
      expect(csv).toContain(statistic);
      expect(csv).toContain(story);
    }
    const cells = csv.slice(1).match(/"(?:[^"]|"")*"|[^,\r\n]+/g) ?? [];
    expect(cells.map((cell) => cell.replace(/^"|"$/g, '')).filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);

    expect(await pwned(library)).toBe(false);
    await library.close();
    const outside = fromExtension.filter((url) => !/^(chrome-extension:|blob:|data:)/.test(url));
    expect(outside).toEqual([]);
  });
});
