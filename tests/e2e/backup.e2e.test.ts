/**
 * Issues #5 and #6 end to end: export a backup, refuse a broken one with its
 * reasons and the library unchanged, import a good one with a report, and
 * the reminder after 50 new clips.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Casefile, launchCasefile } from './extension';
import { seedClips } from './seed';

let casefile: Casefile;
let library: Page;

beforeAll(async () => {
  casefile = await launchCasefile();
  library = await casefile.openLibrary();
  await library.getByText('No clips yet.').waitFor();
});
afterAll(async () => {
  await casefile?.close();
});

const clipCount = async () => Number((await library.locator('.hint', { hasText: /clips?\.$/ }).first().textContent())?.match(/\d+/)?.[0] ?? 0);

describe('backups', () => {
  it('reminds after 50 new clips, and exports everything', async () => {
    await seedClips(library, 50);
    await library.reload();
    const reminder = library.getByRole('note').filter({ hasText: 'new clips since' });
    await expect.poll(() => reminder.textContent()).toContain('50 new clips since you started');

    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^casefile-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(backup).toMatchObject({ format: 'casefile-backup', version: 2 });
    expect(backup.clips).toHaveLength(50);
    expect(backup.sources).toHaveLength(1);
    await expect.poll(() => reminder.count()).toBe(0);
    expect(await library.getByRole('region', { name: 'Backup' }).textContent()).toMatch(/Last backup: \d{1,2} \w{3} \d{4}\./);
  });

  it('refuses a broken file whole, naming the problem, and changes nothing', async () => {
    const broken = JSON.stringify({ format: 'casefile-backup', version: 1, exportedAt: '2026-11-29T10:00:00.000Z', sources: [], clips: [{ id: 'x', kind: 'opinion' }] });
    await library.getByLabel('Import backup').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const alert = library.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Casefile did not import broken.json; your library is unchanged.');
    expect(await alert.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await clipCount()).toBe(50);

    await library.getByLabel('Import backup').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"casefile-backup","vers') });
    await expect.poll(() => alert.textContent()).toContain('cut.json');
    expect(await clipCount()).toBe(50);
  });

  it('imports a good file and reports what it added', async () => {
    const fixture = readFileSync(resolve(__dirname, '../fixtures/backups/v1.json'));
    await library.getByLabel('Import backup').setInputFiles({ name: 'v1.json', mimeType: 'application/json', buffer: fixture });
    const status = library.getByRole('region', { name: 'Backup' }).getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/v1\.json: 6 clips added, 0 updated, 0 skipped/);
    await expect.poll(clipCount).toBe(56);
    // Importing the same file again adds nothing.
    await library.getByLabel('Import backup').setInputFiles({ name: 'v1.json', mimeType: 'application/json', buffer: fixture });
    await expect.poll(() => status.textContent()).toMatch(/0 clips added, 0 updated, 6 skipped/);
  });
});
