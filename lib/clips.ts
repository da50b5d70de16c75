/** Saving, finding and deleting clips: the only code that writes them. */
import type { CasefileDatabase } from './db';
import { type Citation, type Clip, ClipChanges, ClipDraft, type Source } from './schema';

export interface SaveClipInput {
  citation: Citation;
  /** The article as plain text, kept with the source for search and offline reading. */
  articleText: string;
  draft: ClipDraft;
}

export interface SavedClip {
  clip: Clip;
  source: Source;
  pageClipCount: number;
  /** True when the page already had this quote: the existing clip is returned, no copy is made. */
  alreadySaved: boolean;
}

/** Quotes compared as a reader would: case, spacing and curly quotes aside. */
export function quoteKey(quote: string): string {
  return quote
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface Clock {
  now(): Date;
}
const systemClock: Clock = { now: () => new Date() };

/**
 * One source per page: the URL without its fragment, so that `#comments`
 * and the article itself share a source.
 */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Saves a clip and, when the page is new, its source, in one transaction. */
export async function saveClip(
  db: CasefileDatabase,
  { citation, articleText, draft }: SaveClipInput,
  clock: Clock = systemClock,
): Promise<SavedClip> {
  const checked = ClipDraft.parse(draft);
  const now = clock.now().toISOString();
  const canonicalUrl = pageKey(citation.canonicalUrl || citation.url);
  return db.transaction('rw', db.sources, db.clips, async () => {
    let source = await db.sources.where('canonicalUrl').equals(canonicalUrl).first();
    if (!source) {
      source = { ...citation, canonicalUrl, id: crypto.randomUUID(), text: articleText, capturedAt: now };
      await db.sources.add(source);
    } else if (!source.text && articleText) {
      // A page first clipped without an article (a selection only) gains its text.
      await db.sources.update(source.id, { text: articleText });
      source = { ...source, text: articleText };
    }
    // Issue #4: the same quote from the same page is not kept twice.
    const wanted = quoteKey(checked.quote);
    const pageClips = await db.clips.where('sourceId').equals(source.id).toArray();
    const existing = pageClips.find((clip) => quoteKey(clip.quote) === wanted);
    if (existing) return { clip: existing, source, pageClipCount: pageClips.length, alreadySaved: true };
    const clip: Clip = {
      ...checked,
      quote: checked.quote.trim(),
      note: checked.note.trim(),
      tags: normaliseTags(checked.tags),
      id: crypto.randomUUID(),
      sourceId: source.id,
      createdAt: now,
      updatedAt: now,
    };
    await db.clips.add(clip);
    return { clip, source, pageClipCount: pageClips.length + 1, alreadySaved: false };
  });
}

/** How many clips the page at `url` (canonical) already has. */
export async function countPageClips(db: CasefileDatabase, canonicalUrl: string): Promise<number> {
  const source = await db.sources.where('canonicalUrl').equals(pageKey(canonicalUrl)).first();
  return source ? db.clips.where('sourceId').equals(source.id).count() : 0;
}

export interface ClipWithSource {
  clip: Clip;
  source: Source | undefined;
}

/** Every clip, newest first, each with its source. */
export async function listClips(db: CasefileDatabase): Promise<ClipWithSource[]> {
  const clips = await db.clips.orderBy('createdAt').reverse().toArray();
  const sourceIds = [...new Set(clips.map((clip) => clip.sourceId))];
  const sources = await db.sources.bulkGet(sourceIds);
  const byId = new Map(sources.filter((s): s is Source => !!s).map((s) => [s.id, s]));
  return clips.map((clip) => ({ clip, source: byId.get(clip.sourceId) }));
}

/** Applies the user's changes to a saved clip; false when it no longer exists. */
export async function updateClip(
  db: CasefileDatabase,
  id: string,
  changes: ClipChanges,
  clock: Clock = systemClock,
): Promise<Clip | undefined> {
  const checked = ClipChanges.parse(changes);
  const tidy: ClipChanges = {
    ...checked,
    ...(checked.quote !== undefined ? { quote: checked.quote.trim() } : {}),
    ...(checked.note !== undefined ? { note: checked.note.trim() } : {}),
    ...(checked.tags !== undefined ? { tags: normaliseTags(checked.tags) } : {}),
  };
  if (tidy.quote === '') throw new Error('A clip needs a quote.');
  return db.transaction('rw', db.clips, async () => {
    const existing = await db.clips.get(id);
    if (!existing) return undefined;
    const updated: Clip = { ...existing, ...tidy, updatedAt: clock.now().toISOString() };
    await db.clips.put(updated);
    return updated;
  });
}

/** Several clips at once, in one transaction: add a tag, or set the kind (issue #4). */
export type BulkChange = { addTag: string } | { kind: Clip['kind'] };

export async function changeClips(
  db: CasefileDatabase,
  ids: readonly string[],
  change: BulkChange,
  clock: Clock = systemClock,
): Promise<number> {
  const now = clock.now().toISOString();
  return db.transaction('rw', db.clips, async () => {
    const clips = (await db.clips.bulkGet([...ids])).filter((clip): clip is Clip => !!clip);
    const changed = clips.map((clip) =>
      'addTag' in change ? { ...clip, tags: normaliseTags([...clip.tags, change.addTag]), updatedAt: now } : { ...clip, kind: change.kind, updatedAt: now },
    );
    await db.clips.bulkPut(changed);
    return changed.length;
  });
}

/** Deletes clips and hands them back whole, so that Undo can restore them. */
export async function deleteClips(db: CasefileDatabase, ids: readonly string[]): Promise<Clip[]> {
  return db.transaction('rw', db.clips, async () => {
    const clips = (await db.clips.bulkGet([...ids])).filter((clip): clip is Clip => !!clip);
    await db.clips.bulkDelete(clips.map((clip) => clip.id));
    return clips;
  });
}

export async function deleteClip(db: CasefileDatabase, id: string): Promise<Clip[]> {
  return deleteClips(db, [id]);
}

/** Undo of a delete: the clips come back as they were, ids and all. */
export async function restoreClips(db: CasefileDatabase, clips: readonly Clip[]): Promise<void> {
  await db.clips.bulkPut([...clips]);
}

/** "social, Pew , social,,b2b" → ["social", "Pew", "b2b"]: trimmed, no blanks, no repeats. */
export function parseTags(input: string): string[] {
  return normaliseTags(input.split(','));
}

function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      result.push(tag);
    }
  }
  return result;
}
