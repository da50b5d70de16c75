/**
 * Issue #4: a link with a search waits for every clip (the newest do not
 * answer it); on a large library it says how far the reading has got, then
 * shows the matches.
 */
import { describe, expect, it } from 'vitest';
import { setUpCasefileAndServer } from './extension';
import { seedClips } from './seed';

const env = setUpCasefileAndServer();
const total = 40_000;

describe('a search link on a large library', () => {
  it('says how many clips have been read, then shows the matches', async () => {
    const seeder = await env.casefile.openLibrary();
    // The library has made its database.
    await seeder.getByText(/^No clips yet/).waitFor();
    await seedClips(seeder, total);
    await seeder.close();

    const library = await env.casefile.context.newPage();
    // Every state of the loading bar, as a screen reader would be told it.
    await library.addInitScript(() => {
      const said: string[] = [];
      (globalThis as { __loadingSaid?: string[] }).__loadingSaid = said;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-label="Loading progress"]');
        const text = bar?.getAttribute('aria-valuetext');
        if (text && said[said.length - 1] !== text) said.push(text);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await library.goto(`chrome-extension://${env.casefile.extensionId}/options.html?q=${encodeURIComponent('number 39999')}`);
    await library.getByText(`1 of ${total} clips match.`).waitFor({ timeout: 60_000 });
    await expect.poll(() => library.locator('.clip-card').count()).toBe(1);
    expect(await library.locator('.clip-card').textContent()).toContain('Seeded figure number 39999');

    const said = await library.evaluate(() => (globalThis as { __loadingSaid?: string[] }).__loadingSaid ?? []);
    // Read in chunks: at least one count short of all of them, rising, out of the right total.
    const counts = said.map((text) => /^([\d,]+) of ([\d,]+) clips read$/.exec(text));
    expect(counts.length).toBeGreaterThan(0);
    for (const match of counts) {
      expect(match).not.toBeNull();
      expect(Number(match![2]!.replace(/,/g, ''))).toBe(total);
    }
    const read = counts.map((match) => Number(match![1]!.replace(/,/g, '')));
    expect(read.some((n) => n > 0 && n < total)).toBe(true);
    expect([...read].sort((a, b) => a - b)).toEqual(read);
    await library.close();
  });
});
