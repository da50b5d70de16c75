/**
 * Issue #6: every schema version's database opens in the current code with
 * every clip intact. A new `db.version(n)` adds a fixture under
 * tests/fixtures/databases/ and a case here.
 */
import { describe, expect, it } from 'vitest';
import { listClips } from '../../lib/clips';
import { CasefileDatabase } from '../../lib/db';
import { Clip, Source } from '../../lib/schema';
import { createV1Database, v1Records } from '../fixtures/databases/v1';
import { createV2Database, v2Records } from '../fixtures/databases/v2';

// What every version's database holds once the current code has opened it: since version 2, each
// source's text apart from the source (issue #4).
const current = v2Records;

describe.each([
  { version: 1, create: createV1Database, records: v1Records },
  { version: 2, create: createV2Database, records: v2Records },
])('a version $version database', ({ create, records }) => {
  it('opens with every clip and source intact, and valid', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    await create(name);
    const db = new CasefileDatabase(name);
    try {
      const items = await listClips(db);
      expect(items.map((item) => item.clip).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...records.clips].sort((a, b) => a.id.localeCompare(b.id)));
      expect(await db.sources.toArray()).toEqual(current.sources);
      expect(await db.sourceTexts.toArray()).toEqual(current.sourceTexts);
      for (const item of items) {
        expect(Clip.safeParse(item.clip).success).toBe(true);
        expect(Source.safeParse(item.source).success).toBe(true);
        expect(item.source).not.toHaveProperty('text');
      }
      // The indexes still answer.
      expect(await db.sources.where('canonicalUrl').equals(records.sources[0]!.canonicalUrl).count()).toBe(1);
    } finally {
      await db.delete();
    }
  });
});

it('moves every source text out of its source, and stores none for a page saved without one', async () => {
  const name = `migration-${crypto.randomUUID()}`;
  await createV1Database(name);
  // A second page, clipped from a selection only: its text is empty.
  const raw = await new Promise<IDBDatabase>((resolve) => {
    const request = indexedDB.open(name, 10);
    request.onsuccess = () => resolve(request.result);
  });
  const bare = { id: '6b2a4c3d-9e5f-4a7b-8c9d-0e1f2a3b4c5d', url: 'https://bare.example/', canonicalUrl: 'https://bare.example/', title: 'Bare', text: '', capturedAt: '2026-11-23T09:00:00.000Z' };
  await new Promise<void>((resolve) => {
    const transaction = raw.transaction('sources', 'readwrite');
    transaction.objectStore('sources').put(bare);
    transaction.oncomplete = () => resolve();
  });
  raw.close();
  const db = new CasefileDatabase(name);
  try {
    const { text: _empty, ...bareSource } = bare;
    expect(await db.sources.get(bare.id)).toEqual(bareSource);
    expect(await db.sourceTexts.get(bare.id)).toBeUndefined();
    expect(await db.sourceTexts.count()).toBe(1);
  } finally {
    await db.delete();
  }
});
