/**
 * What the library shows: search, filters and sort, kept in the options
 * page's URL so that a reload or a shared link gives the same view (issue #4).
 */
import { z } from 'zod';
import type { ClipWithSource } from './clips';
import { ClipKind } from './schema';
import { staleness } from './staleness';

export const sortOrders = ['clipped', 'published', 'site'] as const;

export const LibraryView = z.object({
  /** The clips, the pages they came from, or the briefing builder. */
  show: z.enum(['clips', 'sources', 'briefing']).catch('clips'),
  q: z.string().max(500).catch(''),
  /** Only the clips of one page (from the Sources view). */
  source: z.uuid().optional().catch(undefined),
  kind: ClipKind.optional().catch(undefined),
  tag: z.string().max(100).optional().catch(undefined),
  site: z.string().max(1000).optional().catch(undefined),
  age: z.enum(['stale', 'fresh']).optional().catch(undefined),
  /** Which date `from` and `to` bound: when clipped, or when the page was published. */
  dates: z.enum(['clipped', 'published']).catch('clipped'),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  sort: z.enum(sortOrders).catch('clipped'),
});
export type LibraryView = z.infer<typeof LibraryView>;

export const defaultView: LibraryView = LibraryView.parse({});

/** Reads a view from `?q=…&kind=…`; anything malformed falls back to the default. */
export function viewFromSearch(search: string): LibraryView {
  const params = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (value) raw[key] = value;
  return LibraryView.parse(raw);
}

export function viewToSearch(view: LibraryView): string {
  const params = new URLSearchParams();
  // In the schema's order, so that one view always has one URL.
  for (const key of Object.keys(LibraryView.shape) as (keyof LibraryView)[]) {
    const value = view[key];
    if (value !== undefined && value !== '' && value !== defaultView[key]) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Lower-cased words of a query; quotes and punctuation around words are dropped. */
export function searchTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}$€£%]+|[^\p{L}\p{N}%]+$/gu, '')).filter(Boolean))];
}

const haystacks = new WeakMap<object, string>();

/** Everything search looks in: quote, note, tags, source title and site, cited origin. */
function haystack({ clip, source }: ClipWithSource): string {
  let text = haystacks.get(clip);
  if (text === undefined) {
    text = [clip.quote, clip.note, clip.tags.join(' '), source?.title, source?.siteName, clip.citedOrigin, clip.organisation]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    haystacks.set(clip, text);
  }
  return text;
}

export interface ViewContext {
  today: string;
  staleAfterYears: number;
}

export function siteOf(item: ClipWithSource): string {
  const source = item.source;
  if (!source) return '';
  if (source.siteName) return source.siteName;
  try {
    return new URL(source.canonicalUrl || source.url).hostname;
  } catch {
    return '';
  }
}

/** The clips the view shows, in its order. */
export function applyView(items: readonly ClipWithSource[], view: LibraryView, { today, staleAfterYears }: ViewContext): ClipWithSource[] {
  const terms = searchTerms(view.q);
  const tag = view.tag?.toLowerCase();
  const shown = items.filter((item) => {
    const { clip, source } = item;
    if (view.source && clip.sourceId !== view.source) return false;
    if (view.kind && clip.kind !== view.kind) return false;
    if (tag && !clip.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (view.site && siteOf(item) !== view.site) return false;
    if (view.age) {
      const age = clip.kind === 'statistic' ? staleness({ dataYear: clip.dataYear, publishedTime: source?.publishedTime }, today, staleAfterYears) : undefined;
      if (view.age === 'stale' ? !age?.stale : age?.stale) return false;
    }
    if (view.from || view.to) {
      const date = view.dates === 'clipped' ? clip.createdAt.slice(0, 10) : source?.publishedTime?.slice(0, 10);
      if (!date) return false;
      if (view.from && date < view.from) return false;
      if (view.to && date > view.to) return false;
    }
    if (terms.length) {
      const text = haystack(item);
      if (!terms.every((term) => text.includes(term))) return false;
    }
    return true;
  });
  if (view.sort === 'published') {
    // Undated pages last; the newest publication first.
    shown.sort((a, b) => (b.source?.publishedTime ?? '').localeCompare(a.source?.publishedTime ?? ''));
  } else if (view.sort === 'site') {
    shown.sort((a, b) => siteOf(a).localeCompare(siteOf(b)) || b.clip.createdAt.localeCompare(a.clip.createdAt));
  }
  // 'clipped': the items already come newest first.
  return shown;
}

/** Tags and sites in use, for the filter menus and tag autocomplete. */
export function facets(items: readonly ClipWithSource[]): { tags: string[]; sites: string[] } {
  const tags = new Map<string, string>();
  const sites = new Set<string>();
  for (const item of items) {
    for (const tag of item.clip.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    const site = siteOf(item);
    if (site) sites.add(site);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  return { tags: [...tags.values()].sort(byName), sites: [...sites].sort(byName) };
}
