/**
 * Issue #6: MV3 may stop the service worker at any moment. Stopped between
 * every two steps of clipping, Casefile still saves exactly one clip; a save
 * from the popup racing one from the context menu both land.
 */
import { describe, expect, it } from 'vitest';
import { selectText, waitFor, setUpCasefileAndServer } from './extension';

const env = setUpCasefileAndServer();

async function clipQuotes(): Promise<string[]> {
  const library = await env.casefile.openLibrary();
  try {
    // Every clip read: the status line counts them all, or the library says it has none.
    await library.getByText(/^(?:\d[\d,]* clips?\.|No clips yet)/).first().waitFor();
    return await library.locator('.clip-card blockquote').allTextContents();
  } finally {
    await library.close();
  }
}

describe('a stopped service worker', () => {
  it('is woken by each step and saves exactly one clip', async () => {
    const article = await env.casefile.context.newPage();
    await article.goto(`${env.server.origin}/article.html`);
    await selectText(article, 'Younger people are not the only ones signing up');
    await env.casefile.stopServiceWorker();
    // Step 1: the popup opens and asks the (stopped) worker to read the tab.
    const popup = await env.casefile.openPopup(await env.casefile.tabIdOf(article));
    await expect.poll(() => popup.getByLabel('Quote').inputValue()).toBe('Younger people are not the only ones signing up');
    await env.casefile.stopServiceWorker();
    // Step 2: save, with the worker stopped again in between.
    await popup.getByRole('button', { name: 'Save clip' }).click();
    await popup.getByRole('status').getByText('Saved').waitFor();
    await env.casefile.stopServiceWorker();
    // Step 3: the context menu, on a worker that has to start from nothing.
    await selectText(article, 'Customers also expect brands to answer them there.');
    await env.casefile.contextMenuClick('casefile-save-statistic', article, 'Customers also expect brands to answer them there.');
    await waitFor(async () => (await clipQuotes()).length === 2, 20_000);
    expect((await clipQuotes()).sort()).toEqual(['Customers also expect brands to answer them there.', 'Younger people are not the only ones signing up']);
    await popup.close();
    await article.close();
  });

  it('lands both of two racing saves, popup and context menu', async () => {
    const article = await env.casefile.context.newPage();
    await article.goto(`${env.server.origin}/article.html`);
    const popup = await env.casefile.openPopup(await env.casefile.tabIdOf(article));
    await popup.getByRole('button', { name: /^Save statistic: A HubSpot survey/ }).waitFor();
    await selectText(article, 'None of this means every post works.');
    await Promise.all([
      popup.getByRole('button', { name: /^Save statistic: A HubSpot survey/ }).click(),
      env.casefile.contextMenuClick('casefile-save-success-story', article, 'None of this means every post works.'),
    ]);
    await waitFor(async () => (await clipQuotes()).length === 4, 20_000);
    const quotes = await clipQuotes();
    expect(quotes).toContain('None of this means every post works.');
    expect(quotes.some((quote) => quote.startsWith('A HubSpot survey found'))).toBe(true);
    await popup.close();
    await article.close();
  });
});
