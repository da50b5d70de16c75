/**
 * Runs inside the library page (chrome-extension://…/options.html) for the
 * library-scale benchmark, installed as an init script before the page's own
 * code: times from navigation start to the first clip card, and from a
 * keydown, a <select> change or a click to the status line ("N of M clips
 * match.") showing the result, with performance.now() and a MutationObserver.
 *
 * Self-contained: it is sent to the page as source text (no imports, no
 * closures over module scope).
 */

export interface LibraryTiming {
  /** Trigger (keydown / select input / click) to the DOM showing the new status line. */
  ms: number;
  /** Trigger to the end of the next frame after that (requestAnimationFrame, then a task). */
  frameMs: number;
  /** The status line before and after. */
  before: string | null;
  after: string | null;
}

export interface OpenMarks {
  /** performance.now() (= ms since navigation start) when a clip card first was in the DOM. */
  firstCard?: number;
  /** …and when the frame showing it had been produced. */
  firstCardFrame?: number;
  /** The browser's first-contentful-paint entry (ms since navigation start), when it has one. */
  firstContentfulPaint?: number;
  /**
   * Where the time to the first card went (ms since navigation start): the
   * page's HTML in, its entry script in, the newest clips asked for, read and
   * painted (the library's own performance marks, components/first-page.ts).
   */
  stages?: Record<string, number>;
  /**
   * When the status line first read "N clips." or "N of M clips match." (a
   * link with a search: every clip read, all its matches shown).
   */
  hintAt?: number;
}

export type Trigger = 'keydown' | 'select' | 'click';

export interface BaselineResult {
  query: string;
  count: number;
  /** ms per run of the filter, each the mean of enough back-to-back runs to cover ≥ 5 ms. */
  samples: number[];
}

export interface LibraryBench {
  open: OpenMarks;
  /** The status line ("1000 clips." / "12 of 1000 clips match."), or null when absent. */
  hintText(): string | null;
  /** Remembers the status line and waits for the next trigger; result() then resolves when the line changes. */
  arm(trigger: Trigger, options?: { allowGone?: boolean }): void;
  result(timeoutMs: number): Promise<LibraryTiming | { timeout: true; before: string | null; after: string | null }>;
  /** Two frames: whatever the last input caused has been rendered. */
  settle(): Promise<void>;
  /** Resolves true once the status line satisfies `pattern` (a RegExp source). */
  waitHint(pattern: string, timeoutMs: number): Promise<boolean>;
  /** Ticks unticked "Select clip: …" checkboxes, scrolling as a virtualised list needs, until `wanted` are ticked. */
  tickClips(wanted: number, timeoutMs: number): Promise<number>;
  /**
   * The baseline: the same search as a plain filter over the clips already in
   * memory; and, beside it over the same clips, the library's index lookup
   * (lib/search-index.ts, when the benchmark has put it in the page), both
   * without rendering anything.
   */
  baseline(
    queries: string[],
    repetitions: number,
  ): Promise<{ clips: number; buildMs: number; results: BaselineResult[]; indexBuildMs?: number; indexed?: BaselineResult[] }>;
  /** Whether the library's search index is built (its performance mark), and when (ms since navigation). */
  searchIndexReadyAt(): number | undefined;
}

/** lib/search-index.ts, bundled by the benchmark and evaluated in the page. */
interface SearchIndexModule {
  buildSearchIndex(items: readonly { clip: unknown; source: unknown }[]): { searchPositions(query: string): Uint32Array | undefined };
}

declare global {
  // Set by installLibraryBench in the library page.
  var __libraryBench: LibraryBench;
  // Set by the benchmark (library-scale.ts) for the indexed lookup beside the plain filter.
  var __casefileSearchIndex: SearchIndexModule | undefined;
}

export function installLibraryBench(): void {
  // The library, and the benchmark's static page with one card (the floor any extension page pays).
  if (location.protocol !== 'chrome-extension:' || !/\/(options|baseline|baseline-script)\.html$/.test(location.pathname)) return;
  // "1000 clips." or "12 of 1000 clips match." (and not a toast's "1000 clips deleted.").
  const hintPattern = /^\s*\d[\d,.\u00a0\u202f]*\s+(of\s+\d[\d,.\u00a0\u202f]*\s+clips?\s+match(es)?|clips?)\.\s*$/i;
  const open: OpenMarks = {};
  const stages = (): Record<string, number> => {
    const at: Record<string, number> = {};
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (navigation) at.htmlIn = navigation.responseEnd;
    const script = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.initiatorType === 'script' || /\.js$/.test(entry.name));
    if (script) at.firstScriptIn = script.responseEnd;
    for (const name of ['asked', 'read', 'painted', 'shown']) {
      const mark = performance.getEntriesByName(`casefile:first-page-${name}`)[0];
      if (mark) at[name] = mark.startTime;
    }
    return at;
  };
  const afterNextFrame = (done: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });

  // Open: navigation start (performance.now() = 0) to the first card in the DOM.
  const cardSelector = '.clip-card, [aria-label="Clips"] > li';
  const openObserver = new MutationObserver(() => {
    if (document.querySelector(cardSelector)) {
      open.firstCard = performance.now();
      open.stages = stages();
      openObserver.disconnect();
      afterNextFrame((at) => (open.firstCardFrame = at));
    }
  });
  openObserver.observe(document, { childList: true, subtree: true });
  // A link with a search shows matches as the clips are read; the status line says when all are in.
  if (new URLSearchParams(location.search).has('q')) {
    const hintObserver = new MutationObserver(() => {
      if (!findHint()) return;
      open.hintAt = performance.now();
      hintObserver.disconnect();
    });
    hintObserver.observe(document, { childList: true, subtree: true, characterData: true });
  }
  new PerformanceObserver((entries) => {
    const paint = entries.getEntriesByName('first-contentful-paint')[0];
    if (paint) open.firstContentfulPaint = paint.startTime;
  }).observe({ type: 'paint', buffered: true });

  let hint: Element | null = null;
  function findHint(): Element | null {
    if (hint?.isConnected && hintPattern.test(hint.textContent ?? '')) return hint;
    hint = null;
    const preferred = [...document.querySelectorAll('p.hint')];
    // Elsewhere: only outside the list of clips (a card's own text never counts).
    const shallow = [...document.querySelectorAll('main > *, main > * > *, [role="status"]')];
    for (const element of [...preferred, ...shallow]) {
      if (element.closest(cardSelector)) continue;
      if (element.children.length === 0 && hintPattern.test(element.textContent ?? '')) return (hint = element);
    }
    return null;
  }
  const hintText = () => findHint()?.textContent?.trim() ?? null;

  let armed:
    | {
        trigger: Trigger;
        allowGone: boolean;
        before: string | null;
        t0?: number;
        tDom?: number;
        tFrame?: number;
        after?: string | null;
        observers: MutationObserver[];
        done?: () => void;
      }
    | undefined;

  const onTrigger = (kind: Trigger) => (event: Event) => {
    if (!armed || armed.trigger !== kind || armed.t0 !== undefined) return;
    if (kind === 'select' && !(event.target instanceof HTMLSelectElement)) return;
    armed.t0 = performance.now();
  };
  addEventListener('keydown', onTrigger('keydown'), true);
  addEventListener('input', onTrigger('select'), true);
  addEventListener('change', onTrigger('select'), true);
  addEventListener('click', onTrigger('click'), true);

  function check() {
    const state = armed;
    if (!state || state.tDom !== undefined || state.t0 === undefined) return;
    const now = hintText();
    if (now === state.before || (now === null && !state.allowGone)) return;
    state.tDom = performance.now();
    state.after = now;
    for (const observer of state.observers) observer.disconnect();
    afterNextFrame((at) => {
      state.tFrame = at;
      state.done?.();
    });
  }

  const bench: LibraryBench = {
    open,
    hintText,
    arm(trigger, options) {
      for (const observer of armed?.observers ?? []) observer.disconnect();
      const element = findHint();
      const observers: MutationObserver[] = [];
      const watch = (target: Node, options: MutationObserverInit) => {
        const observer = new MutationObserver(check);
        observer.observe(target, options);
        observers.push(observer);
      };
      if (element) watch(element, { childList: true, characterData: true, subtree: true });
      // The line may be replaced or removed (and re-added) as a whole.
      const parent = element?.parentNode ?? document.querySelector('main') ?? document.body;
      watch(parent, { childList: true });
      if (!element) watch(document.body, { childList: true, subtree: true });
      armed = { trigger, allowGone: !!options?.allowGone, before: element?.textContent?.trim() ?? null, observers };
    },
    result(timeoutMs) {
      const state = armed;
      if (!state) return Promise.reject(new Error('not armed'));
      return new Promise((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          for (const observer of state.observers) observer.disconnect();
          if (armed === state) armed = undefined;
          if (state.tFrame !== undefined && state.tDom !== undefined && state.t0 !== undefined) {
            resolve({ ms: state.tDom - state.t0, frameMs: state.tFrame - state.t0, before: state.before, after: state.after ?? null });
          } else {
            resolve({ timeout: true, before: state.before, after: hintText() });
          }
        };
        const timer = setTimeout(finish, timeoutMs);
        state.done = finish;
        // Already changed before result() was asked for (a fast page).
        check();
        if (state.tFrame !== undefined) finish();
      });
    },
    settle() {
      return new Promise((resolve) => requestAnimationFrame(() => afterNextFrame(() => resolve())));
    },
    waitHint(pattern, timeoutMs) {
      const wanted = new RegExp(pattern);
      return new Promise((resolve) => {
        const deadline = performance.now() + timeoutMs;
        const poll = () => {
          if (wanted.test(hintText() ?? '')) resolve(true);
          else if (performance.now() > deadline) resolve(false);
          else setTimeout(poll, 20);
        };
        poll();
      });
    },
    async tickClips(wanted, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      const nameOf = (box: HTMLInputElement) =>
        box.getAttribute('aria-label') ??
        (box.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => (id ? document.getElementById(id)?.textContent ?? '' : ''))
          .join(' ')
          .trim() ??
        '';
      const boxes = () =>
        [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((box) =>
          /^Select clip/i.test(nameOf(box) || box.labels?.[0]?.textContent?.trim() || ''),
        );
      const ticked = new Set<HTMLInputElement>();
      let stale = 0;
      while (performance.now() < deadline) {
        const all = boxes();
        const count = all.filter((box) => box.checked).length;
        if (count >= wanted) break;
        const fresh = all.filter((box) => !box.checked && !ticked.has(box));
        if (fresh.length === 0) {
          if (++stale > 5) break;
        } else stale = 0;
        for (const box of fresh.slice(0, wanted - count)) {
          ticked.add(box);
          box.click();
          await Promise.resolve();
        }
        // A virtualised list renders the next cards only once scrolled to them.
        (fresh.at(-1) ?? all.at(-1))?.scrollIntoView({ block: 'start' });
        await bench.settle();
      }
      scrollTo(0, 0);
      await bench.settle();
      return ticked.size;
    },
    async baseline(queries, repetitions) {
      const started = performance.now();
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('casefile');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const getAll = <T,>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const request = database.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        });
      type Row = { quote: string; note: string; tags: string[]; sourceId: string; citedOrigin?: string; organisation?: string };
      const [clips, sources] = await Promise.all([getAll<Row>('clips'), getAll<{ id: string; title: string; siteName?: string }>('sources')]);
      database.close();
      const byId = new Map(sources.map((source) => [source.id, source]));
      // The array the filter runs over, built once: one lower-cased haystack per clip.
      const haystacks = clips.map((clip) => {
        const source = byId.get(clip.sourceId);
        return [clip.quote, clip.note, clip.tags.join(' '), source?.title, source?.siteName, clip.citedOrigin, clip.organisation]
          .filter(Boolean)
          .join('\n')
          .toLowerCase();
      });
      const buildMs = performance.now() - started;
      const termsOf = (query: string) => [
        ...new Set(
          query
            .toLowerCase()
            .split(/\s+/)
            .map((word) => word.replace(/^[^\p{L}\p{N}$€£%]+|[^\p{L}\p{N}%]+$/gu, ''))
            .filter(Boolean),
        ),
      ];
      // The index over the same clips in the same order (not timed), and its lookup mapped back to the clips.
      const module = globalThis.__casefileSearchIndex;
      const items = clips.map((clip) => ({ clip, source: byId.get(clip.sourceId) }));
      const indexStart = performance.now();
      const index = module?.buildSearchIndex(items);
      const indexBuildMs = index ? performance.now() - indexStart : undefined;
      /** ms per run of `run`, each the mean of enough back-to-back runs to cover ≥ 5 ms. */
      const time = (run: () => number, into: BaselineResult) => {
        let runs = 0;
        const t0 = performance.now();
        let elapsed = 0;
        do {
          into.count = run();
          runs++;
          elapsed = performance.now() - t0;
        } while (elapsed < 5);
        into.samples.push(elapsed / runs);
      };
      const results: BaselineResult[] = queries.map((query) => ({ query, count: 0, samples: [] }));
      const indexed: BaselineResult[] = queries.map((query) => ({ query, count: 0, samples: [] }));
      for (let repetition = 0; repetition < repetitions; repetition++) {
        for (const [q, result] of results.entries()) {
          const terms = termsOf(result.query);
          const plain = () => haystacks.filter((haystack) => terms.every((term) => haystack.includes(term))).length;
          const lookup = () => Array.from(index!.searchPositions(result.query) ?? [], (position) => items[position]!).length;
          // Interleaved, the order alternating, so that drift and GC hit both alike.
          if (!index) time(plain, result);
          else if ((repetition + q) % 2 === 0) {
            time(plain, result);
            time(lookup, indexed[q]!);
          } else {
            time(lookup, indexed[q]!);
            time(plain, result);
          }
        }
      }
      return { clips: clips.length, buildMs, results, ...(index ? { indexBuildMs, indexed } : {}) };
    },
    searchIndexReadyAt() {
      return performance.getEntriesByName('casefile:search-index-ready')[0]?.startTime;
    },
  };
  globalThis.__libraryBench = bench;
}
