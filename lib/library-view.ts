/**
 * What the library shows: search, filters and sort, kept in the options
 * page's URL so that a reload or a shared link gives the same view (issue #4).
 */
import { z } from 'zod';
import type { ClipWithSource } from './clips';
import { type SearchFunction, searchOnce } from './library-search';
import { queryWords } from './search-index';
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

/**
 * Lower-cased words of a query, for marking matches in the text; quotes and
 * punctuation around words are dropped. Matching itself is by word prefix
 * (lib/search-index.ts).
 */
export function searchTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}$€£%]+|[^\p{L}\p{N}%]+$/gu, '')).filter(Boolean))];
}

/**
 * Whether the newest clips, shown while the rest load, are the start of what
 * the view shows: the clips, newest first, unfiltered. Any search, filter or
 * other order needs every clip first (issue #4: a link with ?q=… must not
 * show the few newest matches as if they were all).
 */
export function firstPageServes(view: LibraryView): boolean {
  return (
    view.show === 'clips' &&
    queryWords(view.q).length === 0 &&
    !view.source &&
    !view.kind &&
    !view.tag &&
    !view.site &&
    !view.age &&
    !view.from &&
    !view.to &&
    view.sort === 'clipped'
  );
}

export interface ViewContext {
  today: string;
  staleAfterYears: number;
}

const sites = new WeakMap<object, string>();

export function siteOf(item: ClipWithSource): string {
  const source = item.source;
  if (!source) return '';
  if (source.siteName) return source.siteName;
  let site = sites.get(source);
  if (site === undefined) {
    try {
      site = new URL(source.canonicalUrl || source.url).hostname;
    } catch {
      site = '';
    }
    sites.set(source, site);
  }
  return site;
}

/**
 * The clips the view shows, in its order. Search matches every query word as
 * the start of a word (lib/search-index.ts): `search` answers it, by default
 * with an index built for `items`; the library page passes one kept across
 * changes (lib/library-search.ts). With no filter and the default order, the
 * result is `items` itself.
 */
export function applyView(
  items: readonly ClipWithSource[],
  view: LibraryView,
  { today, staleAfterYears }: ViewContext,
  search: SearchFunction = searchOnce,
): readonly ClipWithSource[] {
  const matches = view.q ? search(items, view.q) : undefined;
  const tag = view.tag?.toLowerCase();
  const filtered = !!(view.source || view.kind || tag || view.site || view.age || view.from || view.to);
  const from = matches?.list ?? items;
  let shown: readonly ClipWithSource[] = from;
  if (filtered || (matches && !matches.list)) {
    shown = from.filter((item) => {
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
      if (matches && !matches.list && !matches.has(item)) return false;
      return true;
    });
  }
  if (view.sort === 'published') {
    // Undated pages last; the newest publication first.
    return [...shown].sort((a, b) => (b.source?.publishedTime ?? '').localeCompare(a.source?.publishedTime ?? ''));
  } else if (view.sort === 'site') {
    return [...shown].sort((a, b) => siteOf(a).localeCompare(siteOf(b)) || b.clip.createdAt.localeCompare(a.clip.createdAt));
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
