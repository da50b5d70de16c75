/**
 * Issue #6: "Save page to Casefile" without a selection, and no request
 * leaves the machine from any extension page while a user clips, browses the
 * library and exports a briefing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Casefile, launchCasefile, waitFor } from './extension';
import { type StaticServer, startStaticServer } from './static-server';

let server: StaticServer;
let casefile: Casefile;
const requests: string[] = [];

beforeAll(async () => {
  server = await startStaticServer();
  casefile = await launchCasefile();
  casefile.context.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await casefile?.close();
  await server?.close();
});

describe('privacy and the page menu', () => {
  it('saves the whole page from the context menu, with its lead as the quote', async () => {
    const article = await casefile.context.newPage();
    await article.goto(`${server.origin}/article.html`);
    await casefile.contextMenuClick('casefile-save-page', article, '');
    const library = await casefile.openLibrary();
    const card = library.getByRole('list', { name: 'Clips' }).getByRole('listitem').first();
    await waitFor(async () => (await card.count()) > 0);
    expect(await card.locator('blockquote').textContent()).toBe(
      'New survey figures show how far social media now reaches, and which brands are turning it into sales.',
    );
    expect(await card.getByRole('link').textContent()).toBe("Why brands can't ignore social media in 2016");

    // Use the rest of the extension too: popup, library search, briefing export.
    const popup = await casefile.openPopup(await casefile.tabIdOf(article));
    await popup.getByRole('button', { name: /^Save statistic: According to the Pew/ }).click();
    await popup.getByRole('button', { name: /^Saved/ }).waitFor();
    await library.getByRole('searchbox', { name: 'Search' }).fill('pew');
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export briefing' }).click()]);
    expect(await download.path()).toBeTruthy();
    await popup.close();
    await library.close();
    await article.close();
  });

  it('sent no request anywhere but the test server and the extension itself', () => {
    const outside = requests.filter((url) => !/^(chrome-extension:|blob:|data:|about:)/.test(url) && !url.startsWith(server.origin));
    expect(requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
