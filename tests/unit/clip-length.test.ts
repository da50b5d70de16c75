/** Every clip Casefile saves fits in a backup (issue #5): too long a field is refused with a sentence, nothing written. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupLimits, exportBackup, parseBackup } from '../../lib/backup';
import { ClipTooLongError } from '../../lib/clip-length';
import { saveClip, updateClip } from '../../lib/clips';
import { CasefileDatabase } from '../../lib/db';
import type { Citation, ClipDraft } from '../../lib/schema';

const citation: Citation = { url: 'https://news.example/a', canonicalUrl: 'https://news.example/a', title: 'A page' };
const draft: ClipDraft = { kind: 'statistic', quote: '72% of adults use Facebook.', note: '', tags: [] };
let db: CasefileDatabase;

beforeEach(() => {
  db = new CasefileDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const nothingWritten = async () => {
  expect(await db.clips.count()).toBe(0);
  expect(await db.sources.count()).toBe(0);
};

describe('saveClip refuses what a backup would refuse', () => {
  it.each([
    ['quote', { quote: 'q'.repeat(backupLimits.quote + 1) }, /^The quote is 100,001 characters long; Casefile keeps at most 100,000\. Shorten the quote and save again\.$/],
    ['note', { note: 'n'.repeat(backupLimits.note + 1) }, /^The note is 100,001 characters long; .* Shorten the note and save again\.$/],
    ['selected passage', { selector: { type: 'TextQuoteSelector' as const, exact: 'e'.repeat(backupLimits.selectorExact + 1), prefix: '', suffix: '' } }, /^The selected passage is 100,001 .* Select a shorter passage/],
    ['tag count', { tags: Array.from({ length: backupLimits.tagsPerClip + 1 }, (_, n) => `t${n}`) }, /^The clip has 1,001 tags; a clip can have at most 1,000\. Remove some/],
    ['cited origin', { citedOrigin: 'o'.repeat(501) }, /^Who the figure comes from is 501 characters long; Casefile keeps at most 500\./],
  ])('too long a %s: a sentence saying what to shorten, nothing written', async (_, fields, sentence) => {
    const saving = saveClip(db, { citation, articleText: 'Text.', draft: { ...draft, ...fields } });
    await expect(saving).rejects.toBeInstanceOf(ClipTooLongError);
    await expect(saving).rejects.toThrow(sentence);
    await nothingWritten();
  });

  it('keeps a quote exactly at the cap, and the clip exports and imports again', async () => {
    await saveClip(db, {
      citation,
      articleText: 'x'.repeat(backupLimits.sourceText + 10),
      draft: {
        ...draft,
        quote: 'q'.repeat(backupLimits.quote),
        selector: { type: 'TextQuoteSelector', exact: 'q', prefix: 'p'.repeat(backupLimits.selectorContext + 5) + 'NEAR', suffix: 'NEAR' + 's'.repeat(backupLimits.selectorContext + 5) },
      },
    });
    const [clip] = await db.clips.toArray();
    const [source] = await db.sources.toArray();
    // Context the user cannot shorten is kept nearest the quote; the article up to the cap.
    expect(clip!.selector!.prefix.endsWith('NEAR')).toBe(true);
    expect(clip!.selector!.prefix).toHaveLength(backupLimits.selectorContext);
    expect(clip!.selector!.suffix.startsWith('NEAR')).toBe(true);
    expect((await db.sourceTexts.get(source!.id))!.text).toHaveLength(backupLimits.sourceText);
    expect(parseBackup(await exportBackup(db))).toMatchObject({ ok: true });
  });
});

describe('updateClip refuses what a backup would refuse', () => {
  it('leaves the clip as it was, and says what to shorten', async () => {
    const { clip } = await saveClip(db, { citation, articleText: 'Text.', draft });
    await expect(updateClip(db, clip.id, { note: 'n'.repeat(backupLimits.note + 1) })).rejects.toThrow(/^The note is 100,001 characters long;/);
    await expect(updateClip(db, clip.id, { tags: ['t'.repeat(101)] })).rejects.toThrow(/^The tag "t{20}…" is 101 characters long; a tag can have at most 100\./);
    expect(await db.clips.get(clip.id)).toEqual(clip);
  });
});
