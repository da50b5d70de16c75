/**
 * Issue #6: pages that are hard, not hostile. On each the popup answers,
 * with the article's figures or with a sentence saying what Casefile could
 * not do and what the user can still save. How fast it answers and how long
 * the page is blocked are measured by `npm run bench -- hard-pages`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selectText, setUpCasefileAndServer } from './extension';
import { hardPageMap, hardPages } from './hard-pages';

const pages = hardPages();
const env = setUpCasefileAndServer(hardPageMap(pages));

async function openWithPopup(address: string): Promise<{ page: Page; popup: Page }> {
  const page = await env.casefile.context.newPage();
  await page.goto(address);
  const popup = await env.casefile.openPopup(await env.casefile.tabIdOf(page));
  await popup.getByRole('region', { name: 'Source' }).waitFor();
  return { page, popup };
}

const readable = pages.filter((hard) => hard.statistic && hard.path !== '/hard/framed-inner.html');

describe('pages that are hard to read', () => {
  it.each(readable.map((hard) => [hard.name, hard] as const))('%s: offers the article’s statistic and saves it', async (_name, hard) => {
    const { page, popup } = await openWithPopup(env.server.origin + hard.path);
    const candidate = popup.getByRole('region', { name: 'Statistics' }).getByRole('listitem').filter({ hasText: hard.statistic! });
    await candidate.waitFor();
    expect(await popup.getByRole('note').count()).toBe(0);
    await candidate.getByRole('button', { name: /^Save statistic:/ }).click();
    await expect.poll(() => candidate.getByRole('button', { name: /^Saved/ }).textContent()).toBe('Saved');
    if (hard.path === '/hard/framed.html') {
      // The article is the framed page's: its title is the clip's source.
      expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Figures in a frame');
    }
    if (hard.path === '/hard/right-to-left.html') {
      const quote = popup.getByLabel('Quote');
      expect(await quote.inputValue()).toBe(hard.statistic);
      expect(await quote.getAttribute('dir')).toBe('auto');
      expect(await popup.getByRole('heading', { level: 1 }).getAttribute('dir')).toBe('auto');
      expect(await candidate.locator('mark').allTextContents()).toContain('72%');
    }
    await popup.close();
    await page.close();
  });

  it('a page over the element limit: says so, and saves the passage the user selects', async () => {
    const address = `${env.server.origin}/hard/over-the-limit.html`;
    const first = await openWithPopup(address);
    await expect.poll(() => first.popup.getByRole('note').textContent()).toMatch(/^This page is too large for Casefile to read as an article \(125,\d{3} elements; it reads up to 80,000\)\. Select the passage you want/);
    expect(await first.popup.getByLabel('Quote').inputValue()).toBe('');
    await first.popup.close();

    const statistic = 'According to a 2024 Sprout Social survey, 68% of consumers follow brands on social media to learn about new products.';
    await selectText(first.page, statistic);
    const popup = await env.casefile.openPopup(await env.casefile.tabIdOf(first.page));
    await expect.poll(() => popup.getByLabel('Quote').inputValue()).toBe(statistic);
    await popup.getByRole('button', { name: 'Save clip' }).click();
    await popup.getByRole('status').getByText('Saved').waitFor();
    await popup.close();
    await first.page.close();
  });

  it('a PDF: says Casefile cannot read it, and saves a typed quote with its address', async () => {
    const { page, popup } = await openWithPopup(`${env.server.origin}/report.pdf`);
    await expect.poll(() => popup.getByRole('note').textContent()).toMatch(/^Casefile can't read PDF files yet\./);
    await popup.getByLabel('Quote').fill('72% of teams use social media.');
    await popup.getByRole('button', { name: 'Save clip' }).click();
    await popup.getByRole('status').getByText('Saved').waitFor();
    await popup.close();
    await page.close();
  });

  it('a chrome:// page: says browsers keep their own pages closed', async () => {
    const { page, popup } = await openWithPopup('chrome://version/');
    await expect.poll(() => popup.getByRole('note').textContent()).toMatch(/^Browsers don't let extensions read their own pages\./);
    await popup.close();
    await page.close();
  });

  it('a page too busy to answer: the popup answers on its own, then shows what the page said', async () => {
    const page = await env.casefile.context.newPage();
    await page.goto(`${env.server.origin}/hard/shadow-dom.html`);
    const tabId = await env.casefile.tabIdOf(page);
    // The page's own script holds its thread for 6 s, longer than the popup waits.
    await page.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 6_000;
        while (Date.now() < end) {
          // busy
        }
      }, 100);
    });
    await new Promise((resume) => setTimeout(resume, 300));
    const popup = await env.casefile.openPopup(tabId);
    await expect.poll(() => popup.getByRole('note').textContent()).toMatch(/^This page is taking long to read\. You can still save its address and title/);
    // Typing meanwhile is kept when the page answers.
    await popup.getByLabel('Note').fill('Typed while waiting');
    const candidate = popup.getByRole('region', { name: 'Statistics' }).getByRole('listitem').filter({ hasText: '68% of consumers' });
    await candidate.waitFor({ timeout: 20_000 });
    expect(await popup.getByRole('note').count()).toBe(0);
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Inside a component');
    expect(await popup.getByLabel('Note').inputValue()).toBe('Typed while waiting');
    await popup.close();
    await page.close();
  });
});
