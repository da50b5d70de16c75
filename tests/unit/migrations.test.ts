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

describe.each([{ version: 1, create: createV1Database, records: v1Records }])('a version $version database', ({ create, records }) => {
  it('opens with every clip and source intact, and valid', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    await create(name);
    const db = new CasefileDatabase(name);
    try {
      const items = await listClips(db);
      expect(items.map((item) => item.clip).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...records.clips].sort((a, b) => a.id.localeCompare(b.id)));
      expect(await db.sources.toArray()).toEqual(records.sources);
      for (const item of items) {
        expect(Clip.safeParse(item.clip).success).toBe(true);
        expect(Source.safeParse(item.source).success).toBe(true);
      }
      // The indexes still answer.
      expect(await db.sources.where('canonicalUrl').equals(records.sources[0]!.canonicalUrl).count()).toBe(1);
    } finally {
      await db.delete();
    }
  });
});
