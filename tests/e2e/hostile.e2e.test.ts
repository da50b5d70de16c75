/**
 * Issue #6: twenty hostile pages clipped from the popup and the context menu;
 * the library and the briefing export show their text intact; no script from
 * a page runs in any extension page and no request leaves from one.
 */
import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
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
});
