import { describe, expect, it } from 'vitest';
import type { ClipWithSource } from '../../lib/clips';
import { applyView, defaultView } from '../../lib/library-view';
import type { Clip, Source } from '../../lib/schema';
import { buildSearchIndex, createSearchIndexBuilder, foldForSearch, matchedTerms, queryWords } from '../../lib/search-index';
import { testId, testSource } from './records';

const uuid = testId;

const source = testSource;

const clip = (n: number, src: Source | undefined, fields: Partial<Clip> = {}): Clip => ({
  id: uuid('1', n),
  sourceId: src?.id ?? uuid('9', n),
  kind: 'statistic',
  quote: `Quote ${n}`,
  note: '',
  tags: [],
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...fields,
});

const pew = source(1, { title: 'Social Media Fact Sheet', siteName: 'Pew Research Center' });
const hub = source(2, { title: 'The State of Marketing', siteName: 'HubSpot Blog' });
const news = source(3, { title: 'Quarterly résumé of trade', siteName: 'Le Monde' });

const items: ClipWithSource[] = [
  { clip: clip(1, pew, { quote: '72% of adults use Facebook.', tags: ['reach', 'facebook'], citedOrigin: 'Pew Research Center' }), source: pew },
  { clip: clip(2, hub, { quote: 'E-commerce sales reached $1.2 trillion in the U.S. last year.', note: 'Check the census figure', tags: ['retail'] }), source: hub },
  { clip: clip(3, hub, { kind: 'success-story', quote: 'Response times fell by 40%.', organisation: 'Comcast', tags: ['support'] }), source: hub },
  { clip: clip(4, news, { quote: 'Exports grew 1,000 tonnes in 2024.', tags: ['Trade'], citedOrigin: 'Eurostat' }), source: news },
  { clip: clip(5, undefined, { quote: 'An orphan clip about the Playbook method.', note: 'Its page was deleted' }), source: undefined },
  { clip: clip(6, pew, { quote: 'Instagram reaches 2 billion users; 27 countries.', tags: ['social media'] }), source: pew },
];
const index = buildSearchIndex(items);

/** The clip numbers a query finds, ascending. */
const found = (query: string): number[] | undefined => {
  const ids = index.search(query);
  return ids && [...ids].map((id) => Number(id.slice(-12))).sort((a, b) => a - b);
};

describe('buildSearchIndex', () => {
  it('reports its size', () => {
    expect(index.size).toBe(6);
    expect(index.wordCount).toBeGreaterThan(20);
    expect(index.postingCount).toBeGreaterThanOrEqual(index.wordCount);
  });

  it('matches each query word as a word prefix', () => {
    expect(found('hub')).toEqual([2, 3]);
    expect(found('HubSpot')).toEqual([2, 3]);
    expect(found('inst')).toEqual([6]);
    expect(found('instagrams')).toEqual([]);
  });

  it('requires every word (AND), in any order', () => {
    expect(found('pew facebook')).toEqual([1]);
    expect(found('facebook pew')).toEqual([1]);
    expect(found('pew instagram')).toEqual([6]);
    expect(found('pew comcast')).toEqual([]);
    expect(found('pew pew  research')).toEqual([1, 6]);
  });

  it('ignores case and folds accents both ways', () => {
    expect(found('RESUME')).toEqual([4]);
    expect(found('résumé')).toEqual([4]);
    expect(found('le monde')).toEqual([4]);
    expect(buildSearchIndex([{ clip: clip(7, undefined, { quote: 'A resume of results' }), source: undefined }]).search('résu')?.size).toBe(1);
    expect(foldForSearch('Ça Crève')).toBe('ca creve');
  });

  it('keeps % and currency with their numbers', () => {
    expect(found('72%')).toEqual([1]);
    expect(found('72')).toEqual([1]);
    expect(found('40%')).toEqual([3]);
    expect(found('$1.2')).toEqual([2]);
    expect(found('1.2')).toEqual([2]);
    expect(found('$1')).toEqual([2]);
    expect(found('1,000')).toEqual([4]);
    expect(found('1000')).toEqual([4]);
    // A decimal is not split: "2" is not a word of "$1.2"; it is of "2 billion".
    expect(found('2')).toEqual([4, 6]);
    expect(found('2 trillion')).toEqual([]);
  });

  it('indexes hyphenated and dotted words whole, in parts and run together', () => {
    expect(found('e-commerce')).toEqual([2]);
    expect(found('e-com')).toEqual([2]);
    expect(found('commerce')).toEqual([2]);
    expect(found('ecommerce')).toEqual([2]);
    expect(found('e commerce')).toEqual([2]);
    expect(found('U.S.')).toEqual([2]);
    expect(found('us')).toEqual(expect.arrayContaining([2]));
  });

  it('means no filter for an empty or punctuation-only query', () => {
    expect(index.search('')).toBeUndefined();
    expect(index.search('   ')).toBeUndefined();
    expect(index.search('%')).toBeUndefined();
    expect(index.search('-- ... !?')).toBeUndefined();
    expect(index.searchPositions('')).toBeUndefined();
    // Punctuation around words is dropped, as searchTerms drops it.
    expect(found('"facebook",')).toEqual([1]);
  });

  it('looks in each of the seven fields', () => {
    expect(found('adults')).toEqual([1]); // quote
    expect(found('census')).toEqual([2]); // note
    expect(found('retail')).toEqual([2]); // tag
    expect(found('fact sheet')).toEqual([1, 6]); // source title
    expect(found('hubspot blog')).toEqual([2, 3]); // source site name
    expect(found('eurostat')).toEqual([4]); // cited origin
    expect(found('comcast')).toEqual([3]); // organisation
  });

  it('finds a clip whose source is missing by its own fields', () => {
    expect(found('orphan')).toEqual([5]);
    expect(found('deleted')).toEqual([5]);
    expect(found('orphan article')).toEqual([]);
  });

  it('matches at the start of a word only, unlike the old substring search', () => {
    // "book" is inside "Facebook" and "Playbook": the substring scan finds them, the index does not.
    expect(found('book')).toEqual([]);
    expect(found('face')).toEqual([1]);
    expect(found('play')).toEqual([5]);
    // The library's view searches with the index, so it agrees (the substring scan it replaced found both).
    const view = (q: string) => applyView(items, { ...defaultView, q }, { today: '2026-11-29', staleAfterYears: 3 }).map((item) => item.clip.id);
    expect(view('book')).toEqual([]);
    expect(view('face')).toEqual([items[0]!.clip.id]);
    // Nor does a word end match: "2" is not "72%", "ram" is not "Instagram".
    expect(found('ram')).toEqual([]);
  });

  it('gives positions in the order of the indexed array', () => {
    expect([...index.searchPositions('pew')!]).toEqual([0, 5]);
    expect([...index.searchPositions('r')!]).toEqual([0, 1, 2, 3, 5]);
    expect(index.searchPositions('zzz')!.length).toBe(0);
    // A few matches among many clips, from words whose postings run backwards.
    const many: ClipWithSource[] = Array.from({ length: 100 }, (_, n) => ({
      clip: clip(100 + n, undefined, { quote: n === 90 ? 'zebra' : n === 10 ? 'zeta' : n === 50 ? 'zeal zebra' : `plain ${n}` }),
      source: undefined,
    }));
    expect([...buildSearchIndex(many).searchPositions('ze')!]).toEqual([10, 50, 90]);
    expect([...buildSearchIndex(many).searchPositions('plain')!]).toHaveLength(97);
  });

  it('gives the same answers query after query (scratch state is reset)', () => {
    for (let i = 0; i < 3; i++) {
      expect(found('hub')).toEqual([2, 3]);
      expect(found('pew facebook')).toEqual([1]);
      expect(found('r')).toEqual([1, 2, 3, 4, 6]);
    }
  });

  it('keeps one entry per word however it was reached', () => {
    // "1.2" comes from the text itself and from "$1.2" without its sign.
    const small = buildSearchIndex([{ clip: clip(8, undefined, { quote: '$1.2 and 1.2' }), source: undefined }]);
    expect(small.wordCount).toBe(3); // "$1.2", "1.2", "and"
    expect(small.postingCount).toBe(3);
  });

  it('stays exact with many distinct words', () => {
    const many: ClipWithSource[] = Array.from({ length: 5000 }, (_, n) => ({
      clip: clip(1000 + n, undefined, { quote: `word w${n} shared` }),
      source: undefined,
    }));
    const big = buildSearchIndex(many);
    expect(big.wordCount).toBe(5002);
    expect(big.search('w4999')).toEqual(new Set([many[4999]!.clip.id]));
    expect(big.search('w1')?.size).toBe(1 + 10 + 100 + 1000);
    expect(big.search('shared word')?.size).toBe(5000);
    expect(big.search('shared w42')?.size).toBe(1 + 10 + 100); // w42, w420–w429, w4200–w4299
    expect(big.search('w42 w4200')).toEqual(new Set([many[4200]!.clip.id]));
  });

  it('builds the same index a slice at a time as at once', () => {
    const many: ClipWithSource[] = Array.from({ length: 3000 }, (_, n) => ({
      clip: clip(1000 + n, n % 2 ? pew : hub, { quote: `E-commerce grew ${n}% in w${n}`, tags: [`t${n % 7}`] }),
      source: n % 2 ? pew : hub,
    }));
    const whole = buildSearchIndex(many);
    const builder = createSearchIndexBuilder(many);
    let steps = 0;
    let sliced;
    // A budget of nothing still indexes a few clips per step, so the build always ends.
    while (!(sliced = builder.step(0))) {
      steps++;
      expect(builder.indexed).toBeLessThanOrEqual(many.length);
    }
    expect(steps).toBeGreaterThan(10);
    expect(builder.step(0)).toBe(sliced);
    expect([sliced.wordCount, sliced.postingCount]).toEqual([whole.wordCount, whole.postingCount]);
    for (const query of ['ecommerce', 'grew 12', 'w29', 't3 pew', 'marketing w1', 'nothing']) {
      expect([...sliced.searchPositions(query)!], query).toEqual([...whole.searchPositions(query)!]);
    }
  });

  it('handles an empty library', () => {
    const empty = buildSearchIndex([]);
    expect(empty.search('anything')?.size).toBe(0);
    expect(empty.search('')).toBeUndefined();
  });

  it('splits queries as the index splits text', () => {
    expect(queryWords('  E-Commerce, "U.S." 72%!  résumé ')).toEqual(['e-commerce', 'u.s', '72%', 'resume']);
    expect(queryWords('hub hub')).toEqual(['hub']);
    expect(matchedTerms('Hub 72%')).toEqual(['hub', '72%']);
  });
});
