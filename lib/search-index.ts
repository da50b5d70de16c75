/**
 * An in-memory inverted index for the library's search: the same fields as
 * `applyView`'s haystack (quote, note, tags, source title and site name,
 * cited origin, organisation), looked up by word prefix instead of scanned.
 *
 * Pure data in, pure data out: no database, no browser API.
 *
 * What counts as a word (the same rules for the clips and for the query):
 * - A word is a run of Unicode letters and digits (combining marks go with
 *   the letter before them). Words joined by one of `- . ' _ & / @`, a curly
 *   apostrophe or a Unicode hyphen (or by "," between digits, "1,000") stay
 *   one word:
 *   "e-commerce", "u.s" (a trailing dot is not part of it), "at&t", "1.2".
 * - `$ € £` directly before a digit and `%` directly after one stay attached:
 *   "$1.2", "72%".
 * - Besides the whole word, the index keeps:
 *   - the word without its currency sign ("$1.2" → "1.2"),
 *   - a number without its thousands commas ("1,000" → "1000"),
 *   - the parts of a joined word and the parts run together, where the
 *     joint is not between two digits: "e-commerce" → "e", "commerce",
 *     "ecommerce"; "U.S." → "u", "s", "us"; "AT&T" → "at", "t", "att".
 *     A decimal ("1.2") is never split, so "2" does not find "$1.2".
 * - Every word is folded: lower case, then NFKD with combining marks dropped
 *   ("Résumé" → "resume", "ﬁ" → "fi", "２" → "2"), curly apostrophes made
 *   "'" and Unicode hyphens "-" ("don’t" → "don't").
 *
 * A query is folded and cut into words the same way (only whole words, not
 * their parts); each word matches as a PREFIX of an indexed word, and a clip
 * matches when it matches every query word. So "hub" finds "HubSpot", "72"
 * finds "72%", "resume" finds "résumé", "commerce" finds "e-commerce", but
 * "book" does NOT find "Facebook" and "2" does not find "72%": unlike the
 * old substring scan, a match starts at the beginning of a word (or of a
 * part of a joined word). A query with no word in it (empty, or only
 * punctuation such as "%" or "--") means no search filter.
 *
 * Layout: the distinct words sorted in one array, and their postings (the
 * positions of the clips in the array given to `buildSearchIndex`) in one
 * flat Uint32Array, word after word, each word's postings ascending. The
 * words sharing a prefix are one contiguous range of the sorted array, so
 * their postings are one contiguous slice of the flat array: a prefix costs
 * two binary searches plus a walk over that slice.
 *
 * No incremental updates: the index is rebuilt when the clips change (see
 * the library-search benchmark for the build time at 100,000 clips), in
 * slices at idle time (`createSearchIndexBuilder`).
 */
import type { ClipWithSource } from './clips';
import { hostOf } from './web-url';

export interface SearchIndex {
  /** The array the index was built from: positions refer to it (check `index.items === items` before using them). */
  readonly items: readonly ClipWithSource[];
  /** How many clips were indexed. */
  readonly size: number;
  /** How many distinct words are indexed. */
  readonly wordCount: number;
  /** How many (word, clip) pairs are indexed. */
  readonly postingCount: number;
  /**
   * The ids of the clips matching every word of `query` as a prefix;
   * `undefined` when the query has no word (no search filter).
   */
  search(query: string): Set<string> | undefined;
  /**
   * The same match as positions in the array the index was built from,
   * ascending (so in that array's order); `undefined` for no search filter.
   * Cheaper than `search` when the result is large: no Set of strings.
   */
  searchPositions(query: string): Uint32Array | undefined;
}

const combiningMarks = /\p{M}+/gu;
const curlyApostrophes = /[‘’ʼ]/g;
const unicodeHyphens = /[‐‑]/g;

/**
 * Text as the index compares it: lower case, compatibility forms and accents
 * folded (NFKD, combining marks dropped), curly apostrophes and Unicode
 * hyphens made ASCII. The index folds word by word, with the same result.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .replace(curlyApostrophes, "'")
    .replace(unicodeHyphens, '-')
    .toLowerCase();
}

// Characters by kind (Unicode \p{L}, \p{N}, \p{M}).
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** A combining mark: part of the word it follows, dropped when the word is folded. */
const MARK = 3;
const asciiKinds = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  asciiKinds[code] = code >= 0x30 && code <= 0x39 ? DIGIT : (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? LETTER : OTHER;
}
const unicodeKinds = new Map<number, number>();
function unicodeKind(code: number): number {
  let kind = unicodeKinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = /\p{N}/u.test(char) ? DIGIT : /\p{L}/u.test(char) ? LETTER : /\p{M}/u.test(char) ? MARK : OTHER;
    unicodeKinds.set(code, kind);
  }
  return kind;
}

// What `kindAt` last read: its width in UTF-16 units, and whether any read since the reset was not ASCII.
let width = 1;
let sawNonAscii = false;
/** The kind of the character at `i` (which must be inside `text`). */
function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  width = 1;
  if (code < 0x80) return asciiKinds[code]!;
  sawNonAscii = true;
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) {
      width = 2;
      return unicodeKind(point);
    }
  }
  return unicodeKind(code);
}

/** - . ' _ & / @ (and curly apostrophes, Unicode hyphens) join words; "," joins digits only. */
function isConnector(code: number): boolean {
  return code < 0x80
    ? code === 0x2d || code === 0x2e || code === 0x27 || code === 0x5f || code === 0x26 || code === 0x2f || code === 0x40 || code === 0x2c
    : code === 0x2019 || code === 0x2018 || code === 0x2010 || code === 0x2011;
}
const isCurrency = (code: number) => code === 0x24 || code === 0x20ac || code === 0xa3;

/** A word with anything not ASCII in it, folded as `foldForSearch` folds text. */
function foldWord(word: string): string {
  const folded = word.normalize('NFKD');
  return (folded === word ? word : folded.replace(combiningMarks, '').toLowerCase()).replace(curlyApostrophes, "'").replace(unicodeHyphens, '-');
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
function hashWord(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}

const COMMA_JOINT = 1;
const SPLIT_JOINT = 2;

/**
 * Calls `emit` with each whole word of lower-cased text (see the module
 * comment), folded, with whether it starts with a currency sign and its
 * joints: COMMA_JOINT when commas join digits, SPLIT_JOINT when it has a
 * joint not between digits. Hand-written: a Unicode regular expression
 * doing the same, over the whole text folded first, was several times slower.
 */
function scanWords(
  text: string,
  emit: (word: string, currency: boolean, joints: number) => void,
  plain?: (text: string, start: number, end: number, hash: number) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    sawNonAscii = false;
    let kind = kindAt(text, i);
    let step = width;
    let currency = false;
    if (kind === OTHER || kind === MARK) {
      if (!(isCurrency(text.charCodeAt(i)) && i + 1 < n && kindAt(text, i + 1) === DIGIT)) {
        i += step;
        continue;
      }
      currency = true;
      i += 1;
      kind = DIGIT;
      step = width;
    }
    let last = kind;
    // FNV-1a over the word's UTF-16 units, as hashWord computes it (used for plain words only).
    let hash = Math.imul(FNV_OFFSET ^ text.charCodeAt(start), FNV_PRIME);
    if (currency) hash = Math.imul(hash ^ text.charCodeAt(start + 1), FNV_PRIME);
    i += step;
    let joints = 0;
    for (;;) {
      while (i < n) {
        const code = text.charCodeAt(i);
        if (code < 0x80) {
          // The common case, without kindAt's bookkeeping.
          const next = asciiKinds[code]!;
          if (next === OTHER) break;
          last = next;
          hash = Math.imul(hash ^ code, FNV_PRIME);
          i += 1;
          continue;
        }
        const next = kindAt(text, i);
        if (next === OTHER) break;
        if (next !== MARK) last = next;
        i += width;
      }
      if (i + 1 >= n) break;
      const code = text.charCodeAt(i);
      if (!isConnector(code)) break;
      const after = kindAt(text, i + 1);
      if (after === OTHER || after === MARK) break;
      const betweenDigits = last === DIGIT && after === DIGIT;
      if (code === 0x2c) {
        if (!betweenDigits) break;
        joints |= COMMA_JOINT;
      } else if (!betweenDigits) {
        joints |= SPLIT_JOINT;
      }
      if (code >= 0x80) sawNonAscii = true;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      i += 1;
    }
    if (last === DIGIT && i < n && text.charCodeAt(i) === 0x25) {
      hash = Math.imul(hash ^ 0x25, FNV_PRIME);
      i += 1;
    }
    if (plain && !sawNonAscii && !currency && !joints) {
      plain(text, start, i, hash);
      continue;
    }
    const word = text.slice(start, i);
    emit(sawNonAscii ? foldWord(word) : word, currency, joints);
  }
}

/** The parts of a word between its joints that are not between digits. */
function splitParts(word: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let previous = OTHER;
  for (let i = 0; i < word.length; i += width) {
    const kind = kindAt(word, i);
    if (kind === OTHER && isConnector(word.charCodeAt(i)) && i + 1 < word.length) {
      const after = kindAt(word, i + 1);
      width = 1;
      if (!(previous === DIGIT && after === DIGIT)) {
        if (i > from) parts.push(word.slice(from, i));
        from = i + 1;
      }
    }
    previous = kind;
  }
  if (word.length > from) parts.push(word.slice(from));
  return parts;
}

/** A word and the other forms it is indexed under (see the module comment). */
function indexForms(word: string, currency: boolean, joints: number, emit: (form: string) => void): void {
  emit(word);
  const core = currency ? word.slice(1) : word;
  if (currency) emit(core);
  if (joints & COMMA_JOINT) emit(core.replace(/,/g, ''));
  if (joints & SPLIT_JOINT) {
    const parts = splitParts(core);
    for (const part of parts) emit(part);
    emit(parts.join(''));
  }
}

/** The whole words of lower-cased text, folded. */
function words(text: string): string[] {
  const found: string[] = [];
  scanWords(text, (word) => found.push(word));
  return found;
}

/** The words of a query, folded, deduplicated, as the index looks them up. */
export function queryWords(query: string): string[] {
  return [...new Set(words(query.toLowerCase()))];
}

/**
 * The query's words, for highlighting. The UI marks each as a substring of
 * the text as shown, which finds the unaccented and un-split matches; an
 * accent-folded match ("resume" in "résumé") is found but not marked.
 */
export function matchedTerms(query: string): string[] {
  return queryWords(query);
}

function clipText({ clip, source }: ClipWithSource): string {
  // The same fields as applyView's haystack.
  let text = clip.quote;
  if (clip.note) text += `\n${clip.note}`;
  if (clip.tags.length) text += `\n${clip.tags.join('\n')}`;
  if (source?.title) text += `\n${source.title}`;
  if (source?.siteName) text += `\n${source.siteName}`;
  if (clip.citedOrigin) text += `\n${clip.citedOrigin}`;
  if (clip.organisation) text += `\n${clip.organisation}`;
  // The site a source link goes to: "statista" finds a clip linked to statista.com (#3).
  if (clip.citedUrl) text += `\n${hostOf(clip.citedUrl) ?? ''}`;
  return text;
}

/** The first index in sorted `words` whose word is not below `prefix`. */
function lowerBound(sorted: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the run of words starting with `prefix` that begins at `from`. */
function prefixEnd(sorted: readonly string[], prefix: string, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds an index in steps, so that a large library's index is built at idle
 * time, a slice at a time, and no keystroke waits for it (issue #4).
 */
export interface SearchIndexBuilder {
  /** How many clips are indexed so far (of `items.length`). */
  readonly indexed: number;
  /**
   * Indexes clips for about `budgetMs` (at least a few per call); the index
   * once every clip is in, else undefined: call again.
   */
  step(budgetMs?: number): SearchIndex | undefined;
}

export function buildSearchIndex(items: readonly ClipWithSource[]): SearchIndex {
  return createSearchIndexBuilder(items).step(Infinity)!;
}

export function createSearchIndexBuilder(items: readonly ClipWithSource[]): SearchIndexBuilder {
  // Pass 1: each distinct form gets an id, found through an open-addressing
  // hash table keyed by the text range, so that a word already seen costs no
  // new string (a Map needs one per occurrence). Occurrences (one per clip
  // and form) go to flat arrays in clip order, not to an array per form.
  const formWords: string[] = [];
  let formHashes = new Int32Array(1024);
  let lastClip = new Int32Array(1024); // form id → the last clip it occurred in
  let counts = new Uint32Array(1024); // form id → how many clips it occurs in
  let mask = (1 << 12) - 1;
  let slots = new Int32Array(mask + 1); // form id + 1; 0 for an empty slot
  let occurrenceClip = new Uint32Array(1 << 16);
  let occurrenceForm = new Uint32Array(1 << 16);
  let postingCount = 0;
  let current = 0;
  const grow = <T extends Int32Array | Uint32Array>(array: T, make: (length: number) => T): T => {
    const bigger = make(array.length * 2);
    bigger.set(array);
    return bigger;
  };
  const rehash = () => {
    mask = mask * 2 + 1;
    slots = new Int32Array(mask + 1);
    for (let id = 0; id < formWords.length; id++) {
      let slot = formHashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
  };
  /** The id of the form text[start, end) hashing to `hash`, added if new. */
  const formId = (text: string, start: number, end: number, hash: number): number => {
    const length = end - start;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot]!;
      if (entry === 0) break;
      const word = formWords[entry - 1]!;
      if (formHashes[entry - 1] === hash && word.length === length && text.startsWith(word, start)) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const id = formWords.length;
    // A long slice would keep the clip's whole text alive: copy it out.
    formWords.push(start === 0 && end === text.length ? text : length < 13 ? text.slice(start, end) : ` ${text.slice(start, end)}`.slice(1));
    if (id === formHashes.length) {
      formHashes = grow(formHashes, (size) => new Int32Array(size));
      lastClip = grow(lastClip, (size) => new Int32Array(size));
      counts = grow(counts, (size) => new Uint32Array(size));
    }
    formHashes[id] = hash;
    lastClip[id] = -1;
    slots[slot] = id + 1;
    if (formWords.length * 2 > mask) rehash();
    return id;
  };
  const occurs = (id: number) => {
    if (lastClip[id] === current) return;
    if (postingCount === occurrenceClip.length) {
      occurrenceClip = grow(occurrenceClip, (size) => new Uint32Array(size));
      occurrenceForm = grow(occurrenceForm, (size) => new Uint32Array(size));
    }
    occurrenceClip[postingCount] = current;
    occurrenceForm[postingCount++] = id;
    lastClip[id] = current;
    counts[id]!++;
  };
  const add = (form: string) => occurs(formId(form, 0, form.length, hashWord(form)));
  const addWord = (word: string, currency: boolean, joints: number) => {
    if (currency || joints) indexForms(word, currency, joints, add);
    else add(word);
  };
  const addPlain = (text: string, start: number, end: number, hash: number) => occurs(formId(text, start, end, hash));
  let index: SearchIndex | undefined;
  // Pass 1 is resumable: `current` is the next clip to scan.
  return {
    get indexed() {
      return current;
    },
    step(budgetMs = Infinity) {
      if (index) return index;
      const started = performance.now();
      if (current < items.length) {
        while (current < items.length) {
          scanWords(clipText(items[current]!).toLowerCase(), addWord, addPlain);
          current++;
          if ((current & 15) === 0 && performance.now() - started > budgetMs) return undefined;
        }
        // Pass 2 in a step of its own when this one has used most of its time.
        if (performance.now() - started > budgetMs / 2) return undefined;
      }
      index = finish();
      return index;
    },
  };

  function finish(): SearchIndex {
    // Pass 2: words sorted; each word's postings one slice of a flat array, in
    // sorted order; one sequential pass over the occurrences fills the slices,
    // so each stays in ascending clip order.
    const order = Array.from(formWords.keys()).sort((a, b) => {
      const x = formWords[a]!;
      const y = formWords[b]!;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const sorted = order.map((id) => formWords[id]!);
    const offsets = new Uint32Array(sorted.length + 1);
    const cursor = new Uint32Array(formWords.length); // form id → where its next posting goes
    let at = 0;
    for (let i = 0; i < order.length; i++) {
      const id = order[i]!;
      offsets[i] = at;
      cursor[id] = at;
      at += counts[id]!;
    }
    offsets[sorted.length] = at;
    const postings = new Uint32Array(postingCount);
    for (let o = 0; o < postingCount; o++) postings[cursor[occurrenceForm[o]!]!++] = occurrenceClip[o]!;

    // Scratch for intersections: stamp[clip] === generation marks a candidate.
    const stamp = new Uint32Array(items.length);
    let generation = 0;
    const nextGeneration = () => ++generation;

    function searchPositions(query: string): Uint32Array | undefined {
      const terms = queryWords(query);
      if (terms.length === 0) return undefined;
      if (generation > 0xffff0000) {
        // Billions of queries later: start the marks afresh (never within a query).
        stamp.fill(0);
        generation = 0;
      }
      // Each term's slice of the flat postings; the smallest first.
      const ranges: { start: number; end: number }[] = [];
      for (const term of terms) {
        const first = lowerBound(sorted, term);
        const last = prefixEnd(sorted, term, first);
        if (first === last) return new Uint32Array(0);
        ranges.push({ start: offsets[first]!, end: offsets[last]! });
      }
      ranges.sort((a, b) => a.end - a.start - (b.end - b.start));

      // The first term: the union of its words' postings.
      let mark = nextGeneration();
      const head = ranges[0]!;
      let candidates = new Uint32Array(Math.min(head.end - head.start, items.length));
      let count = 0;
      for (let i = head.start; i < head.end; i++) {
        const position = postings[i]!;
        if (stamp[position] !== mark) {
          stamp[position] = mark;
          candidates[count++] = position;
        }
      }
      // Each further term keeps the candidates it also has.
      for (let r = 1; r < ranges.length && count > 0; r++) {
        const { start, end } = ranges[r]!;
        const previous = mark;
        mark = nextGeneration();
        let kept = 0;
        for (let i = start; i < end; i++) {
          const position = postings[i]!;
          if (stamp[position] === previous) {
            stamp[position] = mark;
            candidates[kept++] = position;
          }
        }
        count = kept;
      }
      if (count > items.length >>> 4) {
        // Many matches: reading the marks in order is cheaper than sorting.
        const ordered = new Uint32Array(count);
        let k = 0;
        for (let position = 0; position < items.length && k < count; position++) if (stamp[position] === mark) ordered[k++] = position;
        return ordered;
      }
      candidates = candidates.slice(0, count);
      return candidates.sort();
    }

    return {
      items,
      size: items.length,
      wordCount: sorted.length,
      postingCount,
      searchPositions,
      search(query) {
        const positions = searchPositions(query);
        if (!positions) return undefined;
        return new Set(Array.from(positions, (position) => items[position]!.clip.id));
      },
    };
  }
}
