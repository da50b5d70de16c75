/** Saving, finding and deleting clips: the only code that writes them. */
import { assertClipFits } from './clip-length';
import type { CasefileDatabase } from './db';
import { type Citation, type Clip, ClipChanges, ClipDraft, recordLimits, type Source, type TextQuoteSelector } from './schema';

export interface SaveClipInput {
  citation: Citation;
  /** The article as plain text, kept with the source (in `sourceTexts`) for backups and offline reading. */
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

/**
 * The selector's context is only for finding the quote again on the page: the
 * text nearest the quote is kept, up to what a backup may hold (issue #5).
 */
function trimContext(selector: TextQuoteSelector | undefined): TextQuoteSelector | undefined {
  if (!selector) return undefined;
  const max = recordLimits.selectorContext;
  if (selector.prefix.length <= max && selector.suffix.length <= max) return selector;
  return { ...selector, prefix: selector.prefix.slice(-max), suffix: selector.suffix.slice(0, max) };
}

/**
 * Saves a clip and, when the page is new, its source, in one transaction.
 * A field longer than a backup may hold is refused (ClipTooLongError, with a
 * sentence saying what to shorten) before anything is written; the article
 * text, which the user cannot shorten, is kept up to the backup's cap.
 */
export async function saveClip(
  db: CasefileDatabase,
  { citation, articleText: fullText, draft }: SaveClipInput,
  clock: Clock = systemClock,
): Promise<SavedClip> {
  const selector = trimContext(draft.selector);
  const fitted = selector ? { ...draft, selector } : draft;
  assertClipFits({ ...fitted, quote: fitted.quote.trim(), note: fitted.note.trim() });
  const checked = ClipDraft.parse(fitted);
  const articleText = fullText.length > recordLimits.sourceText ? fullText.slice(0, recordLimits.sourceText) : fullText;
  const now = clock.now().toISOString();
  const canonicalUrl = pageKey(citation.canonicalUrl || citation.url);
  return db.transaction('rw', db.sources, db.clips, db.sourceTexts, async () => {
    let source = await db.sources.where('canonicalUrl').equals(canonicalUrl).first();
    if (!source) {
      source = { ...citation, canonicalUrl, id: crypto.randomUUID(), capturedAt: now };
      await db.sources.add(source);
      if (articleText) await db.sourceTexts.add({ id: source.id, text: articleText });
    } else if (articleText && !(await db.sourceTexts.get(source.id))?.text) {
      // A page first clipped without an article (a selection only) gains its text.
      await db.sourceTexts.put({ id: source.id, text: articleText });
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
  /** The pages of `clip.alsoCitedIn`, when the clip was merged from several. */
  alsoSources?: Source[];
}

/** Every clip, newest first, each with its source. */
export async function listClips(db: CasefileDatabase): Promise<ClipWithSource[]> {
  const clips = await db.clips.orderBy('createdAt').reverse().toArray();
  const sourceIds = new Set<string>();
  for (const clip of clips) {
    sourceIds.add(clip.sourceId);
    for (const cited of clip.alsoCitedIn ?? []) sourceIds.add(cited.sourceId);
  }
  const sources = await db.sources.bulkGet([...sourceIds]);
  const byId = new Map(sources.filter((s): s is Source => !!s).map((s) => [s.id, s]));
  return clips.map((clip) => {
    const alsoSources = clip.alsoCitedIn?.flatMap((cited) => byId.get(cited.sourceId) ?? []);
    return alsoSources?.length ? { clip, source: byId.get(clip.sourceId), alsoSources } : { clip, source: byId.get(clip.sourceId) };
  });
}

/** The sources a set of clips cites, each once: what a briefing needs beside the clips. */
export function citedSources(items: readonly ClipWithSource[]): Source[] {
  const byId = new Map<string, Source>();
  for (const item of items) {
    for (const source of [item.source, ...(item.alsoSources ?? [])]) if (source) byId.set(source.id, source);
  }
  return [...byId.values()];
}

/** Applies the user's changes to a saved clip; false when it no longer exists. Too long a field is refused as in saveClip. */
export async function updateClip(
  db: CasefileDatabase,
  id: string,
  changes: ClipChanges,
  clock: Clock = systemClock,
): Promise<Clip | undefined> {
  assertClipFits(changes);
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
    await putNamed(db, changed);
    return changed.length;
  });
}

/**
 * Merges two clips that state the same figure (issue #4): `keep` stays, with
 * the other's page added to its citations and their tags and notes joined;
 * the other is deleted. Returns both as they were, for Undo.
 */
export async function mergeClips(db: CasefileDatabase, keepId: string, dropId: string, clock: Clock = systemClock): Promise<Clip[]> {
  return db.transaction('rw', db.clips, async () => {
    const [keep, drop] = await db.clips.bulkGet([keepId, dropId]);
    if (!keep || !drop || keep.id === drop.id) throw new Error('Both clips must exist to merge them.');
    const cited = [...(keep.alsoCitedIn ?? [])];
    for (const other of [{ sourceId: drop.sourceId, quote: drop.quote, selector: drop.selector }, ...(drop.alsoCitedIn ?? [])]) {
      if (other.sourceId !== keep.sourceId && !cited.some((c) => c.sourceId === other.sourceId)) cited.push(other);
    }
    const merged: Clip = {
      ...keep,
      alsoCitedIn: cited,
      tags: normaliseTags([...keep.tags, ...drop.tags]),
      note: [keep.note, drop.note].filter(Boolean).join('\n'),
      citedOrigin: keep.citedOrigin ?? drop.citedOrigin,
      citedUrl: keep.citedUrl ?? drop.citedUrl,
      dataYear: keep.dataYear ?? drop.dataYear,
      updatedAt: clock.now().toISOString(),
    };
    await db.clips.put(merged);
    await db.clips.delete(drop.id);
    return [keep, drop];
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

/** Undo of a delete: the clips come back as they were, ids and all, in one transaction. */
export async function restoreClips(db: CasefileDatabase, clips: readonly Clip[]): Promise<void> {
  await db.transaction('rw', db.clips, () => putNamed(db, clips));
}

/**
 * Dexie's change event (which the library page follows, lib/library-store.ts)
 * names the clips a bulkPut wrote only for batches under 50; a bigger one is
 * reported as "anything may have changed", and every open library would
 * re-read the whole table. So: batches of 49, in the caller's transaction.
 */
export const namedBatch = 49;
function putNamed(db: CasefileDatabase, clips: readonly Clip[]): Promise<unknown> {
  const batches: Promise<unknown>[] = [];
  for (let at = 0; at < clips.length; at += namedBatch) batches.push(db.clips.bulkPut(clips.slice(at, at + namedBatch)));
  return Promise.all(batches);
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
