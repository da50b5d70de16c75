/**
 * Issue #4: no keystroke waits for a search index. A large library's index
 * is built in slices at idle time; until it serves the list, a plain filter
 * answers, with the same matches for plain words.
 */
import { describe, expect, it } from 'vitest';
import type { ClipWithSource } from '../../lib/clips';
import { LibrarySearch, plainSearch, searchOnce } from '../../lib/library-search';
import type { Clip, Source } from '../../lib/schema';
import { testSource } from './records';

const source = testSource;
const pew = source(1, { siteName: 'Pew Research Center' });
const hub = source(2, { siteName: 'HubSpot Blog', title: 'The State of Marketing' });
const item = (n: number, fields: Partial<Clip> = {}, src: Source = n % 2 ? pew : hub): ClipWithSource => ({
  clip: {
    id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    sourceId: src.id,
    kind: 'statistic',
    quote: `Quote ${n}: ${['Facebook reach grew', 'Instagram users doubled', 'email open rates fell'][n % 3]} by ${n}%.`,
    note: n % 5 === 0 ? 'Check the million figure' : '',
    tags: n % 4 === 0 ? ['Social media'] : [],
    ...(n % 7 === 0 ? { citedOrigin: 'Statista' } : {}),
    ...(n % 11 === 0 ? { citedUrl: 'https://www.emarketer.com/content/social-2025' } : {}),
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...fields,
  },
  source: src,
});
const library = (count: number) => Array.from({ length: count }, (_, n) => item(n));
const quotes = (found: ReturnType<typeof searchOnce>, list: readonly ClipWithSource[]) =>
  found && (found.list ?? list.filter((entry) => found.has(entry))).map((entry) => entry.clip.quote);

/** Idle work held until the test runs it. */
function idleRunner() {
  const queue: (() => boolean)[] = [];
  return {
    idle: (work: () => boolean) => void queue.push(work),
    /** Runs slices until the queue is empty; how many slices that took. */
    drain() {
      let slices = 0;
      while (queue.length) {
        slices++;
        if (queue[0]!()) queue.shift();
      }
      return slices;
    },
    get pending() {
      return queue.length;
    },
  };
}

const queries = ['facebook', 'insta', 'million', 'social media', 'pew', 'hubspot marketing', 'statista 21', 'quote 4', 'emarketer', 'emarketer.com', 'nothing here'];

describe('plainSearch', () => {
  it("finds a clip by the site its source link goes to, as the index does (#3)", () => {
    const list = library(100);
    const linked = list.filter((entry) => entry.clip.citedUrl).map((entry) => entry.clip.quote);
    expect(linked).toHaveLength(10);
    expect(quotes(plainSearch(list, 'emarketer'), list)).toEqual(linked);
    expect(quotes(searchOnce(list, 'emarketer'), list)).toEqual(linked);
  });

  it('finds what the index finds for plain words: word starts, every word, any field', () => {
    const list = library(300);
    for (const query of queries) expect(quotes(plainSearch(list, query), list), query).toEqual(quotes(searchOnce(list, query), list));
    expect(plainSearch(list, '  %  ')).toBeUndefined();
    // Inside a word is no match, as with the index.
    expect(quotes(plainSearch(list, 'book'), list)).toEqual([]);
    expect(quotes(plainSearch(list, 'gram'), list)).toEqual([]);
  });
});

describe('LibrarySearch', () => {
  it('builds a large library’s index at idle time; the plain filter answers until then, then the index', () => {
    const runner = idleRunner();
    let ready = 0;
    const search = new LibrarySearch({ idle: runner.idle, buildAtOnceUpTo: 100, sliceMs: 0, onReady: () => ready++ });
    const list = library(2000);
    search.prepare(list);
    // Nothing built on the way: the keystrokes get the plain filter.
    expect(search.isReady(list)).toBe(false);
    for (const query of queries) expect(quotes(search.match(list, query), list), query).toEqual(quotes(searchOnce(list, query), list));
    expect(search.builds).toBe(0);
    expect(search.plainAnswers).toBe(queries.length);
    // Asked again, the same list does not start a second build.
    search.prepare(list);
    expect(runner.pending).toBe(1);

    expect(runner.drain()).toBeGreaterThan(10);
    expect([search.isReady(list), search.builds, ready]).toEqual([true, 1, 1]);
    for (const query of queries) expect(quotes(search.match(list, query), list), query).toEqual(quotes(searchOnce(list, query), list));
    expect(search.plainAnswers).toBe(queries.length);
  });

  it('narrows the plain filter’s last answer as the user types on, and starts over otherwise', () => {
    const search = new LibrarySearch({ idle: () => undefined, buildAtOnceUpTo: 100 });
    const list = library(2000);
    search.prepare(list);
    const typed = ['q', 'qu', 'quote', 'quote 1', 'quote 12', 'insta quote 12'];
    const scanned: number[] = [];
    for (const query of typed) {
      const before = search.plainScanned;
      expect(quotes(search.match(list, query), list), query).toEqual(quotes(searchOnce(list, query), list));
      scanned.push(search.plainScanned - before);
    }
    // The first keystroke scans the library; "quote 1" only what "quote" found, and so on.
    expect(scanned[0]).toBe(2000);
    expect(scanned.slice(1)).toEqual(typed.slice(0, -1).map((query) => quotes(searchOnce(list, query), list)!.length));
    // Not a narrowing (a word taken back, another word), or another list: the whole list again.
    for (const query of ['quote', 'facebook']) {
      const before = search.plainScanned;
      expect(quotes(search.match(list, query), list), query).toEqual(quotes(searchOnce(list, query), list));
      expect(search.plainScanned - before, query).toBe(2000);
    }
    const next = list.slice(0, 1500);
    const before = search.plainScanned;
    expect(quotes(search.match(next, 'facebook reach'), next)).toEqual(quotes(searchOnce(next, 'facebook reach'), next));
    expect(search.plainScanned - before).toBe(1500);
  });

  it('builds a small library’s index at once, and answers for the next list through a small index', () => {
    const search = new LibrarySearch({ idle: () => expect.unreachable('no idle work for a small library') });
    const list = library(50);
    search.prepare(list);
    expect(search.isReady(list)).toBe(true);
    const edited = { ...list[3]!, clip: { ...list[3]!.clip, quote: 'Edited: a million readers.' } };
    const next = [edited, ...list.slice(0, 3), ...list.slice(4, 40)];
    search.prepare(next);
    expect(search.isReady(next)).toBe(true);
    for (const query of [...queries, 'edited', 'readers']) expect(quotes(search.match(next, query), next), query).toEqual(quotes(searchOnce(next, query), next));
    expect([search.builds, search.plainAnswers]).toEqual([1, 0]);
  });

  it('catches up with lists that changed while it built, and rebuilds at idle time after many changes', () => {
    const runner = idleRunner();
    const search = new LibrarySearch({ idle: runner.idle, buildAtOnceUpTo: 0, sliceMs: 0, maxExtra: () => 10 });
    const list = library(500);
    search.prepare(list);
    // Deleted meanwhile, and one saved: the finished index serves the latest list through a small one.
    const later = [item(900, { quote: 'A new million-reader story.' }), ...list.slice(100)];
    search.prepare(later);
    runner.drain();
    expect(search.isReady(later)).toBe(true);
    expect(search.builds).toBe(1);
    expect(quotes(search.match(later, 'million reader'), later)).toEqual(['A new million-reader story.']);

    // Many clips edited (new objects): past the small index's size, a new whole build, not on this call.
    const retagged = later.map((entry) => ({ ...entry, clip: { ...entry.clip, tags: ['retagged'] } }));
    search.prepare(retagged);
    expect(search.isReady(retagged)).toBe(false);
    expect(quotes(search.match(retagged, 'retagged'), retagged)).toHaveLength(retagged.length);
    expect(search.plainAnswers).toBe(1);
    runner.drain();
    expect([search.isReady(retagged), search.builds]).toEqual([true, 2]);
  });
});
