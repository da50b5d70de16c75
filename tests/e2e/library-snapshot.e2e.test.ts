/**
 * Issue #4: once the library has run, the next open paints its newest clips
 * from the snapshot it left in localStorage, before the database is read;
 * and when the database changed meanwhile without the library seeing it, the
 * page settles on what the database holds.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpCasefileAndServer } from './extension';
import { seedClips } from './seed';

const env = setUpCasefileAndServer();
const total = 30;
const snapshotKey = 'casefile:first-page:v1';

/** Records the quotes of the first cards painted, and whether the database had been read by then. */
async function watchFirstCards(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const first: { quotes?: string[]; read?: boolean; busy?: boolean } = {};
    Object.assign(globalThis, { __firstCards: first });
    const observer = new MutationObserver(() => {
      const cards = [...document.querySelectorAll('.clip-card blockquote')];
      if (cards.length === 0) return;
      first.quotes = cards.map((quote) => quote.textContent ?? '');
      first.read = performance.getEntriesByName('casefile:first-page-read').length > 0;
      first.busy = document.querySelector('main')?.getAttribute('aria-busy') === 'true';
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}
const firstCards = (page: Page) => page.evaluate(() => (globalThis as { __firstCards?: { quotes?: string[]; read?: boolean; busy?: boolean } }).__firstCards ?? {});

async function openLibrary(): Promise<Page> {
  const page = await env.casefile.context.newPage();
  await watchFirstCards(page);
  await page.goto(`chrome-extension://${env.casefile.extensionId}/options.html`);
  return page;
}

describe('the library opened again', () => {
  it('paints from the snapshot, then shows what the database holds', async () => {
    const seeder = await env.casefile.openLibrary();
    await seeder.getByText(/^No clips yet/).waitFor();
    expect(await seeder.evaluate((key) => localStorage.getItem(key), snapshotKey)).toBeNull();
    await seedClips(seeder, total);
    await seeder.close();

    // The first open has no snapshot: it paints from the database, then leaves a snapshot of the newest clips.
    const first = await openLibrary();
    await first.getByText(`${total} clips.`).waitFor();
    expect(await firstCards(first)).toMatchObject({ read: true, busy: true });
    const snapshot = await first.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { clips: { id: string; quote: string }[] } | null, snapshotKey);
    expect(snapshot?.clips).toHaveLength(24);
    expect(snapshot?.clips[0]?.quote).toMatch(/^Seeded figure number 29:/);
    await first.close();

    // The second paints the snapshot before the database is read.
    const second = await openLibrary();
    await second.getByText(`${total} clips.`).waitFor();
    const painted = await firstCards(second);
    expect(painted).toMatchObject({ read: false, busy: true });
    expect(painted.quotes?.[0]).toMatch(/^Seeded figure number 29:/);
    await second.close();

    // The newest clip deleted straight in the database, with no library page open to see it.
    const newest = snapshot!.clips[0]!.id;
    await (await env.casefile.worker()).evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('casefile');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('clips', 'readwrite');
        transaction.objectStore('clips').delete(id);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    }, newest);

    // The third paints the stale snapshot first (the deleted clip with it), then settles on the database.
    const third = await openLibrary();
    await third.getByText(`${total - 1} clips.`).waitFor();
    const stale = await firstCards(third);
    expect(stale).toMatchObject({ read: false, busy: true });
    expect(stale.quotes?.[0]).toMatch(/^Seeded figure number 29:/);
    // The preview was painted again from the database before the library mounted.
    expect(await third.evaluate(() => performance.getEntriesByName('casefile:first-page-repainted').length)).toBe(1);
    await expect.poll(() => third.locator('.clip-card blockquote').allTextContents()).not.toContainEqual(expect.stringMatching(/^Seeded figure number 29:/));
    await expect.poll(async () => (await third.locator('.clip-card blockquote').first().textContent()) ?? '').toMatch(/^Seeded figure number 28:/);
    expect(await third.locator('main').first().getAttribute('aria-busy')).toBeNull();
    // And the snapshot now leaves it out.
    const rewritten = await third.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { clips: { id: string }[] } | null, snapshotKey);
    expect(rewritten?.clips.map((clip) => clip.id)).not.toContain(newest);
    expect(rewritten?.clips).toHaveLength(24);
    await third.close();
  });

  it('opens as usual when the snapshot is not what it should be', async () => {
    const page = await env.casefile.openLibrary();
    await page.getByText(`${total - 1} clips.`).waitFor();
    for (const broken of ['{"clips": [', JSON.stringify({ clips: [{ id: 1, quote: 'Not a clip' }], sources: [] })]) {
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [snapshotKey, broken]);
      await page.reload();
      await page.getByText(`${total - 1} clips.`).waitFor();
      await expect.poll(async () => (await page.locator('.clip-card blockquote').first().textContent()) ?? '').toMatch(/^Seeded figure number 28:/);
      expect(await page.getByText('Not a clip').count()).toBe(0);
    }
    await page.close();
  });
});
