/**
 * Issue #4 end to end: the Sources view (pages with clip counts, a page's
 * clips, fixing its citation once), and merging the same figure quoted by two
 * sites, keeping both citations in the briefing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Casefile, launchCasefile, waitFor } from './extension';
import { type StaticServer, startStaticServer } from './static-server';

let server: StaticServer;
let casefile: Casefile;

beforeAll(async () => {
  server = await startStaticServer();
  casefile = await launchCasefile();
  for (const [page, buttons] of [
    ['article.html', [/^Save statistic: According to the Pew/, /^Save statistic: A HubSpot survey/]],
    ['blog-copy.html', [/^Save statistic: Pew found that 72 percent/]],
  ] as const) {
    const tab = await casefile.context.newPage();
    await tab.goto(`${server.origin}/${page}`);
    const popup = await casefile.openPopup(await casefile.tabIdOf(tab));
    for (const name of buttons) {
      await popup.getByRole('button', { name }).click();
      await popup.getByRole('button', { name: /^Saved/ }).first().waitFor();
    }
    await waitFor(async () => (await popup.getByRole('button', { name: /^Saved/ }).count()) === buttons.length);
    await popup.close();
    await tab.close();
  }
});
afterAll(async () => {
  await casefile?.close();
  await server?.close();
});

const cardsOf = (library: Awaited<ReturnType<Casefile['openLibrary']>>) =>
  library.getByRole('list', { name: 'Clips' }).getByRole('listitem').filter({ has: library.getByRole('button', { name: /^Delete clip/ }) });

describe('sources and duplicates', () => {
  it('lists sources with counts, shows a page’s clips, and fixes its details once', async () => {
    const library = await casefile.openLibrary();
    await library.getByRole('button', { name: 'Sources' }).click();
    const sources = library.getByRole('list', { name: 'Sources' }).getByRole('listitem');
    await expect.poll(() => sources.count()).toBe(2);
    const blog = sources.filter({ hasText: 'Growth Blog' });
    expect(await blog.textContent()).toContain('Sam Lee');
    expect(await blog.textContent()).toContain('date unknown · 1 clip');
    expect(await sources.first().textContent()).toContain('2 clips');

    await blog.getByRole('button', { name: /^Edit details:/ }).click();
    const form = library.getByRole('form', { name: 'Edit source' });
    await form.getByLabel('Title').fill('Ten social media stats');
    await form.getByLabel('Published').fill('2016-03-01');
    await form.getByRole('button', { name: 'Save details' }).click();
    await library.getByRole('status').getByText('Source details saved for all its clips.').waitFor();

    await library.getByRole('button', { name: 'Show clips from: Ten social media stats' }).click();
    await expect.poll(() => cardsOf(library).count()).toBe(1);
    expect(await cardsOf(library).first().textContent()).toContain('Ten social media stats');
    expect(await cardsOf(library).first().textContent()).toContain('1 Mar 2016');
    expect(new URL(library.url()).searchParams.get('source')).toMatch(/^[0-9a-f-]{36}$/);
    await library.getByRole('button', { name: 'Show all clips' }).click();
    await expect.poll(() => cardsOf(library).count()).toBe(3);
    await library.close();
  });

  it('marks the same figure from two sites and merges them, citing both in the briefing', async () => {
    const library = await casefile.openLibrary();
    await expect.poll(() => cardsOf(library).count()).toBe(3);
    // By its quote: the other card's duplicate notice quotes this one too.
    const pew = cardsOf(library).filter({ has: library.locator('blockquote', { hasText: 'According to the Pew Research Center' }) });
    expect(await pew.getByRole('note').textContent()).toContain('Likely the same figure as a clip from Growth Blog');
    expect(await cardsOf(library).filter({ hasText: 'HubSpot' }).getByRole('note').count()).toBe(0);

    await pew.getByRole('button', { name: /^Merge with clip from Growth Blog/ }).click();
    await expect.poll(() => cardsOf(library).count()).toBe(2);
    expect(await pew.textContent()).toContain('Also cited in: Growth Blog');
    expect(await pew.getByRole('note').count()).toBe(0);

    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export briefing' }).click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toMatch(/> According to the Pew Research Center, 72% of online adults .* \[\d, \d\]/);
    // The fixed details reach the reference (APA by default): title, site, the new date.
    const blogReference = markdown.split('\n').find((line) => /^\d\. .*Ten social media stats/.test(line));
    expect(blogReference).toContain('2016, March 1');
    expect(blogReference).toContain('Growth Blog');

    // Undo brings the two clips back apart.
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cardsOf(library).count()).toBe(3);
    await library.close();
  });
});
