/** Writes many clips straight into Casefile's IndexedDB from an extension page. */
import type { Page } from 'playwright-core';

/**
 * Seeds `count` statistics from one source; the page must be an extension page
 * that has opened the database. `padding` lengthens each quote by that many
 * characters of prose, for exports that must take a while.
 */
export async function seedClips(page: Page, count: number, { padding = 0 } = {}): Promise<void> {
  await page.evaluate(async ({ total, padding }) => {
    const prose = ' Respondents were asked how often they use the service, and most said daily.'.repeat(Math.ceil(padding / 76)).slice(0, padding);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('casefile');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const sourceId = crypto.randomUUID();
    const transaction = db.transaction(['sources', 'clips'], 'readwrite');
    transaction.objectStore('sources').put({
      id: sourceId,
      // Each seeding is a page of its own: canonical URLs are unique.
      url: `https://seed.example/report/${sourceId}`,
      canonicalUrl: `https://seed.example/report/${sourceId}`,
      title: 'Seeded report',
      siteName: 'Seed Site',
      capturedAt: '2026-01-01T00:00:00.000Z',
    });
    const clips = transaction.objectStore('clips');
    for (let n = 0; n < total; n++) {
      const time = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
      clips.put({
        id: crypto.randomUUID(),
        sourceId,
        kind: 'statistic',
        quote: `Seeded figure number ${n}: ${n % 100}% of respondents agreed.${prose}`,
        note: '',
        tags: n % 2 ? ['odd'] : ['even'],
        createdAt: time,
        updatedAt: time,
      });
    }
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(new Error(`Seeding failed: ${transaction.error?.message}`));
    });
    db.close();
  }, { total: count, padding });
}
