/**
 * Issue #5 end to end: build a briefing in the options page — title, audience,
 * summary, key figures, order, outline, renamed section — and download it.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Casefile, launchCasefile, waitFor } from './extension';
import { type StaticServer, startStaticServer } from './static-server';

let server: StaticServer;
let casefile: Casefile;
let library: Page;

beforeAll(async () => {
  server = await startStaticServer();
  casefile = await launchCasefile();
  const tab = await casefile.context.newPage();
  await tab.goto(`${server.origin}/article.html`);
  const popup = await casefile.openPopup(await casefile.tabIdOf(tab));
  const buttons = [/^Save statistic: According to the Pew/, /^Save statistic: A HubSpot survey/, /^Save success story: After moving/, /^Save success story: Blendtec/];
  for (const name of buttons) await popup.getByRole('button', { name }).click();
  await waitFor(async () => (await popup.getByRole('button', { name: /^Saved/ }).count()) === buttons.length);
  await popup.close();
  await tab.close();
  library = await casefile.openLibrary();
});
afterAll(async () => {
  await casefile?.close();
  await server?.close();
});

async function download(name: string): Promise<{ fileName: string; path: string }> {
  const [file] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name }).click()]);
  return { fileName: file.suggestedFilename(), path: (await file.path())! };
}

describe('the briefing builder', () => {
  it('makes the case with key figures, the user’s order and a renamed section', async () => {
    // A starred statistic leads as a key figure.
    await library.getByRole('button', { name: /^Key figure: A HubSpot survey/ }).click();
    await expect.poll(() => library.getByRole('button', { name: /^Key figure: A HubSpot survey/ }).getAttribute('aria-pressed')).toBe('true');

    await library.getByRole('button', { name: 'Briefing', exact: true }).click();
    const builder = library.getByRole('region', { name: 'Briefing' });
    await builder.getByLabel('Title', { exact: true }).fill('Why social media deserves a budget');
    await builder.getByLabel('For', { exact: true }).fill('Head of Marketing');
    await builder.getByLabel('Prepared by', { exact: true }).fill('Alex Rivera');
    await builder.getByLabel('Opening summary', { exact: true }).fill('We ask for one person, half time, on social media.\n\nThe figures below show why.');
    await builder.getByRole('radio', { name: 'Make the case' }).check();
    await builder.getByLabel('Heading for “Who is doing it”').fill('Companies already winning');

    // Blendtec before Comcast.
    const order = builder.getByRole('list', { name: 'Briefing clips in order' }).getByRole('listitem');
    await expect.poll(() => order.count()).toBe(4);
    expect(await order.nth(0).textContent()).toContain('Blendtec');
    await builder.getByRole('button', { name: /^Move down: Blendtec/ }).click();
    await builder.getByRole('button', { name: /^Move up: Blendtec/ }).click();
    await builder.getByRole('button', { name: /^Move down: Blendtec/ }).click();
    expect(await order.nth(1).textContent()).toContain('Blendtec');

    const { fileName, path } = await download('Download Markdown');
    expect(fileName).toMatch(/^casefile-why-social-media-deserves-a-budget-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync(path, 'utf8');
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Why social media deserves a budget',
      '## Key figures',
      '## The ask',
      '## The numbers',
      '## Companies already winning',
      '## Sources',
    ]);
    expect(markdown).toContain('For: Head of Marketing');
    expect(markdown).toContain('Prepared by Alex Rivera,');
    expect(markdown).toContain('We ask for one person, half time, on social media.\n\nThe figures below show why.');
    const keyFigures = markdown.slice(markdown.indexOf('## Key figures'), markdown.indexOf('## The ask'));
    expect(keyFigures).toContain('A HubSpot survey found that 71%');
    const winners = markdown.slice(markdown.indexOf('## Companies already winning'), markdown.indexOf('## Sources'));
    expect(winners.indexOf('Comcast')).toBeGreaterThan(-1);
    expect(winners.indexOf('Blendtec')).toBeGreaterThan(-1);
    expect(winners.indexOf('Comcast')).toBeLessThan(winners.indexOf('Blendtec'));
    expect(markdown).toMatch(/\*\*Stale: data from 2015\.\*\*/);
  });

  it('previews the briefing exactly as the web page, in a frame that runs nothing', async () => {
    const preview = library.frameLocator('iframe[title="Briefing preview"]');
    await expect.poll(() => preview.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Why social media deserves a budget');
    expect(await preview.getByRole('heading', { name: 'Companies already winning' }).count()).toBe(1);
    expect(await library.getByRole('button', { name: 'Print / Save as PDF' }).isEnabled()).toBe(true);
    expect(await library.locator('iframe[title="Briefing preview"]').getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
  });

  it('downloads a web page that opens offline and runs no script', async () => {
    const { fileName, path } = await download('Download web page');
    expect(fileName).toMatch(/\.html$/);
    const html = readFileSync(path, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Content-Security-Policy');
    const page = await casefile.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // Opened as a person would open the downloaded file, by its .html name.
    const file = join(mkdtempSync(join(tmpdir(), 'casefile-html-')), fileName);
    copyFileSync(path, file);
    await page.goto(`file://${file}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Why social media deserves a budget');
    expect(await page.locator('a[href^="#source-"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    await page.close();
  });

  it('downloads a Word file with headings, quotes and citations', async () => {
    const { fileName, path } = await download('Download Word');
    expect(fileName).toMatch(/\.docx$/);
    const files = unzipSync(readFileSync(path));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('Why social media deserves a budget');
    expect(xml).toContain('Companies already winning');
    expect(xml).toContain('A HubSpot survey found that 71%');
    expect(xml).toMatch(/w:anchor="source_1"/);
  });

  it('downloads a CSV with a row per clip, readable by spreadsheets', async () => {
    const { fileName, path } = await download('Download CSV');
    expect(fileName).toMatch(/\.csv$/);
    const csv = readFileSync(path, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^id,kind,quote/);
    expect(csv).toContain('Comcast');
  });

  it('remembers the settings after a reload', async () => {
    await library.reload();
    const builder = library.getByRole('region', { name: 'Briefing' });
    await expect.poll(() => builder.getByLabel('Title', { exact: true }).inputValue()).toBe('Why social media deserves a budget');
    expect(await builder.getByLabel('For', { exact: true }).inputValue()).toBe('Head of Marketing');
  });
});
