/**
 * Every backup Casefile has ever written imports forever: each file in
 * tests/fixtures/backups/ (one per version, never edited once committed)
 * must import into an empty library with the counts listed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupVersion, exportBackup, importBackup, parseBackup } from '../../lib/backup';
import { CasefileDatabase } from '../../lib/db';
import { Clip, Source } from '../../lib/schema';

const dir = resolve(__dirname, '../fixtures/backups');
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();

/** What each fixture holds. A new fixture needs an entry here. */
const expected: Record<string, { version: number; sources: number; clips: number }> = {
  'v1.json': { version: 1, sources: 3, clips: 6 },
  'v2.json': { version: 2, sources: 3, clips: 6 },
};

const opened: CasefileDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('backup fixtures', () => {
  it('has a fixture for every version up to the current one', () => {
    for (let version = 1; version <= backupVersion; version += 1) expect(files).toContain(`v${version}.json`);
  });

  it.each(files)('%s imports into an empty library', async (name) => {
    const want = expected[name];
    expect(want, `add ${name} to the expected counts in this test`).toBeDefined();
    if (!want) return;
    const text = readFileSync(resolve(dir, name), 'utf8');
    const raw = JSON.parse(text) as { version: number; sources: unknown[]; clips: unknown[] };
    expect(raw.version).toBe(want.version);
    expect([raw.sources.length, raw.clips.length]).toEqual([want.sources, want.clips]);

    const parsed = parseBackup(text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.backup.version).toBe(backupVersion);

    const db = new CasefileDatabase(`test-${crypto.randomUUID()}`);
    opened.push(db);
    const report = await importBackup(db, parsed.backup);
    expect(report).toEqual({ clipsAdded: want.clips, clipsUpdated: 0, clipsSkipped: 0, sourcesAdded: want.sources });
    expect(await db.sources.count()).toBe(want.sources);
    expect(await db.clips.count()).toBe(want.clips);
    for (const source of await db.sources.toArray()) Source.parse(source);
    for (const clip of await db.clips.toArray()) Clip.parse(clip);

    // What was imported exports again and imports again, unchanged.
    const again = parseBackup(await exportBackup(db));
    expect(again.ok && again.backup.clips.length).toBe(want.clips);
    expect(await importBackup(db, parsed.backup)).toEqual({ clipsAdded: 0, clipsUpdated: 0, clipsSkipped: want.clips, sourcesAdded: 0 });
  });
});
