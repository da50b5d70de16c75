import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeClips, type ClipWithSource, deleteClips, listClips, restoreClips, saveClip, updateClip } from '../../lib/clips';
import { CasefileDatabase } from '../../lib/db';
import { DuplicateIndex, findLikelyDuplicates } from '../../lib/duplicates';
import { facets } from '../../lib/library-view';
import { readFirstPage } from '../../lib/first-page';
import { exactKeys, LibraryData, LibraryStore } from '../../lib/library-store';
import { testClip, testSource } from './records';
import { updateSource } from '../../lib/sources';

const source = testSource;
const clip = testClip;

const pew = source(1, { siteName: 'Pew' });
const blog = source(2, { siteName: 'Blog' });
const quotes = (data: LibraryData) => data.items.map((item) => item.clip.quote);

describe('LibraryData', () => {
  const clips = [
    clip(5, pew, { tags: ['Reach'] }),
    clip(4, blog, { tags: ['reach', 'social'] }),
    clip(3, pew, { quote: '72% of online adults used Facebook in 2015.' }),
    clip(2, blog, { quote: 'Pew: 72% of online adults used Facebook (2015).' }),
    clip(1, blog),
  ];
  const fresh = () => {
    const data = new LibraryData();
    data.reset(clips, [pew, blog]);
    data.indexDuplicates();
    return data;
  };

  it('keeps the clips newest first through adds, edits and deletes, and says when nothing changed', () => {
    const data = fresh();
    expect(quotes(data)).toEqual(['Quote 5', 'Quote 4', clips[2]!.quote, clips[3]!.quote, 'Quote 1']);
    expect(data.apply({ clips: [clips[0]!] })).toBe(false); // the same clip again
    expect(data.apply({ clips: [clip(6, pew), clip(0, blog, { createdAt: '2026-10-01T00:00:00.000Z' })], removedClipIds: [clips[1]!.id] })).toBe(true);
    expect(quotes(data)).toEqual(['Quote 6', 'Quote 5', clips[2]!.quote, clips[3]!.quote, 'Quote 1', 'Quote 0']);
    // Same createdAt: the larger id first, as IndexedDB reads the index backwards.
    data.apply({ clips: [clip(7, pew, { createdAt: clips[4]!.createdAt })] });
    expect(quotes(data).slice(-3)).toEqual(['Quote 7', 'Quote 1', 'Quote 0']);
    data.apply({ clips: [{ ...clips[4]!, quote: 'Edited', updatedAt: '2026-12-01T00:00:00.000Z' }] });
    expect(quotes(data).slice(-3)).toEqual(['Quote 7', 'Edited', 'Quote 0']);
    expect(data.get(clips[4]!.id)?.clip.quote).toBe('Edited');
  });

  it('gives a deleted and restored clip its old object back, and an edited one a new object', () => {
    const data = fresh();
    const before = data.get(clips[2]!.id)!;
    data.apply({ removedClipIds: [before.clip.id] });
    expect(data.get(before.clip.id)).toBeUndefined();
    data.apply({ clips: [structuredClone(before.clip)] });
    expect(data.get(before.clip.id)).toBe(before);
    data.apply({ clips: [{ ...before.clip, note: 'new', updatedAt: '2026-12-01T00:00:00.000Z' }] });
    expect(data.get(before.clip.id)).not.toBe(before);
  });

  it('re-links the clips of a source that changed', () => {
    const data = fresh();
    const renamed = { ...pew, title: 'Renamed' };
    data.apply({ sources: [renamed] });
    expect(data.items.filter((item) => item.clip.sourceId === pew.id).every((item) => item.source === renamed)).toBe(true);
    expect(data.items.filter((item) => item.clip.sourceId === blog.id).every((item) => item.source === blog)).toBe(true);
  });

  it('keeps the tag and site menus as facets() computes them', () => {
    const data = fresh();
    expect(data.facets).toEqual(facets(data.items));
    const menus = data.facets;
    data.apply({ clips: [clip(8, pew, { tags: ['social'] })] });
    expect(data.facets).toBe(menus); // nothing new: the same object
    data.apply({ removedClipIds: [clips[0]!.id] });
    expect(data.facets.tags).toEqual(['reach', 'social']);
    data.apply({ removedClipIds: [clips[1]!.id], clips: [clip(9, source(3), { tags: ['New'] })] });
    expect(data.facets).toEqual(facets(data.items));
    expect(data.facets.tags).toEqual(['New', 'social']);
  });

  it('finds the duplicates findLikelyDuplicates finds, after changes too', () => {
    const data = fresh();
    const check = () => {
      const expected = findLikelyDuplicates(data.items);
      for (const item of data.items) {
        expect(data.duplicates.duplicatesOf(item).map((other) => other.clip.id).sort()).toEqual((expected.get(item.clip.id) ?? []).sort());
      }
    };
    expect(data.duplicates.duplicatesOf(data.get(clips[2]!.id)!).map((item) => item.clip.id)).toEqual([clips[3]!.id]);
    check();
    data.apply({ clips: [clip(10, source(3), { quote: 'In 2015, 72% of online adults used Facebook.' })] });
    data.apply({ sources: [source(3)] });
    check();
    data.apply({ removedClipIds: [clips[3]!.id] });
    check();
    expect(data.duplicates.duplicatesOf(data.get(clips[2]!.id)!)).toHaveLength(1);
  });

  it('indexes duplicates in slices', () => {
    const data = new LibraryData();
    data.reset(clips, [pew, blog]);
    expect(data.duplicatesReady).toBe(false);
    while (!data.indexDuplicates(0));
    expect(data.duplicatesReady).toBe(true);
    expect(data.duplicates.size).toBe(clips.length);
  });
});

describe('DuplicateIndex', () => {
  it('answers nothing for a clip it does not hold', () => {
    const index = new DuplicateIndex();
    const item: ClipWithSource = { clip: clip(1, pew, { quote: '72% of adults' }), source: pew };
    expect(index.duplicatesOf(item)).toEqual([]);
    index.add(item);
    index.delete(item);
    expect(index.size).toBe(0);
  });
});

describe('exactKeys', () => {
  it('lists keys named one by one, and gives up on a range', () => {
    const tree = { from: 'b', to: 'b', d: 2, l: { from: 'a', to: 'a', d: 1 }, r: null };
    expect(exactKeys(tree)?.sort()).toEqual(['a', 'b']);
    expect(exactKeys({ d: 0 })).toEqual([]);
    expect(exactKeys({ from: 'a', to: 'c', d: 1 })).toBeUndefined();
    expect(exactKeys({ from: -Infinity, to: [[]], d: 1 })).toBeUndefined();
  });
});

describe('LibraryStore', () => {
  let db: CasefileDatabase;
  let store: LibraryStore;
  let time = Date.parse('2026-11-29T10:00:00Z');
  const clock = { now: () => new Date((time += 1000)) };
  const page = (n: number) => ({ url: `https://s${n}.example/a`, canonicalUrl: `https://s${n}.example/a`, title: `Page ${n}`, siteName: `Site ${n}` });
  const save = (n: number, quote: string, tags: string[] = []) =>
    saveClip(db, { citation: page(n), articleText: '', draft: { kind: 'statistic', quote, note: '', tags } }, clock);
  const same = async () => {
    await store.settled();
    const listed = await listClips(db);
    expect(store.getState().items.map((item) => [item.clip, item.source?.title])).toEqual(listed.map((item) => [item.clip, item.source?.title]));
  };

  beforeEach(() => {
    db = new CasefileDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    store?.stop();
    await db.delete();
  });

  it('shows the newest clips first, then all, then follows every change', async () => {
    for (let n = 0; n < 5; n++) await save(n % 2, `Quote ${n}`, [`t${n}`]);
    const states: { count: number; complete: boolean }[] = [];
    store = new LibraryStore(db, { firstPage: 2, idle: (work) => void work() });
    store.subscribe(() => states.push({ count: store.getState().items.length, complete: store.getState().complete }));
    store.start();
    await same();
    expect(states[0]).toEqual({ count: 2, complete: false });
    expect(store.getState()).toMatchObject({ complete: true, total: 5, duplicatesReady: true });

    // Saved elsewhere (the popup): it appears, with its new source.
    await save(7, 'From the popup', ['popup']);
    await same();
    expect(store.getState().facets.tags).toContain('popup');

    // Edited, tagged in bulk, its source fixed.
    const [newest] = store.getState().items;
    await updateClip(db, newest!.clip.id, { note: 'edited' }, clock);
    await same();
    await changeClips(db, store.getState().items.map((item) => item.clip.id), { addTag: 'all' }, clock);
    await same();
    await updateSource(db, newest!.clip.sourceId, { title: 'Fixed title' });
    await same();
    expect(store.getState().items[0]!.source?.title).toBe('Fixed title');
  });

  it('paints a page read before it started, then reads everything, catching a change the early read missed', async () => {
    for (let n = 0; n < 3; n++) await save(n, `Quote ${n}`);
    // All three: a page that looks complete.
    const early = readFirstPage(indexedDB, 5, db.name);
    const page = await early;
    expect(page?.clips.map((clip) => clip.quote)).toEqual(['Quote 2', 'Quote 1', 'Quote 0']);
    // Saved after the early read, before the store follows the change events.
    await save(9, 'Saved meanwhile');
    const states: { quotes: string[]; complete: boolean }[] = [];
    store = new LibraryStore(db, { firstPage: 5, prefetched: early });
    store.subscribe(() => states.push({ quotes: store.getState().items.map((item) => item.clip.quote), complete: store.getState().complete }));
    store.start();
    await same();
    expect(states[0]).toEqual({ quotes: ['Quote 2', 'Quote 1', 'Quote 0'], complete: false });
    expect(store.getState()).toMatchObject({ complete: true, total: 4 });
    expect(store.getState().items[0]!.clip.quote).toBe('Saved meanwhile');
    expect(store.getState().items[1]!.source?.title).toBe('Page 2');
  });

  it('reads through Dexie when there is no early page, and shows an empty library as complete', async () => {
    store = new LibraryStore(db, { firstPage: 2, prefetched: Promise.resolve(undefined) });
    store.start();
    await same();
    expect(store.getState()).toMatchObject({ loaded: true, complete: true, total: 0 });
    store.stop();
    await save(1, 'One');
    // An early read that failed is no worse than none.
    store = new LibraryStore(db, { firstPage: 2, prefetched: Promise.reject(new Error('no IndexedDB')) });
    store.start();
    await same();
    expect(store.getState()).toMatchObject({ complete: true, total: 1 });
  });

  it('applies a delete and its Undo at once, keeping the clips’ objects, and the database agrees', async () => {
    for (let n = 0; n < 60; n++) await save(n % 3, `Quote ${n}`);
    store = new LibraryStore(db, { firstPage: 10, chunk: 7 });
    store.start();
    await same();
    const before = store.getState().items;
    const ids = before.slice(0, 55).map((item) => item.clip.id);
    const clips = before.slice(0, 55).map((item) => item.clip);

    store.removeLocal(ids);
    expect(store.getState().items).toHaveLength(5);
    await deleteClips(db, ids);
    await same();

    store.putLocal(clips);
    expect(store.getState().items).toEqual(before);
    await restoreClips(db, clips);
    await same();
    // Restored in batches the change event names one by one: no reload, the same objects.
    expect(store.getState().items.every((item, index) => item === before[index])).toBe(true);
  });

  it('keeps deleted clips out of the list until the delete is written, though a read meanwhile finds them stored', async () => {
    for (let n = 0; n < 30; n++) await save(n % 3, `Quote ${n}`);
    store = new LibraryStore(db, { firstPage: 10, chunk: 7 });
    store.start();
    await same();
    const ids = store.getState().items.map((item) => item.clip.id);
    const clips = store.getState().items.map((item) => item.clip);
    // The page writes a delete or a restore after its next frame: here, when the test says.
    const later = (write: () => Promise<unknown>) => {
      let go!: () => void;
      const gate = new Promise<void>((resolve) => (go = resolve));
      return { written: gate.then(write), go };
    };

    // Every clip deleted, Undo, then every clip deleted again before the restore's change event is read.
    const first = later(() => deleteClips(db, ids));
    store.removeLocal(ids, first.written);
    first.go();
    await first.written;
    await same();
    const restore = later(() => restoreClips(db, clips));
    store.putLocal(clips, restore.written);
    restore.go();
    const second = later(() => deleteClips(db, ids));
    store.removeLocal(ids, second.written);
    await restore.written;
    await store.settled();
    expect(store.getState().items).toEqual([]);
    // Nor does another page's edit of one of them, read before the delete is written.
    await updateClip(db, ids[3]!, { note: 'Edited elsewhere' }, clock);
    await store.settled();
    expect(store.getState().items).toEqual([]);
    // Nor does a change that names no records (60 sources at once), which reads every clip again.
    await db.sources.bulkPut(Array.from({ length: 60 }, (_, n) => source(100 + n)));
    await store.settled();
    expect(store.getState().items).toEqual([]);
    second.go();
    await second.written;
    await same();

    // Undo of that: every clip back at once, and a read before the restore is written takes none away.
    const undo = later(() => restoreClips(db, clips));
    store.putLocal(clips, undo.written);
    expect(store.getState().items).toHaveLength(30);
    await db.sources.bulkPut(Array.from({ length: 60 }, (_, n) => source(200 + n)));
    await store.settled();
    expect(store.getState().items).toHaveLength(30);
    undo.go();
    await undo.written;
    await same();
    expect(store.getState().items).toHaveLength(30);
  });

  it('says how many clips it has read while it reads them all, for a link that waits for every clip', async () => {
    for (let n = 0; n < 20; n++) await save(n % 3, `Quote ${n}`);
    store = new LibraryStore(db, { firstPage: 4, chunk: 6 });
    const reads: [number, number, boolean][] = [];
    store.subscribe(() => reads.push([store.getState().read, store.getState().total, store.getState().complete]));
    store.start();
    await same();
    const progress = reads.filter(([, , complete]) => !complete).map(([read]) => read);
    // 20 clips in chunks of 6: 6, 12, 18 read before the last chunk completes the load.
    expect(progress).toEqual(expect.arrayContaining([6, 12, 18]));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(reads.every(([read, total]) => read <= total)).toBe(true);
    expect(store.getState()).toMatchObject({ complete: true, read: 20, total: 20 });
  });

  it('reads small chunks first, each twice the last, so that a search link shows matches early', async () => {
    for (let n = 0; n < 20; n++) await save(n % 3, `Quote ${n}`);
    store = new LibraryStore(db, { firstPage: 2, firstChunk: 2, chunk: 8 });
    const reads: number[] = [];
    store.subscribe(() => store.getState().complete || reads.push(store.getState().read));
    store.start();
    await same();
    // Chunks of 2, 4, 8, then 8 (of which 6 are left): 2, 6 and 14 read before the load completes.
    expect(reads).toEqual(expect.arrayContaining([2, 6, 14]));
    expect(reads.filter((read) => read > 0 && ![2, 6, 14].includes(read))).toEqual([]);
    expect(store.getState()).toMatchObject({ complete: true, read: 20, total: 20 });
  });

  it('puts each chunk in the list as it is read, newest first, before every clip is in', async () => {
    for (let n = 0; n < 20; n++) await save(n % 4, `Quote ${n}`, n % 5 === 0 ? ['fifth'] : []);
    store = new LibraryStore(db, { firstPage: 3, chunk: 5 });
    const partial: { quotes: string[]; read: number }[] = [];
    store.subscribe(() => {
      const state = store.getState();
      if (!state.complete) partial.push({ quotes: state.items.map((item) => item.clip.quote), read: state.read });
    });
    store.start();
    await same();
    const all = store.getState().items.map((item) => item.clip.quote);
    // The newest three, then 3 + up to 5, 10, 15 more: more clips each time, always in the final order.
    const sizes = partial.map((state) => state.quotes.length);
    expect(sizes[0]).toBe(3);
    expect(new Set(sizes).size).toBeGreaterThanOrEqual(4);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    for (const { quotes } of partial) expect(quotes).toEqual(all.filter((quote) => quotes.includes(quote)));
    expect(store.getState().facets.tags).toEqual(['fifth']);
  });

  it('drops a clip deleted before it followed the change events, once no chunk has it', async () => {
    for (let n = 0; n < 8; n++) await save(n, `Quote ${n}`);
    const early = readFirstPage(indexedDB, 4, db.name);
    const newest = (await early)!.clips[0]!;
    // Deleted elsewhere after the early read, before the store follows the change events.
    await deleteClips(db, [newest.id]);
    store = new LibraryStore(db, { firstPage: 4, chunk: 3, prefetched: early });
    store.start();
    await same();
    expect(store.getState().items).toHaveLength(7);
    expect(store.getState().items.some((item) => item.clip.id === newest.id)).toBe(false);
  });

  it('does not put back, from a chunk read while the delete was being written, clips deleted during the load', async () => {
    for (let n = 0; n < 24; n++) await save(n % 3, `Quote ${n}`);
    const everyId = (await listClips(db)).map((item) => item.clip.id);
    store = new LibraryStore(db, { firstPage: 2, chunk: 4 });
    let go!: () => void;
    const gate = new Promise<void>((resolve) => (go = resolve));
    let doomed: string[] = [];
    let written: Promise<unknown> | undefined;
    store.subscribe(() => {
      const state = store.getState();
      if (written || state.complete || state.read === 0) return;
      // After the first chunk: delete every clip, written only once the load has read them all.
      doomed = everyId;
      written = gate.then(() => deleteClips(db, doomed));
      store.removeLocal(doomed, written);
    });
    store.start();
    await store.settled();
    // Every chunk after the first still held them: none came back.
    expect(written).toBeDefined();
    expect(store.getState()).toMatchObject({ complete: true });
    expect(store.getState().items).toEqual([]);
    go();
    await written;
    await same();
    expect(store.getState().items).toEqual([]);
  });

  it('reads the sources in one go, and by id a source saved after that read', async () => {
    for (let n = 0; n < 12; n++) await save(n, `Quote ${n}`);
    const all = await db.sources.toArray();
    // As if three pages were saved after the load read the sources.
    const toArray = vi.spyOn(db.sources, 'toArray').mockResolvedValueOnce(all.slice(3));
    const bulkGet = vi.spyOn(db.sources, 'bulkGet');
    store = new LibraryStore(db, { firstPage: 2, chunk: 5 });
    store.start();
    await store.settled();
    expect(toArray).toHaveBeenCalledTimes(1);
    // By id: those three, and the two newest clips' sources for the first page; not the other seven.
    const asked = new Set(bulkGet.mock.calls.flatMap(([ids]) => ids));
    for (const source of all.slice(0, 3)) expect(asked.has(source.id)).toBe(true);
    expect(asked.size).toBeLessThanOrEqual(5);
    expect(store.getState().items.every((item) => item.source)).toBe(true);
    await same();
  });

  it('reloads everything when a change names no records', async () => {
    await save(1, 'One');
    await save(2, 'Two');
    store = new LibraryStore(db);
    store.start();
    await same();
    await db.clips.clear();
    await same();
    expect(store.getState().items).toEqual([]);
  });
});
