import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeClips, countPageClips, deleteClip, deleteClips, listClips, pageKey, parseTags, quoteKey, restoreClips, saveClip, updateClip } from '../../lib/clips';
import { CasefileDatabase } from '../../lib/db';
import type { Citation, ClipDraft } from '../../lib/schema';

const citation: Citation = {
  url: 'https://news.example/social#comments',
  canonicalUrl: 'https://news.example/social',
  title: 'Social media use in 2016',
  byline: 'Jane Doe',
  siteName: 'News Example',
  publishedTime: '2016-02-29',
};
const draft: ClipDraft = { kind: 'statistic', quote: ' 72% of adults use Facebook. ', note: 'for Q3', tags: ['social', 'Social', ' pew '] };

let clockTime = Date.parse('2026-11-29T10:00:00Z');
const clock = { now: () => new Date((clockTime += 1000)) };
let db: CasefileDatabase;

beforeEach(() => {
  db = new CasefileDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveClip', () => {
  it('saves the clip and its source in one go, tidying quote, note and tags', async () => {
    const saved = await saveClip(db, { citation, articleText: 'Full text.', draft }, clock);
    expect(saved.pageClipCount).toBe(1);
    expect(saved.clip).toMatchObject({ kind: 'statistic', quote: '72% of adults use Facebook.', note: 'for Q3', tags: ['social', 'pew'] });
    expect(saved.clip.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.source).toMatchObject({ title: citation.title, canonicalUrl: 'https://news.example/social' });
    expect(await db.sourceTexts.get(saved.source.id)).toEqual({ id: saved.source.id, text: 'Full text.' });
    expect(await db.clips.count()).toBe(1);
    expect(await db.sources.count()).toBe(1);
  });

  it('reuses the source when the same page is clipped again', async () => {
    const first = await saveClip(db, { citation, articleText: 'Full text.', draft }, clock);
    const second = await saveClip(
      db,
      { citation: { ...citation, url: 'https://news.example/social' }, articleText: 'Full text.', draft: { ...draft, kind: 'success-story', quote: 'Comcast cut response times by 40%.' } },
      clock,
    );
    expect(second.source.id).toBe(first.source.id);
    expect(second.pageClipCount).toBe(2);
    expect(await db.sources.count()).toBe(1);
    expect(await countPageClips(db, 'https://news.example/social#top')).toBe(2);
  });

  it('refuses an empty quote and writes nothing', async () => {
    await expect(saveClip(db, { citation, articleText: '', draft: { ...draft, quote: '' } }, clock)).rejects.toThrow();
    expect(await db.clips.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
  });

  it('gives a page first clipped without an article its text later', async () => {
    await saveClip(db, { citation, articleText: '', draft }, clock);
    expect(await db.sourceTexts.count()).toBe(0);
    const again = await saveClip(db, { citation, articleText: 'Now readable.', draft }, clock);
    expect(await db.sourceTexts.get(again.source.id)).toEqual({ id: again.source.id, text: 'Now readable.' });
    // Saved apart from the source: the library reads sources without their texts (issue #4).
    expect(await db.sources.get(again.source.id)).not.toHaveProperty('text');
    // A text once kept is not replaced by a later save's.
    await saveClip(db, { citation, articleText: 'Changed since.', draft: { ...draft, quote: 'Another quote' } }, clock);
    expect((await db.sourceTexts.get(again.source.id))!.text).toBe('Now readable.');
  });
});

describe('listClips and deleteClip', () => {
  it('lists newest first with sources, and deletes one', async () => {
    const older = await saveClip(db, { citation, articleText: '', draft }, clock);
    const newer = await saveClip(db, { citation, articleText: '', draft: { ...draft, quote: 'Newer' } }, clock);
    const listed = await listClips(db);
    expect(listed.map((item) => item.clip.id)).toEqual([newer.clip.id, older.clip.id]);
    expect(listed[0]?.source?.title).toBe(citation.title);
    await deleteClip(db, older.clip.id);
    expect((await listClips(db)).map((item) => item.clip.id)).toEqual([newer.clip.id]);
  });
});

describe('helpers', () => {
  it('parses comma separated tags', () => {
    expect(parseTags('social, Pew , social,,b2b')).toEqual(['social', 'Pew', 'b2b']);
    expect(parseTags('  ')).toEqual([]);
  });
  it('keys a page by its URL without the fragment', () => {
    expect(pageKey('https://a.example/x?y=1#z')).toBe('https://a.example/x?y=1');
  });
});

describe('updateClip', () => {
  it('changes kind, quote, note and tags, and stamps updatedAt', async () => {
    const saved = await saveClip(db, { citation, articleText: '', draft }, clock);
    const updated = await updateClip(db, saved.clip.id, { kind: 'success-story', note: ' better ', tags: ['a', 'A', 'b'] }, clock);
    expect(updated).toMatchObject({ kind: 'success-story', note: 'better', tags: ['a', 'b'], quote: saved.clip.quote, createdAt: saved.clip.createdAt });
    expect(updated!.updatedAt > saved.clip.updatedAt).toBe(true);
    expect(await db.clips.get(saved.clip.id)).toEqual(updated);
  });
  it('refuses an empty quote and leaves the clip as it was', async () => {
    const saved = await saveClip(db, { citation, articleText: '', draft }, clock);
    await expect(updateClip(db, saved.clip.id, { quote: '  ' }, clock)).rejects.toThrow();
    expect(await db.clips.get(saved.clip.id)).toEqual(saved.clip);
  });
  it('says when the clip is gone', async () => {
    expect(await updateClip(db, crypto.randomUUID(), { note: 'x' }, clock)).toBeUndefined();
  });
});

describe('duplicates', () => {
  it('keeps one copy of the same quote from the same page', async () => {
    const first = await saveClip(db, { citation, articleText: '', draft }, clock);
    const again = await saveClip(db, { citation, articleText: '', draft: { ...draft, quote: '72%  of ADULTS use Facebook.', note: 'other' } }, clock);
    expect(first.alreadySaved).toBe(false);
    expect(again.alreadySaved).toBe(true);
    expect(again.clip.id).toBe(first.clip.id);
    expect(again.pageClipCount).toBe(1);
    expect(await db.clips.count()).toBe(1);
  });
  it('keeps the same quote from another page', async () => {
    await saveClip(db, { citation, articleText: '', draft }, clock);
    const other = await saveClip(db, { citation: { ...citation, url: 'https://b.example/', canonicalUrl: 'https://b.example/' }, articleText: '', draft }, clock);
    expect(other.alreadySaved).toBe(false);
    expect(await db.clips.count()).toBe(2);
  });
  it('compares quotes as a reader would', () => {
    expect(quoteKey('It’s  “72%”\n')).toBe(quoteKey('it\'s "72%"'));
    expect(quoteKey('72%')).not.toBe(quoteKey('27%'));
  });
});

describe('delete and undo', () => {
  it('gives deleted clips back whole, and restores them with their ids', async () => {
    const a = await saveClip(db, { citation, articleText: '', draft }, clock);
    const b = await saveClip(db, { citation, articleText: '', draft: { ...draft, quote: 'Another figure: 40%.' } }, clock);
    const deleted = await deleteClips(db, [a.clip.id, b.clip.id, crypto.randomUUID()]);
    expect(deleted.map((clip) => clip.id).sort()).toEqual([a.clip.id, b.clip.id].sort());
    expect(await db.clips.count()).toBe(0);
    await restoreClips(db, deleted);
    expect(await db.clips.get(a.clip.id)).toEqual(a.clip);
    expect(await db.clips.get(b.clip.id)).toEqual(b.clip);
  });
});

describe('changeClips', () => {
  it('tags several clips at once without doubling a tag, or sets their kind', async () => {
    const a = await saveClip(db, { citation, articleText: '', draft }, clock);
    const b = await saveClip(db, { citation, articleText: '', draft: { ...draft, quote: 'Second', tags: [] } }, clock);
    expect(await changeClips(db, [a.clip.id, b.clip.id], { addTag: 'Social' }, clock)).toBe(2);
    expect((await db.clips.get(a.clip.id))?.tags).toEqual(['social', 'pew']);
    expect((await db.clips.get(b.clip.id))?.tags).toEqual(['Social']);
    await changeClips(db, [b.clip.id], { kind: 'success-story' }, clock);
    expect((await db.clips.get(b.clip.id))?.kind).toBe('success-story');
    expect((await db.clips.get(a.clip.id))?.kind).toBe('statistic');
  });
});
