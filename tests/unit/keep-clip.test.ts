/** The background's save: parsed at the receiver, one transaction, errors as sentences (issues #2, #6). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeClip, keepClip } from '../../lib/background/keep-clip';
import { db } from '../../lib/db';

const request = {
  citation: { url: 'https://a.example/x', canonicalUrl: 'https://a.example/x', title: 'A page' },
  articleText: 'Text.',
  draft: { kind: 'statistic', quote: '40% of buyers read reviews first.', note: '', tags: [] },
};

afterEach(async () => {
  vi.restoreAllMocks();
  await db.clips.clear();
  await db.sources.clear();
});

describe('keepClip', () => {
  it('saves a valid request and counts the page’s clips', async () => {
    const response = await keepClip(request);
    expect(response).toMatchObject({ ok: true, pageClipCount: 1, alreadySaved: false });
    expect(await db.clips.count()).toBe(1);
  });

  it('refuses a malformed message with a sentence', async () => {
    const response = await keepClip({ ...request, draft: { ...request.draft, kind: 'opinion' } });
    expect(response).toEqual({ ok: false, message: expect.stringMatching(/^Casefile could not save this clip/) });
    expect(await db.clips.count()).toBe(0);
  });

  it('says the storage is full, and leaves the library as it was', async () => {
    await keepClip(request);
    const before = { clips: await db.clips.toArray(), sources: await db.sources.toArray() };
    vi.spyOn(db.clips, 'add').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const response = await keepClip({ ...request, citation: { ...request.citation, url: 'https://b.example/', canonicalUrl: 'https://b.example/' } });
    expect(response).toEqual({ ok: false, message: 'Casefile is out of storage space — export a backup and delete old clips.' });
    expect(await db.clips.toArray()).toEqual(before.clips);
    expect(await db.sources.toArray()).toEqual(before.sources);
  });
});

describe('changeClip', () => {
  it('updates a saved clip and refuses an empty quote', async () => {
    const saved = await keepClip(request);
    if (!saved.ok) throw new Error(saved.message);
    expect(await changeClip({ clipId: saved.clipId, changes: { note: 'for the deck' } })).toMatchObject({ ok: true, pageClipCount: 1 });
    expect((await db.clips.get(saved.clipId))?.note).toBe('for the deck');
    expect(await changeClip({ clipId: saved.clipId, changes: { quote: ' ' } })).toMatchObject({ ok: false });
    expect((await db.clips.get(saved.clipId))?.quote).toBe(request.draft.quote);
  });
});
