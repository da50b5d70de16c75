/** The pages clips came from: listing them and fixing their citation once for all their clips (issue #4). */
import type { ClipWithSource } from './clips';
import type { CasefileDatabase } from './db';
import { type Source, SourceChanges, type SourceWithText } from './schema';

export interface SourceWithCount {
  source: Source;
  clipCount: number;
}

/** Sources of the given clips with how many clips each has, most clipped first. */
export function sourcesOf(items: readonly ClipWithSource[]): SourceWithCount[] {
  const counts = new Map<string, SourceWithCount>();
  for (const { source } of items) {
    if (!source) continue;
    const entry = counts.get(source.id);
    if (entry) entry.clipCount += 1;
    else counts.set(source.id, { source, clipCount: 1 });
  }
  return [...counts.values()].sort((a, b) => b.clipCount - a.clipCount || a.source.title.localeCompare(b.source.title));
}

/** Fixes a page's title, author, site or date; every clip from it cites the fixed version. */
export async function updateSource(db: CasefileDatabase, id: string, changes: SourceChanges): Promise<Source | undefined> {
  const checked = SourceChanges.parse(changes);
  return db.transaction('rw', db.sources, async () => {
    const existing = await db.sources.get(id);
    if (!existing) return undefined;
    const updated: Source = { ...existing, ...checked };
    // An emptied optional field is removed, not stored as "".
    for (const key of ['byline', 'siteName', 'publishedTime'] as const) {
      if (checked[key] === undefined && key in changes) delete updated[key];
    }
    await db.sources.put(updated);
    return updated;
  });
}

/**
 * Adds sources given with their article texts: each source, and its text
 * apart (none for an empty text). Inside the caller's transaction, which
 * must include `sources` and `sourceTexts`, when there is one.
 */
export async function addSources(db: CasefileDatabase, sources: readonly SourceWithText[]): Promise<void> {
  await db.sources.bulkAdd(sources.map(({ text: _text, ...source }) => source));
  await db.sourceTexts.bulkPut(sources.flatMap(({ id, text }) => (text ? [{ id, text }] : [])));
}
