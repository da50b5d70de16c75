import { describe, expect, it } from 'vitest';
import type { ClipWithSource } from '../../lib/clips';
import { LibrarySearch } from '../../lib/library-search';
import { applyView, defaultView, facets, firstPageServes, searchTerms, viewFromSearch, viewToSearch } from '../../lib/library-view';
import { testClip, testSource } from './records';

const source = testSource;
const clip = testClip;

const pew = source(1, { siteName: 'Pew Research Center', publishedTime: '2016-11-11' });
const blog = source(2, { siteName: 'Social Desk', publishedTime: '2025-06-01' });
const bare = source(3);
const items: ClipWithSource[] = [
  { clip: clip(4, bare, { quote: 'Instagram reaches 2 billion users.', tags: ['Reach'] }), source: bare },
  { clip: clip(3, blog, { kind: 'success-story', quote: 'Comcast cut response times by 40%.', tags: ['support'], note: 'Twitter care' }), source: blog },
  { clip: clip(2, pew, { quote: '72% of adults use Facebook.', tags: ['reach', 'facebook'], citedOrigin: 'Pew Research Center', dataYear: 2016 }), source: pew },
  { clip: clip(1, blog, { quote: 'Video posts get 48% more views.', dataYear: 2025 }), source: blog },
];
const context = { today: '2026-11-29', staleAfterYears: 3 };
const ids = (view: Partial<typeof defaultView>) => applyView(items, { ...defaultView, ...view }, context).map((item) => item.clip.quote.slice(0, 12));

describe('applyView', () => {
  it('shows everything, newest first, by default', () => {
    expect(ids({})).toEqual(['Instagram re', 'Comcast cut ', '72% of adult', 'Video posts ']);
  });
  it('searches quote, note, tags, source title, site and cited origin; every word must match', () => {
    expect(ids({ q: 'facebook' })).toEqual(['72% of adult']);
    expect(ids({ q: 'twitter care' })).toEqual(['Comcast cut ']);
    expect(ids({ q: 'pew' })).toEqual(['72% of adult']);
    expect(ids({ q: 'social desk' })).toEqual(['Comcast cut ', 'Video posts ']);
    expect(ids({ q: 'article 3' })).toEqual(['Instagram re']);
    expect(ids({ q: '"48%' })).toEqual(['Video posts ']);
    expect(ids({ q: 'facebook comcast' })).toEqual([]);
  });
  it('matches each search word at the start of a word, not inside one', () => {
    // Word prefixes: "face" and "faceb" find Facebook, "48" finds "48%", "resp" finds "response".
    expect(ids({ q: 'face' })).toEqual(['72% of adult']);
    expect(ids({ q: '48' })).toEqual(['Video posts ']);
    expect(ids({ q: 'comcast resp' })).toEqual(['Comcast cut ']);
    // Not inside a word: "book" is in "Facebook", "gram" in "Instagram", "8%" in "48%".
    expect(ids({ q: 'book' })).toEqual([]);
    expect(ids({ q: 'gram' })).toEqual([]);
    expect(ids({ q: '8%' })).toEqual([]);
    // A query of punctuation only is no search at all.
    expect(ids({ q: '"%' })).toEqual(['Instagram re', 'Comcast cut ', '72% of adult', 'Video posts ']);
  });
  it('answers the same with an index kept across changes of the list', () => {
    const search = new LibrarySearch();
    const run = (list: readonly ClipWithSource[], q: string) =>
      applyView(list, { ...defaultView, q }, context, search.match).map((item) => item.clip.quote.slice(0, 12));
    search.prepare(items);
    expect(run(items, 'facebook')).toEqual(['72% of adult']);
    // One clip edited (a new object), one deleted: the kept index answers for the new list.
    const edited = { ...items[0]!, clip: { ...items[0]!.clip, quote: 'Instagram reaches Facebook users.' } };
    const changed = [edited, items[1]!, items[3]!];
    search.prepare(changed);
    expect(run(changed, 'facebook')).toEqual(['Instagram re']);
    expect(run(changed, 'reach')).toEqual(['Instagram re']);
    expect(run(changed, 'video')).toEqual(['Video posts ']);
    expect(search.builds).toBe(1);
    expect(search.plainAnswers).toBe(0);
    // The same answers as an index built for the new list.
    for (const q of ['facebook', 'reach', 'pew', 'social', '48%', 'twitter care'])
      expect(run(changed, q)).toEqual(applyView(changed, { ...defaultView, q }, context).map((item) => item.clip.quote.slice(0, 12)));
  });
  it('gives back the list itself when nothing filters or reorders it', () => {
    expect(applyView(items, defaultView, context)).toBe(items);
  });
  it('filters by kind, tag (any case), site, age and date, and combines them with search', () => {
    expect(ids({ kind: 'success-story' })).toEqual(['Comcast cut ']);
    expect(ids({ tag: 'reach' })).toEqual(['Instagram re', '72% of adult']);
    expect(ids({ site: 'site3.example' })).toEqual(['Instagram re']);
    expect(ids({ age: 'stale' })).toEqual(['72% of adult']);
    expect(ids({ age: 'fresh' })).toEqual(['Instagram re', 'Comcast cut ', 'Video posts ']);
    expect(ids({ dates: 'published', from: '2020-01-01' })).toEqual(['Comcast cut ', 'Video posts ']);
    expect(ids({ dates: 'clipped', to: '2026-11-02' })).toEqual(['72% of adult', 'Video posts ']);
    expect(ids({ tag: 'reach', q: 'instagram' })).toEqual(['Instagram re']);
  });
  it('sorts by published date (undated last) or by site', () => {
    expect(ids({ sort: 'published' })).toEqual(['Comcast cut ', 'Video posts ', '72% of adult', 'Instagram re']);
    expect(ids({ sort: 'site' })).toEqual(['72% of adult', 'Instagram re', 'Comcast cut ', 'Video posts ']);
  });
});

describe('the view in the URL', () => {
  it('round-trips and leaves defaults out', () => {
    const view = { ...defaultView, q: 'pew 72%', kind: 'statistic' as const, tag: 'reach', sort: 'site' as const };
    const search = viewToSearch(view);
    expect(search).toBe('?q=pew+72%25&kind=statistic&tag=reach&sort=site');
    expect(viewFromSearch(search)).toEqual(view);
    expect(viewToSearch(defaultView)).toBe('');
  });
  it('ignores what it does not understand', () => {
    expect(viewFromSearch('?kind=opinion&sort=random&from=yesterday&q=ok')).toEqual({ ...defaultView, q: 'ok' });
  });
});

describe('the first page of a large library', () => {
  it('stands for the default view only: a search, a filter or another order waits for every clip', () => {
    expect(firstPageServes(defaultView)).toBe(true);
    expect(firstPageServes(viewFromSearch('?q=%25'))).toBe(true); // no word: no search
    for (const search of ['?q=growth', '?kind=statistic', '?tag=AI', '?site=Pew', '?age=stale', '?from=2026-01-01', '?to=2026-01-01', '?sort=site', '?sort=published', '?show=sources', '?show=briefing', '?source=00000000-0000-4000-8000-000000000001']) {
      expect(firstPageServes(viewFromSearch(search)), search).toBe(false);
    }
  });
});

describe('helpers', () => {
  it('splits search words', () => {
    expect(searchTerms('  "Pew"  72%, pew ')).toEqual(['pew', '72%']);
  });
  it('lists tags and sites in use', () => {
    expect(facets(items)).toEqual({ tags: ['facebook', 'Reach', 'support'], sites: ['Pew Research Center', 'site3.example', 'Social Desk'] });
  });
});
