import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listClips, saveClip } from '../../lib/clips';
import { CasefileDatabase } from '../../lib/db';
import type { Citation } from '../../lib/schema';
import { sourcesOf, updateSource } from '../../lib/sources';

const page = (n: number): Citation => ({ url: `https://s${n}.example/a`, canonicalUrl: `https://s${n}.example/a`, title: `Page ${n}`, byline: 'Someone', siteName: `Site ${n}` });
const draft = (quote: string) => ({ kind: 'statistic' as const, quote, note: '', tags: [] });
let db: CasefileDatabase;

beforeEach(() => {
  db = new CasefileDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('sources', () => {
  it('lists the pages clips came from with their counts, most clipped first', async () => {
    await saveClip(db, { citation: page(1), articleText: '', draft: draft('One 10%') });
    await saveClip(db, { citation: page(2), articleText: '', draft: draft('Two 20%') });
    await saveClip(db, { citation: page(2), articleText: '', draft: draft('Three 30%') });
    expect(sourcesOf(await listClips(db)).map(({ source, clipCount }) => [source.title, clipCount])).toEqual([
      ['Page 2', 2],
      ['Page 1', 1],
    ]);
  });

  it('fixes a source once for all its clips, and removes an emptied field', async () => {
    const saved = await saveClip(db, { citation: page(1), articleText: 'text', draft: draft('One 10%') });
    const updated = await updateSource(db, saved.source.id, { title: ' Fixed title ', byline: undefined, siteName: 'Site 1', publishedTime: '2016-02-29' });
    expect(updated).toMatchObject({ title: 'Fixed title', siteName: 'Site 1', publishedTime: '2016-02-29' });
    // Its text, kept apart, is untouched.
    expect((await db.sourceTexts.get(saved.source.id))?.text).toBe('text');
    expect(updated && 'byline' in updated).toBe(false);
    const [item] = await listClips(db);
    expect(item?.source?.title).toBe('Fixed title');
  });

  it('refuses a date that is not one and changes nothing', async () => {
    const saved = await saveClip(db, { citation: page(1), articleText: '', draft: draft('One 10%') });
    await expect(updateSource(db, saved.source.id, { title: 'X', publishedTime: '29/02/2016' })).rejects.toThrow();
    expect((await db.sources.get(saved.source.id))?.title).toBe('Page 1');
  });
});
