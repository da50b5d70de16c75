import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBriefing } from '../../lib/briefing/document';
import { briefingMarkdown } from '../../lib/briefing/markdown';
import { defaultBriefingSettings } from '../../lib/briefing/settings';
import { citedSources, listClips, mergeClips, restoreClips, saveClip } from '../../lib/clips';
import { CasefileDatabase } from '../../lib/db';
import { findLikelyDuplicates } from '../../lib/duplicates';
import type { Citation } from '../../lib/schema';

const page = (n: number, site: string): Citation => ({ url: `https://s${n}.example/a`, canonicalUrl: `https://s${n}.example/a`, title: `Page ${n}`, siteName: site });
const draft = (quote: string, tags: string[] = []) => ({ kind: 'statistic' as const, quote, note: '', tags });
let db: CasefileDatabase;

beforeEach(() => {
  db = new CasefileDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('findLikelyDuplicates', () => {
  it('pairs the same figure about the same thing on two sites, and nothing else', async () => {
    const pew = await saveClip(db, { citation: page(1, 'Pew'), articleText: '', draft: draft('72% of online adults in the U.S. used Facebook in 2015.') });
    const blog = await saveClip(db, { citation: page(2, 'Blog'), articleText: '', draft: draft('Pew found that 72 percent of online U.S. adults used Facebook (2015).') });
    // Same figure, another subject.
    await saveClip(db, { citation: page(3, 'Other'), articleText: '', draft: draft('72% of marketers plan to raise video budgets next year.') });
    // Same subject and figure on the same page is the popup's business, not this.
    await saveClip(db, { citation: page(1, 'Pew'), articleText: '', draft: draft('In 2015, 72% of online adults used Facebook, Pew says.') });
    // A year alone is not a shared figure.
    await saveClip(db, { citation: page(4, 'Years'), articleText: '', draft: draft('Online adults used Facebook more in 2015 than before.') });
    const duplicates = findLikelyDuplicates(await listClips(db));
    expect(duplicates.get(pew.clip.id)).toEqual([blog.clip.id]);
    expect(duplicates.get(blog.clip.id)?.length).toBe(2);
    expect(duplicates.size).toBe(3);
  });
});

describe('mergeClips', () => {
  it('keeps one clip citing both pages, joins tags and notes, and Undo restores both', async () => {
    const pew = await saveClip(db, { citation: page(1, 'Pew'), articleText: '', draft: { ...draft('72% of online adults used Facebook in 2015.', ['reach']), note: 'from Pew' } });
    const blog = await saveClip(db, { citation: page(2, 'Blog'), articleText: '', draft: { ...draft('72% of online adults used Facebook.', ['facebook']), note: 'blog copy' } });
    const before = await mergeClips(db, pew.clip.id, blog.clip.id);
    const items = await listClips(db);
    expect(items).toHaveLength(1);
    const [merged] = items;
    expect(merged?.clip).toMatchObject({
      id: pew.clip.id,
      tags: ['reach', 'facebook'],
      note: 'from Pew\nblog copy',
      alsoCitedIn: [{ sourceId: blog.source.id, quote: '72% of online adults used Facebook.' }],
    });
    expect(merged?.alsoSources?.map((s) => s.siteName)).toEqual(['Blog']);
    expect(findLikelyDuplicates(items).size).toBe(0);

    const markdown = briefingMarkdown(buildBriefing({ settings: defaultBriefingSettings('2026-11-29'), clips: items.map((i) => i.clip), sources: citedSources(items) }));
    expect(markdown).toContain('> 72% of online adults used Facebook in 2015. [1, 2]');
    expect(markdown).toMatch(/^2\. .*Page 2.*Blog/m);

    await restoreClips(db, before);
    expect(await db.clips.get(pew.clip.id)).toEqual(pew.clip);
    expect(await db.clips.get(blog.clip.id)).toEqual(blog.clip);
  });
});
