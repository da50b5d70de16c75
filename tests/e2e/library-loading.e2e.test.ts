/**
 * Issue #4: a link with a search needs every clip (the newest do not answer
 * it); on a large library it says how far the reading has got, shows the
 * matches among the clips read so far as it goes, then all of them.
 */
import { describe, expect, it } from 'vitest';
import { setUpCasefileAndServer } from './extension';
import { seedClips } from './seed';

const env = setUpCasefileAndServer();
const total = 40_000;

describe('a search link on a large library', () => {
  it('says how many clips have been read, shows the matches found so far, then all of them', async () => {
    const seeder = await env.casefile.openLibrary();
    // The library has made its database.
    await seeder.getByText(/^No clips yet/).waitFor();
    await seedClips(seeder, total);
    await seeder.close();

    const library = await env.casefile.context.newPage();
    // Every state of the loading bar, as a screen reader would be told it.
    await library.addInitScript(() => {
      const said: string[] = [];
      // What the page said while the bar was still short of the end, and how many cards it showed then.
      const whileReading: { heading: string; cards: number }[] = [];
      Object.assign(globalThis, { __loadingSaid: said, __whileReading: whileReading });
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-label="Loading progress"]');
        const text = bar?.getAttribute('aria-valuetext');
        if (text && said[said.length - 1] !== text) said.push(text);
        const heading = bar?.parentElement?.querySelector('p')?.textContent ?? '';
        const cards = document.querySelectorAll('.clip-card').length;
        const last = whileReading[whileReading.length - 1];
        if (bar && Number(bar.getAttribute('aria-valuenow')) < Number(bar.getAttribute('aria-valuemax')) && (last?.heading !== heading || last.cards !== cards)) {
          whileReading.push({ heading, cards });
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    // "1234" finds 1234 and 12340 to 12349 (word prefixes): 11 old clips, none among the newest, spread over the chunks the library reads.
    await library.goto(`chrome-extension://${env.casefile.extensionId}/options.html?q=${encodeURIComponent('number 1234')}`);
    await library.getByText(`11 of ${total} clips match.`).waitFor({ timeout: 60_000 });
    // Newest first: 12349 at the top (the list shows as many cards as fit).
    await expect.poll(() => library.locator('.clip-card').first().textContent()).toContain('Seeded figure number 12349');

    // Before the last chunk was read, some matches were on screen, and the page said they were only those found so far.
    const whileReading = await library.evaluate(() => (globalThis as { __whileReading?: { heading: string; cards: number }[] }).__whileReading ?? []);
    const early = whileReading.filter(({ cards }) => cards > 0);
    expect(early.length).toBeGreaterThan(0);
    for (const { heading, cards } of early) {
      const found = /^Still reading your clips: (\d+) match(?:es)? so far\.$/.exec(heading);
      expect(found, heading).not.toBeNull();
      expect(Number(found![1])).toBeGreaterThanOrEqual(cards);
      expect(Number(found![1])).toBeLessThanOrEqual(11);
    }

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
