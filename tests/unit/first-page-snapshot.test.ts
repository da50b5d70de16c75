/**
 * Issue #4: the library's newest clips kept in localStorage and painted
 * before the database opens. What is read must be exactly what was written,
 * and anything else (not JSON, a field of the wrong type, another version's
 * key) must be dropped, never painted.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClipWithSource } from '../../lib/clips';
import { firstPageSnapshotKey, readFirstPageSnapshot } from '../../lib/first-page-snapshot';
import { FirstPageSnapshotWriter, snapshotOf } from '../../lib/first-page-snapshot-writer';
import type { LibraryState } from '../../lib/library-store';
import { testClip, testSource } from './records';

const pew = testSource(1, { title: 'Social Media Fact Sheet', siteName: 'Pew Research Center', excerpt: 'Not painted.' });
const plain = testSource(2, { title: 'A page without a site name' });
const items: ClipWithSource[] = [
  { clip: testClip(3, pew, { note: 'For the board', tags: ['social', 'q3'], selector: { type: 'TextQuoteSelector', exact: 'Quote 3', prefix: '', suffix: '' } }), source: pew },
  { clip: testClip(2, plain, { kind: 'success-story' }), source: plain },
  { clip: testClip(1, pew, { dataYear: 2015 }), source: pew },
];
const state = (shown: readonly ClipWithSource[], complete = true): LibraryState => ({
  items: shown,
  loaded: true,
  complete,
  total: shown.length,
  read: shown.length,
  facets: { tags: [], sites: [] },
  duplicatesReady: complete,
});
const stored = () => localStorage.getItem(firstPageSnapshotKey);

beforeEach(() => localStorage.clear());

describe('the first-page snapshot', () => {
  it('keeps only what the preview paints, and reads back what was written', () => {
    const snapshot = snapshotOf(items);
    expect(snapshot.clips[0]).toEqual({
      id: items[0]!.clip.id,
      kind: 'statistic',
      quote: 'Quote 3',
      note: 'For the board',
      tags: ['social', 'q3'],
      sourceId: pew.id,
      createdAt: items[0]!.clip.createdAt,
      updatedAt: items[0]!.clip.updatedAt,
    });
    // Each source once, with its title and site name only.
    expect(snapshot.sources).toEqual([
      { id: pew.id, title: 'Social Media Fact Sheet', siteName: 'Pew Research Center' },
      { id: plain.id, title: 'A page without a site name' },
    ]);
    new FirstPageSnapshotWriter(localStorage, 24).update(state(items));
    expect(readFirstPageSnapshot(localStorage, 24)).toEqual(snapshot);
    // At most the clips asked for.
    expect(readFirstPageSnapshot(localStorage, 2)?.clips.map((clip) => clip.quote)).toEqual(['Quote 3', 'Quote 2']);
  });

  it('is written once the library holds every clip, again when its newest clips change, and removed when it is empty', () => {
    const writer = new FirstPageSnapshotWriter(localStorage, 2);
    // The newest read first may include a clip deleted since: not written until all are read.
    writer.update(state(items, false));
    expect(stored()).toBeNull();
    writer.update(state(items));
    expect(readFirstPageSnapshot(localStorage, 24)?.clips.map((clip) => clip.quote)).toEqual(['Quote 3', 'Quote 2']);

    // A change past the first page leaves it as it was.
    localStorage.setItem(firstPageSnapshotKey, 'left alone');
    writer.update(state([items[0]!, items[1]!, { clip: testClip(1, pew, { note: 'Edited' }), source: pew }]));
    expect(stored()).toBe('left alone');

    // An edit among them (a new object, as the library store makes it), a source renamed: written again.
    const edited = { clip: testClip(3, pew, { quote: 'Edited quote', updatedAt: '2026-11-20T00:00:00.000Z' }), source: pew };
    writer.update(state([edited, items[1]!, items[2]!]));
    expect(readFirstPageSnapshot(localStorage, 24)?.clips[0]?.quote).toBe('Edited quote');
    const renamed = { ...plain, title: 'Renamed' };
    writer.update(state([edited, { clip: items[1]!.clip, source: renamed }, items[2]!]));
    expect(readFirstPageSnapshot(localStorage, 24)?.sources.find((source) => source.id === plain.id)?.title).toBe('Renamed');

    writer.update(state([]));
    expect(stored()).toBeNull();
    // An empty library on a fresh page removes a snapshot left from before.
    localStorage.setItem(firstPageSnapshotKey, JSON.stringify(snapshotOf(items)));
    new FirstPageSnapshotWriter(localStorage, 2).update(state([]));
    expect(stored()).toBeNull();
  });

  it('drops a snapshot that is not JSON or has a field of the wrong type, and removes it', () => {
    const good = snapshotOf(items);
    const clip = good.clips[0]!;
    const bad: unknown[] = [
      '{"clips": [',
      'null',
      '42',
      '[]',
      { clips: good.clips },
      { clips: 'none', sources: [] },
      { clips: [{ ...clip, id: 7 }], sources: good.sources },
      { clips: [{ ...clip, kind: 'opinion' }], sources: good.sources },
      { clips: [{ ...clip, kind: 'toString' }], sources: good.sources },
      { clips: [{ ...clip, quote: null }], sources: good.sources },
      { clips: [{ ...clip, note: undefined }], sources: good.sources },
      { clips: [{ ...clip, tags: 'social' }], sources: good.sources },
      { clips: [{ ...clip, tags: ['social', 3] }], sources: good.sources },
      { clips: [{ ...clip, sourceId: {} }], sources: good.sources },
      { clips: [{ ...clip, createdAt: 20261103 }], sources: good.sources },
      { clips: [{ ...clip, updatedAt: false }], sources: good.sources },
      { clips: [null], sources: good.sources },
      { clips: good.clips, sources: [{ id: pew.id }] },
      { clips: good.clips, sources: [{ id: pew.id, title: 'T', siteName: 5 }] },
      { clips: good.clips, sources: [[pew.id, 'T']] },
    ];
    for (const value of bad) {
      localStorage.setItem(firstPageSnapshotKey, typeof value === 'string' ? value : JSON.stringify(value));
      expect(readFirstPageSnapshot(localStorage, 24), JSON.stringify(value)).toBeUndefined();
      expect(stored(), JSON.stringify(value)).toBeNull();
    }
    // The same fields, right: read.
    localStorage.setItem(firstPageSnapshotKey, JSON.stringify(good));
    expect(readFirstPageSnapshot(localStorage, 24)).toEqual(good);
  });

  it('reads nothing from another version\'s key, or where there is no storage', () => {
    localStorage.setItem('casefile:first-page:v0', JSON.stringify(snapshotOf(items)));
    expect(readFirstPageSnapshot(localStorage, 24)).toBeUndefined();
    expect(readFirstPageSnapshot(undefined, 24)).toBeUndefined();
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(readFirstPageSnapshot(refusing, 24)).toBeUndefined();
    // A full storage: the write is given up, and no older snapshot is left to be painted.
    localStorage.setItem(firstPageSnapshotKey, JSON.stringify(snapshotOf(items.slice(1))));
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key: string) => localStorage.removeItem(key),
    } as unknown as Storage;
    new FirstPageSnapshotWriter(full, 24).update(state(items));
    expect(stored()).toBeNull();
  });
});
