/**
 * The library page's clips in memory, loaded once and then kept up to date
 * clip by clip (issue #4: 100,000 clips). Re-reading every clip after each
 * change took seconds at that size; here a change costs the clips it touched:
 *
 * - `LibraryData` (pure): the clips newest first, each with its source, plus
 *   what is derived from them and kept current with each change: tag and
 *   site counts for the filter menus, and the figures for likely duplicates.
 *   A clip whose id and `updatedAt` are unchanged keeps its object, so every
 *   cache keyed by it (search index, duplicate figures) stays valid; a clip
 *   deleted and restored by Undo gets its old object back.
 * - `LibraryStore` (Dexie): the newest clips first (a cheap query, for the
 *   first paint), then all of them; then Dexie's change events, which name
 *   the records a transaction wrote, from this page or any other (the popup,
 *   the background): only those are read again. An event that names no
 *   records (a cleared table, a very large write) reloads everything.
 *   Changes made on this page are applied at once (`removeLocal`, `putLocal`);
 *   their events confirm them. Until the write a change stands for is done,
 *   no read undoes it: a read that began after the change but before the
 *   write finds the records as they were (a delete of every clip, then a
 *   read of them, showed them all again).
 */
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { ClipWithSource } from './clips';
import type { CasefileDatabase } from './db';
import { DuplicateIndex } from './duplicates';
import { siteOf } from './library-view';
import type { Clip, Source } from './schema';

/** Newest first: `createdAt` descending, then id descending, as `orderBy('createdAt').reverse()` reads them. */
export function newestFirst(a: ClipWithSource, b: ClipWithSource): number {
  const x = a.clip.createdAt;
  const y = b.clip.createdAt;
  if (x !== y) return x > y ? -1 : 1;
  return a.clip.id > b.clip.id ? -1 : a.clip.id < b.clip.id ? 1 : 0;
}

export interface LibraryChange {
  /** Clips added or changed (as stored now). */
  clips?: readonly Clip[];
  /** Clips no longer stored. */
  removedClipIds?: readonly string[];
  /** Sources added or changed. */
  sources?: readonly Source[];
}

export interface Facets {
  tags: readonly string[];
  sites: readonly string[];
}

const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
/** How many clips one read of the full load takes. */
const defaultChunk = 4000;
/** The first chunk of the full load: its clips show a search link's first matches. */
const firstChunk = 500;
/** How many deleted clips keep their objects for an Undo. */
const retiredLimit = 20_000;

export class LibraryData {
  /** Newest first. A new array after each change; the clips in it are shared. */
  items: readonly ClipWithSource[] = [];
  readonly sources = new Map<string, Source>();
  readonly duplicates = new DuplicateIndex();
  facets: Facets = { tags: [], sites: [] };
  private readonly byId = new Map<string, ClipWithSource>();
  private readonly retired = new Map<string, ClipWithSource>();
  /** lower-cased tag → its spellings in use → how many clips. */
  private readonly tagCounts = new Map<string, Map<string, number>>();
  private readonly siteCounts = new Map<string, number>();
  private facetsChanged = false;
  /** Clips loaded but not yet in `duplicates` (see `indexDuplicates`). */
  private duplicateQueue: ClipWithSource[] = [];

  get(id: string): ClipWithSource | undefined {
    return this.byId.get(id);
  }

  /** Whether every clip is in `duplicates` (so that `duplicatesOf` answers for the whole library). */
  get duplicatesReady(): boolean {
    return this.duplicateQueue.length === 0;
  }

  /** Replaces everything: `clips` newest first. Duplicates are indexed later, by `indexDuplicates`. */
  reset(clips: readonly Clip[], sources: Iterable<Source>): void {
    const previous = this.byId;
    this.sources.clear();
    for (const source of sources) this.sources.set(source.id, source);
    for (const item of previous.values()) this.retire(item);
    this.byId.clear();
    this.tagCounts.clear();
    this.siteCounts.clear();
    const items = clips.map((clip) => this.itemFor(clip));
    for (const item of items) {
      this.byId.set(item.clip.id, item);
      this.count(item, 1);
    }
    this.duplicates.clear();
    this.duplicateQueue = items.slice();
    this.items = items;
    this.updateFacets(true);
  }

  /**
   * Adds to `duplicates` the clips loaded but not yet in it, for up to
   * `budgetMs`; true when all are in. In slices, so that a large library's
   * first figures do not hold up the page.
   */
  indexDuplicates(budgetMs = Infinity): boolean {
    const started = performance.now();
    const queue = this.duplicateQueue;
    let at = queue.length;
    while (at > 0) {
      const item = queue[--at]!;
      if (this.byId.get(item.clip.id) === item) this.duplicates.add(item);
      if ((at & 255) === 0 && performance.now() - started > budgetMs) break;
    }
    queue.length = at;
    return at === 0;
  }

  /** Applies a change; false when nothing the page shows changed. */
  apply(change: LibraryChange): boolean {
    const touchedSources = new Set<string>();
    for (const source of change.sources ?? []) {
      this.sources.set(source.id, source);
      touchedSources.add(source.id);
    }
    const leaving = new Set<ClipWithSource>();
    const arriving = new Map<string, ClipWithSource>();
    if (touchedSources.size) {
      // A page's new title or date: its clips are new objects (the search index keys on them).
      for (const item of this.items) {
        const cites = touchedSources.has(item.clip.sourceId) || item.clip.alsoCitedIn?.some((cited) => touchedSources.has(cited.sourceId));
        if (cites) {
          leaving.add(item);
          arriving.set(item.clip.id, this.itemFor(item.clip));
        }
      }
    }
    for (const id of change.removedClipIds ?? []) {
      const item = this.byId.get(id);
      if (item) leaving.add(item);
      arriving.delete(id);
    }
    for (const clip of change.clips ?? []) {
      if (typeof clip.createdAt !== 'string') continue; // not in the createdAt index: never listed
      const current = this.byId.get(clip.id);
      if (current && !arriving.has(clip.id) && this.isCurrent(current, clip)) continue;
      if (current) leaving.add(current);
      arriving.set(clip.id, this.itemFor(clip));
    }
    if (leaving.size === 0 && arriving.size === 0) return false;

    for (const item of leaving) {
      this.byId.delete(item.clip.id);
      this.count(item, -1);
      this.duplicates.delete(item);
      this.retire(item);
    }
    const added = [...arriving.values()].sort(newestFirst);
    for (const item of added) {
      this.byId.set(item.clip.id, item);
      this.retired.delete(item.clip.id);
      this.count(item, 1);
      if (this.duplicatesReady) this.duplicates.add(item);
      else this.duplicateQueue.push(item);
    }
    // One pass: the clips that stay, merged with the new ones (both newest first).
    const kept = leaving.size ? this.items.filter((item) => !leaving.has(item)) : this.items;
    const merged: ClipWithSource[] = new Array(kept.length + added.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < kept.length && j < added.length) merged[k++] = newestFirst(added[j]!, kept[i]!) < 0 ? added[j++]! : kept[i++]!;
    while (i < kept.length) merged[k++] = kept[i++]!;
    while (j < added.length) merged[k++] = added[j++]!;
    this.items = merged;
    this.updateFacets(false);
    return true;
  }

  /** The clip's item: the one it had (shown or retired) if the clip and its sources are unchanged, else a new one. */
  private itemFor(clip: Clip): ClipWithSource {
    const known = this.byId.get(clip.id) ?? this.retired.get(clip.id);
    if (known && this.isCurrent(known, clip)) return known;
    const source = this.sources.get(clip.sourceId);
    const alsoSources = clip.alsoCitedIn?.flatMap((cited) => this.sources.get(cited.sourceId) ?? []);
    return alsoSources?.length ? { clip, source, alsoSources } : { clip, source };
  }

  private isCurrent(item: ClipWithSource, clip: Clip): boolean {
    if (item.clip.updatedAt !== clip.updatedAt || item.clip.id !== clip.id) return false;
    if (item.source !== this.sources.get(clip.sourceId)) return false;
    const also = clip.alsoCitedIn?.flatMap((cited) => this.sources.get(cited.sourceId) ?? []) ?? [];
    const had = item.alsoSources ?? [];
    return also.length === had.length && also.every((source, index) => source === had[index]);
  }

  private retire(item: ClipWithSource): void {
    this.retired.delete(item.clip.id);
    this.retired.set(item.clip.id, item);
    if (this.retired.size > retiredLimit) {
      for (const id of this.retired.keys()) {
        this.retired.delete(id);
        if (this.retired.size <= retiredLimit) break;
      }
    }
  }

  private count(item: ClipWithSource, by: 1 | -1): void {
    for (const tag of item.clip.tags) {
      const lower = tag.toLowerCase();
      let spellings = this.tagCounts.get(lower);
      if (!spellings) this.tagCounts.set(lower, (spellings = new Map()));
      const now = (spellings.get(tag) ?? 0) + by;
      if (now > 0) spellings.set(tag, now);
      else spellings.delete(tag);
      if (spellings.size === 0) this.tagCounts.delete(lower);
      if (by > 0 ? now === 1 : now === 0) this.facetsChanged = true;
    }
    const site = siteOf(item);
    if (site) {
      const now = (this.siteCounts.get(site) ?? 0) + by;
      if (now > 0) this.siteCounts.set(site, now);
      else this.siteCounts.delete(site);
      if (by > 0 ? now === 1 : now === 0) this.facetsChanged = true;
    }
  }

  /** The filter menus: a new object only when a tag or site appeared or went. */
  private updateFacets(force: boolean): void {
    if (!force && !this.facetsChanged) return;
    this.facetsChanged = false;
    const tags = [...this.tagCounts.values()].map((spellings) => spellings.keys().next().value!).sort(byName);
    const sites = [...this.siteCounts.keys()].sort(byName);
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
    if (!force && same(tags, this.facets.tags) && same(sites, this.facets.sites)) return;
    this.facets = { tags, sites };
  }
}

export interface LibraryState {
  /**
   * Newest first. While `complete` is false: the newest few, then also the
   * clips of each chunk the full load has read (in no order of date).
   */
  items: readonly ClipWithSource[];
  /** False until the first clips are read. */
  loaded: boolean;
  /** True once every clip is in `items`. */
  complete: boolean;
  /** How many clips there are (known before `complete`). */
  total: number;
  /** How many clips the full load has read so far (= `total` once `complete`): a search link waits for all. */
  read: number;
  facets: Facets;
  /** Whether `duplicatesOf` answers for the whole library. */
  duplicatesReady: boolean;
}

export interface LibraryStoreOptions {
  /** How many of the newest clips to show while the rest load. */
  firstPage?: number;
  /**
   * The newest clips and their sources, already being read (lib/first-page.ts),
   * used instead of reading them through Dexie; undefined → read through Dexie.
   */
  prefetched?: Promise<{ clips: Clip[]; sources: Source[] } | undefined>;
  /** How many clips each read of the full load takes, at most. */
  chunk?: number;
  /** How many its first read takes; each next one takes twice as many, up to `chunk`. */
  firstChunk?: number;
  /** Awaited between the first page and the full load: let the first clips paint. */
  afterFirstPage?(): Promise<void>;
  /** Runs `work` (which returns true when done) in slices at idle time. */
  idle?(work: () => boolean): void;
}

const defaultIdle = (work: () => boolean) => {
  const step = () => {
    if (!work()) setTimeout(step, 0);
  };
  setTimeout(step, 0);
};

/** The primary keys an interval tree names one by one; undefined when it holds a range. */
export function exactKeys(tree: IntervalTree | undefined): string[] | undefined {
  const keys: string[] = [];
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    keys.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  return walk(tree) ? keys : undefined;
}

export class LibraryStore {
  readonly data = new LibraryData();
  private state: LibraryState = { items: [], loaded: false, complete: false, total: 0, read: 0, facets: this.data.facets, duplicatesReady: false };
  private readonly listeners = new Set<() => void>();
  private readonly firstPage: number;
  private readonly options: LibraryStoreOptions;
  /** Work on the data, one at a time: the loads, then each batch of changes. */
  private queue: Promise<void> = Promise.resolve();
  private pendingClips = new Set<string>();
  private pendingSources = new Set<string>();
  private reloadAll = false;
  private flushQueued = false;
  /** Ids changed on this page → when; a read that began earlier does not undo them. */
  private readonly localStamps = new Map<string, number>();
  private localClock = 0;
  /** Changes made on this page whose writes are not yet done, oldest first: no read undoes them. */
  private readonly unwritten = new Set<LibraryChange>();
  /** Ids in those changes → how many of them name it. */
  private readonly unwrittenIds = new Map<string, number>();
  /** Ids a change event named while their write was not done: read again once it is. */
  private readonly skippedWhileUnwritten = new Set<string>();
  private started = false;
  private stopped = false;
  private duplicatesScheduled = false;

  constructor(
    private readonly db: CasefileDatabase,
    options: LibraryStoreOptions = {},
  ) {
    this.options = options;
    this.firstPage = options.firstPage ?? 50;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): LibraryState => this.state;

  /** Loads the library and follows its changes; the returned function stops following. */
  start(): () => void {
    if (!this.started) {
      this.started = true;
      Dexie.on('storagemutated', this.onMutated);
      this.run(() => this.load());
    }
    return () => this.stop();
  }

  stop(): void {
    this.stopped = true;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
  }

  /** Resolves once the work queued so far (loads, changes) is done. */
  async settled(): Promise<void> {
    let last: Promise<void> | undefined;
    while (last !== this.queue) {
      last = this.queue;
      await last;
    }
  }

  /**
   * Clips this page deleted: gone from the list at once. `written` is the
   * delete itself: until it settles, the list keeps them out, whatever a read
   * of the database finds meanwhile.
   */
  removeLocal(ids: readonly string[], written?: Promise<unknown>): void {
    this.local({ removedClipIds: ids }, ids, written);
  }

  /** Clips this page wrote (an Undo, say): in the list at once, as given; `written` as for `removeLocal`. */
  putLocal(clips: readonly Clip[], written?: Promise<unknown>): void {
    this.local(
      { clips },
      clips.map((clip) => clip.id),
      written,
    );
  }

  /** Reads these clips again (after a write that failed, say): the list shows what is stored. */
  refresh(ids: readonly string[]): void {
    for (const id of ids) this.pendingClips.add(id);
    if (!this.flushQueued) {
      this.flushQueued = true;
      this.run(() => this.flush());
    }
  }

  private local(change: LibraryChange, ids: readonly string[], written?: Promise<unknown>): void {
    const stamp = ++this.localClock;
    for (const id of ids) this.localStamps.set(id, stamp);
    if (written) {
      this.unwritten.add(change);
      for (const id of ids) this.unwrittenIds.set(id, (this.unwrittenIds.get(id) ?? 0) + 1);
      const done = () => this.written(change, ids);
      written.then(done, done);
    }
    if (this.data.apply(change)) this.publish();
  }

  /**
   * A local change's write is done (or failed: the page then asks for a
   * refresh). A read that began before this may have found the records as
   * they were: it does not undo the change. The ids a change event named
   * meanwhile are read again.
   */
  private written(change: LibraryChange, ids: readonly string[]): void {
    if (!this.unwritten.delete(change)) return;
    const stamp = ++this.localClock;
    const again: string[] = [];
    for (const id of ids) {
      const left = (this.unwrittenIds.get(id) ?? 1) - 1;
      if (left > 0) {
        this.unwrittenIds.set(id, left);
        continue;
      }
      this.unwrittenIds.delete(id);
      this.localStamps.set(id, stamp);
      if (this.skippedWhileUnwritten.delete(id)) again.push(id);
    }
    if (again.length) this.refresh(again);
  }

  private run(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      console.error('Casefile: the library could not be read', error);
    });
  }

  private async load(): Promise<void> {
    const { db } = this;
    const prefetched = await this.options.prefetched?.catch(() => undefined);
    const first = prefetched?.clips ?? (await db.clips.orderBy('createdAt').reverse().limit(this.firstPage).toArray());
    if (this.stopped) return;
    const firstSources = prefetched?.sources ?? (await this.readSources(first));
    this.data.reset(first, firstSources);
    // A page read before this store followed the change events may have missed one: the full load reads again.
    const complete = !prefetched && first.length < this.firstPage;
    this.publish({ loaded: true, complete, total: first.length });
    if (!complete) {
      // How many there are, for "loading all N": after the first paint's reads, not before.
      void db.clips.count().then((total) => this.state.complete || this.publish({ total }), () => undefined);
      await this.options.afterFirstPage?.();
      if (this.stopped) return;
      await this.loadAll();
    }
    this.scheduleDuplicates();
  }

  /**
   * Every clip, read in chunks by primary key (one getAll each, so that
   * neither this page nor another tab's first read waits seconds behind one
   * huge read), each chunk put in the list as soon as it is read: a link with
   * a search shows its first matches after the first chunks, not after every
   * clip (issue #4: 6 s at 100,000). A record changed on this page since its
   * chunk's read began is not taken from the chunk (see `changedHere`). At
   * the end, the clips the list holds that no chunk had are gone from the
   * database (deleted before this store followed the change events, or
   * while a reload ran), unless this page put them back meanwhile.
   */
  private async loadAll(): Promise<void> {
    const loadStarted = this.localClock;
    const seen = new Set<string>();
    // Every source in one read, beside the first chunk's: one request, where asking for the few
    // thousand a chunk cites one by one took longer than the chunk (issue #4). A source saved
    // after that read is asked for by id when a clip cites it.
    const everySource = this.db.sources.toArray();
    everySource.catch(() => undefined); // awaited below, unless the page is left first
    const sourcesRead = new Set<string>();
    const loadChunk = this.options.chunk ?? defaultChunk;
    // The first chunks are small and each twice the last: a link with a search shows its first
    // matches after a few hundred clips are read, not a full chunk (issue #4: 550 ms at 10,000).
    let chunkSize = Math.min(loadChunk, this.options.firstChunk ?? firstChunk);
    // Publishing the chunks is for the first load; a reload publishes once, at the end. The list is
    // published when the clips read have doubled since (each publish filters every clip read so far
    // for a search link: doubling keeps that work to about twice one filter of them all); the
    // count read, after every chunk.
    const progressive = !this.state.complete;
    let listAt = 0;
    for (let last: string | undefined; ; ) {
      const readAt = this.localClock;
      const chunk = await (last === undefined ? this.db.clips.orderBy(':id') : this.db.clips.where(':id').above(last)).limit(chunkSize).toArray();
      if (this.stopped) return;
      for (const clip of chunk) seen.add(clip.id);
      const sources = last === undefined ? await everySource : [];
      for (const source of sources) sourcesRead.add(source.id);
      const more = await this.readSources(chunk, (id) => sourcesRead.has(id));
      for (const source of more) sourcesRead.add(source.id);
      if (this.stopped) return;
      this.data.apply({ sources: more.length ? [...sources, ...more] : sources, clips: chunk.filter((clip) => !this.changedHere(clip.id, readAt)) });
      if (chunk.length < chunkSize) break;
      chunkSize = Math.min(loadChunk, chunkSize * 2);
      if (progressive) {
        const withList = seen.size >= 2 * listAt;
        if (withList) listAt = seen.size;
        this.publish({ read: seen.size }, withList);
      }
      last = chunk[chunk.length - 1]!.id;
    }
    const gone = this.data.items.flatMap(({ clip }) => (seen.has(clip.id) || this.changedHere(clip.id, loadStarted) ? [] : [clip.id]));
    if (gone.length) this.data.apply({ removedClipIds: gone });
    this.publish({ loaded: true, complete: true, total: this.data.items.length });
    this.scheduleDuplicates();
  }

  /**
   * Whether this page changed the clip after `readAt` (a read that began
   * then may hold it as it was), or has not finished writing its change: a
   * read does not undo it. In the second case the clip is read again once
   * the write is done.
   */
  private changedHere(id: string, readAt: number): boolean {
    if (this.unwrittenIds.has(id)) {
      this.skippedWhileUnwritten.add(id);
      return true;
    }
    return (this.localStamps.get(id) ?? 0) > readAt;
  }

  /** The sources the clips cite (their own and `alsoCitedIn`), each once, but for those `known` has. */
  private async readSources(clips: readonly (Clip | undefined)[], known: (id: string) => boolean = () => false): Promise<Source[]> {
    const ids = new Set<string>();
    for (const clip of clips) {
      if (!clip) continue;
      for (const id of [clip.sourceId, ...(clip.alsoCitedIn ?? []).map((cited) => cited.sourceId)]) if (!known(id)) ids.add(id);
    }
    if (ids.size === 0) return [];
    return (await this.db.sources.bulkGet([...ids])).filter((source): source is Source => !!source);
  }

  private readonly onMutated = (parts: ObservabilitySet): void => {
    if (this.stopped) return;
    let relevant = false;
    for (const [part, tree] of Object.entries(parts)) {
      if (part === 'all') {
        this.reloadAll = relevant = true;
        continue;
      }
      const match = /^idb:\/\/(.*)\/(clips|sources)\/(.*)$/.exec(part);
      if (!match || match[1] !== this.db.name || match[3] !== '') continue; // another database, or an index (the primary keys say it all)
      relevant = true;
      const keys = exactKeys(tree);
      if (!keys) this.reloadAll = true;
      else for (const key of keys) (match[2] === 'clips' ? this.pendingClips : this.pendingSources).add(key);
    }
    if (relevant && !this.flushQueued) {
      this.flushQueued = true;
      this.run(() => this.flush());
    }
  };

  /** Reads again what the change events named, and applies it. */
  private async flush(): Promise<void> {
    this.flushQueued = false;
    const clipIds = [...this.pendingClips];
    const sourceIds = [...this.pendingSources];
    this.pendingClips.clear();
    this.pendingSources.clear();
    if (this.reloadAll) {
      this.reloadAll = false;
      const before = this.localClock;
      await this.loadAll();
      this.forgetStamps(before);
      return;
    }
    if (!this.state.loaded) return;
    const readAt = this.localClock;
    const [clips, sources] = await Promise.all([this.db.clips.bulkGet(clipIds), this.db.sources.bulkGet(sourceIds)]);
    // Sources not yet in memory that the changed clips cite.
    const more = await this.readSources(clips, (id) => this.data.sources.has(id) || sourceIds.includes(id));
    if (this.stopped) return;
    const change: LibraryChange = {
      clips: clips.filter((clip): clip is Clip => !!clip && !this.changedHere(clip.id, readAt)),
      removedClipIds: clipIds.filter((id, index) => !clips[index] && !this.changedHere(id, readAt)),
      sources: [...sources, ...more].filter((source): source is Source => !!source),
    };
    if (!this.state.complete) {
      // Still loading: the full load has read, or will read, these too; new ones just wait for it.
      change.clips = change.clips!.filter((clip) => this.data.get(clip.id));
    }
    this.forgetStamps(readAt);
    if (this.data.apply(change)) this.publish();
  }

  private forgetStamps(upTo: number): void {
    for (const [id, stamp] of this.localStamps) if (stamp <= upTo) this.localStamps.delete(id);
  }

  private scheduleDuplicates(): void {
    if (!this.state.complete || this.duplicatesScheduled) return;
    if (this.data.duplicatesReady) {
      if (!this.state.duplicatesReady) this.publish();
      return;
    }
    this.duplicatesScheduled = true;
    (this.options.idle ?? defaultIdle)(() => {
      if (this.stopped) return true;
      const done = this.data.indexDuplicates(12);
      if (done) {
        this.duplicatesScheduled = false;
        this.publish();
      }
      return done;
    });
  }

  /** Tells the listeners; `withList` false keeps the list last published (the full load's progress alone). */
  private publish(changes: { loaded?: boolean; complete?: boolean; total?: number; read?: number } = {}, withList = true): void {
    const items = withList ? this.data.items : this.state.items;
    const loaded = changes.loaded ?? this.state.loaded;
    const complete = changes.complete ?? this.state.complete;
    const reading = changes.read ?? this.state.read;
    // Never "18 of 4": the count may come after the first chunks.
    const total = complete ? items.length : Math.max(changes.total ?? this.state.total, items.length, reading);
    const read = complete ? total : reading;
    this.state = { items, loaded, complete, total, read, facets: this.data.facets, duplicatesReady: complete && this.data.duplicatesReady };
    for (const listener of this.listeners) listener();
  }
}
