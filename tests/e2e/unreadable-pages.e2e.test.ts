/**
 * Issue #2: pages Casefile cannot read, or that have no article, still let
 * the user save a quote with the page's address and title.
 */
import { describe, expect, it } from 'vitest';
import { selectText, setUpCasefileAndServer } from './extension';

const env = setUpCasefileAndServer();

describe('pages without an article', () => {
  it('explains a page the browser forbids, and still saves a typed quote', async () => {
    // An extension's own page: no extension may script it, as with chrome:// pages.
    const forbidden = await env.casefile.openLibrary();
    const popup = await env.casefile.openPopup(await env.casefile.tabIdOf(forbidden));
    await expect.poll(() => popup.getByRole('note').textContent()).toContain("Browsers don't let extensions read their own pages.");
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Casefile library');
    expect(await popup.getByLabel('Quote').inputValue()).toBe('');
    await popup.getByRole('button', { name: 'Save clip' }).click();
    await popup.getByRole('alert').getByText('Type or paste a quote to save.').waitFor();
    await popup.getByLabel('Quote').fill('Half of our leads came from LinkedIn last quarter.');
    await popup.getByRole('button', { name: 'Save clip' }).click();
    await popup.getByRole('status').getByText('Saved').waitFor();
    await popup.close();
    await forbidden.close();
  });

  it('clips the selection on a page that has no article, with its title and URL', async () => {
    const page = await env.casefile.context.newPage();
    await page.goto(`${env.server.origin}/no-article.html`);
    await selectText(page, '3 in 10 shoppers found a product on Instagram.');
    const popup = await env.casefile.openPopup(await env.casefile.tabIdOf(page));
    await expect.poll(() => popup.getByLabel('Quote').inputValue()).toBe('3 in 10 shoppers found a product on Instagram.');
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Quick facts');
    expect(await popup.getByRole('region', { name: 'Source' }).textContent()).toContain('date unknown');
    await popup.getByRole('button', { name: 'Save clip' }).click();
    await popup.getByRole('status').getByText('Saved').waitFor();

    const library = await env.casefile.openLibrary();
    const card = library.getByRole('listitem').filter({ hasText: '3 in 10 shoppers' });
    await card.waitFor();
    expect(await card.getByRole('link', { name: 'Quick facts' }).getAttribute('href')).toBe(`${env.server.origin}/no-article.html`);
    await library.close();
    await popup.close();
    await page.close();
  });
});
