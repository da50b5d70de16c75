/**
 * Issues #4 and #6: a database written by schema version 1 (each source with
 * its article text inside) opens in this build. Every clip is listed, the
 * text now sits apart from its source, and a backup still carries it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeRawDatabase } from '../fixtures/databases/raw';
import { v1Records } from '../fixtures/databases/v1';
import { type Casefile, launchCasefile } from './extension';

let casefile: Casefile;
beforeAll(async () => {
  casefile = await launchCasefile();
});
afterAll(async () => {
  await casefile?.close();
});

it('upgrades a version-1 database in place, keeping every clip and the source text', async () => {
  const library = await casefile.openLibrary();
  await library.getByText('No clips yet.').waitFor();
  // From a page of the extension that runs no code of its own (the same origin, so the same
  // database): the library's database replaced by the one version 1 wrote.
  await library.goto(`chrome-extension://${casefile.extensionId}/manifest.json`);
  await library.evaluate(
    () => new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('casefile');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }),
  );
  const version = await library.evaluate(writeRawDatabase, { name: 'casefile', schemaVersion: 1, records: { sources: v1Records.sources, clips: v1Records.clips } });
  expect(version).toBe(10);

  await library.goto(`chrome-extension://${casefile.extensionId}/options.html`);
  await library.getByText('2 clips.').waitFor();
  expect(await library.getByRole('listitem').filter({ hasText: 'Some 68% of U.S. adults use Facebook.' }).count()).toBe(1);

  // Stored as version 2 stores it: the source without its text, the text apart.
  const stored = await library.evaluate(async () => {
    const done = (request: IDBRequest) => new Promise<unknown>((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error))));
    const db = (await done(indexedDB.open('casefile'))) as IDBDatabase;
    const transaction = db.transaction(['sources', 'sourceTexts']);
    const sources = (await done(transaction.objectStore('sources').getAll())) as Record<string, unknown>[];
    const texts = (await done(transaction.objectStore('sourceTexts').getAll())) as { text: string }[];
    db.close();
    return { version: db.version, sourceHasText: sources.some((source) => 'text' in source), texts: texts.map((t) => t.text) };
  });
  expect(stored).toEqual({ version: 20, sourceHasText: false, texts: [v1Records.sources[0]!.text] });

  // A backup joins the text back.
  const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export backup' }).click()]);
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(backup.sources).toEqual(v1Records.sources);
  expect(backup.clips).toHaveLength(2);
  await library.close();
});
