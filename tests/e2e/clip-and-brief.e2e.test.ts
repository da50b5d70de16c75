/**
 * Issue #2 end to end: clip from the popup and the context menu (also after
 * the service worker was stopped), see the clips in the library, delete one,
 * export the Markdown briefing and read the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectText, setUpCasefileAndServer, waitFor } from './extension';

const env = setUpCasefileAndServer();

const statistic = '72% of online adults in the U.S. used Facebook in 2015';
const story = 'After moving its customer support to Twitter, Comcast cut its average response time by 40%';
const storyAfterRestart = "Blendtec's \"Will It Blend?\" videos on YouTube lifted the blender maker's retail sales by 700%";

async function clipCount(): Promise<number> {
  const library = await env.casefile.openLibrary();
  try {
    // Every clip read: the status line counts them all, or the library says it has none.
    await library.getByText(/^(?:\d[\d,]* clips?\.|No clips yet)/).first().waitFor();
    return await library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ has: library.getByRole('button', { name: /^Delete clip/ }) }).count();
  } finally {
    await library.close();
  }
}

describe('Casefile, from clip to briefing', () => {
  it('saves a selection from the popup as a statistic with a note', async () => {
    const article = await env.casefile.context.newPage();
    await article.goto(`${env.server.origin}/article.html`);
    await selectText(article, statistic);
    const popup = await env.casefile.openPopup(await env.casefile.tabIdOf(article));

    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe("Why brands can't ignore social media in 2016");
    const meta = await popup.getByRole('region', { name: 'Source' }).textContent();
    expect(meta).toContain('Social Desk');
    expect(meta).toContain('Dana Whitfield');
    expect(meta).toContain('29 Feb 2016');
    expect(await popup.getByLabel('Quote').inputValue()).toBe(statistic);

    await popup.getByRole('radio', { name: 'Statistic' }).check();
    await popup.getByLabel('Note').fill('Lead with this on slide 1');
    await popup.getByLabel('Tags').fill('facebook, reach');
    await popup.getByRole('button', { name: 'Save clip' }).click();
    await popup.getByRole('status').getByText('Saved').waitFor();
    await popup.getByText('This page has 1 clip.').waitFor();
    await popup.close();
    await article.close();
  });

  it('saves a selection as a success story from the context menu, and badges the page', async () => {
    const article = await env.casefile.context.newPage();
    await article.goto(`${env.server.origin}/article.html`);
    await selectText(article, story);
    await env.casefile.contextMenuClick('casefile-save-success-story', article, story);
    await waitFor(async () => (await clipCount()) === 2, 20_000);
    const tabId = await env.casefile.tabIdOf(article);
    const badge = await (await env.casefile.worker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('2');
    await article.close();
  });

  it('still saves from the context menu after the service worker was stopped', async () => {
    // A mark in the worker's memory: gone after a real restart.
    await (await env.casefile.worker()).evaluate(() => Object.assign(globalThis, { casefileTestMark: true }));
    await env.casefile.stopServiceWorker();
    const article = await env.casefile.context.newPage();
    await article.goto(`${env.server.origin}/article.html`);
    await selectText(article, storyAfterRestart);
    expect(await (await env.casefile.worker()).evaluate(() => 'casefileTestMark' in globalThis)).toBe(false);
    await env.casefile.contextMenuClick('casefile-save-success-story', article, storyAfterRestart);
    await waitFor(async () => (await clipCount()) === 3, 20_000);
    await article.close();
  });

  it('lists the clips with their source, deletes one, and exports the briefing', async () => {
    const library = await env.casefile.openLibrary();
    const clips = library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ has: library.getByRole('button', { name: /^Delete clip/ }) });
    await expect.poll(() => clips.count()).toBe(3);

    // Newest first: the story saved after the restart leads.
    expect(await clips.nth(0).textContent()).toContain('Blendtec');
    const statisticCard = clips.filter({ hasText: statistic });
    const text = await statisticCard.textContent();
    expect(text).toContain('Statistic');
    expect(text).toContain('Lead with this on slide 1');
    expect(text).toContain('facebook');
    expect(text).toContain('Social Desk');
    expect(text).toContain('29 Feb 2016');
    expect(await statisticCard.getByRole('link').getAttribute('href')).toBe('http://127.0.0.1/social/why-brands-cant-ignore-social-media');

    await clips.filter({ hasText: 'Blendtec' }).getByRole('button', { name: /^Delete clip/ }).click();
    await expect.poll(() => clips.count()).toBe(2);

    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export briefing' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^casefile-briefing-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['# Evidence briefing', '## Statistics', '## Success stories', '## Sources']);
    expect(markdown).toContain(`> ${statistic} [1]`);
    expect(markdown).toContain('> After moving its customer support to Twitter, Comcast cut its average response time by 40% [1]');
    expect(markdown).not.toContain('Blendtec');
    // The reference: author, title, site, published date, URL, accessed date.
    const reference = markdown.split('\n').find((line) => line.startsWith('1. '))!;
    for (const part of ['Whitfield', 'Why brands can', 'Social Desk', '2016', 'http://127.0.0.1/social/why-brands-cant-ignore-social-media']) {
      expect(reference).toContain(part);
    }
    expect(reference).toMatch(/\b2026\b/);
    await library.close();
  });
});
