/**
 * The backup importer's property, shared by the unit suite (fixed seed) and
 * `npm run bench -- backup-fuzz` (10,000 runs or more, any seed):
 *
 *   a valid backup, damaged at random (byte flips, truncation, type swaps,
 *   deleted fields, deep nesting, prototype keys, huge numbers, long strings,
 *   duplicate ids) goes through importBackupText into a library in IndexedDB
 *   (fake-indexeddb), as the Backup panel sends it. It is either imported —
 *   leaving only records the schemas accept, and a library that still backs
 *   up — or refused with one to five sentences, and then the database holds
 *   exactly what it held before. Nothing throws and nothing hangs.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// IndexedDB for the library the damaged files are imported into (already loaded in the unit suite).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { type BackupFile, exportBackup, importBackupText, parseBackup } from '../../lib/backup';
import { CasefileDatabase } from '../../lib/db';
import { Clip, Source, type SourceWithText } from '../../lib/schema';
import { addSources } from '../../lib/sources';

export const fuzzSeed = 20261129;

export interface BackupFuzzOptions {
  runs: number;
  seed?: number;
  /** The valid backup to damage; tests/fixtures/backups/v1.json by default. */
  baseText?: string;
  /** Longest a single import (parse and merge) may take, in ms. */
  parseBudgetMs?: number;
}

const here = dirname(fileURLToPath(import.meta.url));
export function fixtureText(name = 'v1.json'): string {
  return readFileSync(resolve(here, '../fixtures/backups', name), 'utf8');
}

// ---------------------------------------------------------------------------
// Mutations.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type StructuralMutation =
  | { op: 'swap'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'raw'; at: number; text: string }
  | { op: 'nest'; at: number; depth: number; brackets: 'array' | 'object' }
  | { op: 'protoKey'; at: number; key: string; value: Json }
  | { op: 'longString'; at: number; length: number; char: string }
  | { op: 'text'; at: number; value: string }
  | { op: 'duplicateId'; from: number; to: number }
  | { op: 'otherSource'; at: number; source: number }
  | { op: 'dropRecord'; list: 'sources' | 'clips'; at: number }
  | { op: 'freshSourceId'; at: number; id: string };

export type TextMutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string };

export interface Damage {
  structural: StructuralMutation[];
  textual: TextMutation[];
}

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 3 }),
  // Plausible values of the right type in the wrong place.
  fc.constantFrom<Json>('statistic', 'success-story', 'TextQuoteSelector', '2026-11-29T10:00:00.000Z', '2016-02', crypto.randomUUID(), '', 'casefile-backup', 1, 2, 1800, 2200),
);

const structural: fc.Arbitrary<StructuralMutation> = fc.oneof(
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), value: jsonValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('raw' as const),
    at: fc.nat(),
    text: fc.constantFrom('1e400', '-1e400', '1e308', '-0', '9007199254740993', '0.1e-400', '2200.0000000000001', '1799.9999999999999', '123456789012345678901234567890'),
  }),
  fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 20_000 }), brackets: fc.constantFrom('array' as const, 'object' as const) }),
  fc.record({ op: fc.constant('protoKey' as const), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype'), value: jsonValue }),
  fc.record({
    op: fc.constant('longString' as const),
    at: fc.nat(),
    length: fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.constantFrom(64, 65, 500, 501, 1000, 1001, 2000, 2001, 5000, 5001, 8192, 8193, 10_000, 10_001, 100_000, 100_001, 5_000_000, 5_000_001)),
    char: fc.constantFrom('x', 'é', '😀', '\u202e', '\u0000', '"', '\\'),
  }),
  fc.record({ op: fc.constant('text' as const), at: fc.nat(), value: fc.string({ unit: 'grapheme', maxLength: 30 }) }),
  fc.record({ op: fc.constant('duplicateId' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('otherSource' as const), at: fc.nat(), source: fc.nat() }),
  fc.record({ op: fc.constant('dropRecord' as const), list: fc.constantFrom('sources' as const, 'clips' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('freshSourceId' as const), at: fc.nat(), id: fc.uuid({ version: 4 }) }),
);

const textual: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('{', '}', '[', ']', ',', '"', ':', '\\', '\u0000', 'null', '"__proto__":{},') }),
);

export const damage: fc.Arbitrary<Damage> = fc.record({
  structural: fc.array(structural, { maxLength: 3 }),
  textual: fc.array(textual, { maxLength: 2 }),
});

interface Place {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

/** Every value below the root, in document order. */
function places(root: Json): Place[] {
  const found: Place[] = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const value = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      found.push({ parent: value, key });
      stack.push((value as Record<string | number, Json>)[key]!);
    }
  }
  return found;
}

function setAt(place: Place, value: Json): void {
  Object.defineProperty(place.parent, place.key, { value, enumerable: true, writable: true, configurable: true });
}

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length ? items[n % items.length] : undefined;
}

/** Applies the damage to a backup's text; the result may be anything. */
export function applyDamage(baseText: string, { structural, textual }: Damage): string {
  let doc = JSON.parse(baseText) as Json;
  const raw = new Map<string, string>();
  const placeholder = (text: string) => {
    const token = `@@fuzz-${raw.size}@@`;
    raw.set(token, text);
    return token;
  };
  for (const mutation of structural) {
    const all = places(doc);
    const place = 'at' in mutation ? pick(all, mutation.at) : undefined;
    switch (mutation.op) {
      case 'swap':
        if (place) setAt(place, mutation.value);
        else doc = mutation.value;
        break;
      case 'delete':
        if (place && Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
        else if (place) delete (place.parent as Record<string, Json>)[place.key];
        break;
      case 'raw':
        if (place) setAt(place, placeholder(mutation.text));
        break;
      case 'nest': {
        const [open, close] = mutation.brackets === 'array' ? ['[', ']'] : ['{"a":', '}'];
        if (place) setAt(place, placeholder(`${open.repeat(mutation.depth)}1${close.repeat(mutation.depth)}`));
        break;
      }
      case 'protoKey': {
        const objects = [doc, ...all.map((p) => (p.parent as Record<string | number, Json>)[p.key]!)].filter(
          (value): value is { [key: string]: Json } => value !== null && typeof value === 'object' && !Array.isArray(value),
        );
        const target = pick(objects, mutation.at);
        if (target) Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
        break;
      }
      case 'longString':
        if (place) setAt(place, mutation.char.repeat(mutation.length));
        break;
      case 'text':
        if (place) setAt(place, mutation.value);
        break;
      case 'dropRecord': {
        const list = (doc as Partial<Record<string, Json>>)?.[mutation.list];
        if (Array.isArray(list) && list.length) list.splice(mutation.at % list.length, 1);
        break;
      }
      case 'freshSourceId': {
        // A clip, or one of its alsoCitedIn entries, pointing to a page not in the file.
        const holders = all.filter((p) => p.key === 'sourceId').map((p) => p.parent as Record<string, Json>);
        const holder = pick(holders, mutation.at);
        if (holder) holder.sourceId = mutation.id;
        break;
      }
      case 'duplicateId':
      case 'otherSource': {
        const file = doc as Partial<Record<'sources' | 'clips', { id?: Json; sourceId?: Json }[]>>;
        const clips = Array.isArray(file?.clips) ? file.clips : [];
        const sources = Array.isArray(file?.sources) ? file.sources : [];
        if (mutation.op === 'duplicateId') {
          const list = mutation.from % 2 ? clips : sources;
          const from = pick(list, mutation.from);
          const to = pick(list, mutation.to);
          if (from && to && typeof from === 'object' && typeof to === 'object') to.id = from.id ?? null;
        } else {
          const clip = pick(clips, mutation.at);
          const source = pick(sources, mutation.source);
          if (clip && source && typeof clip === 'object' && typeof source === 'object') clip.sourceId = source.id ?? null;
        }
        break;
      }
    }
  }
  let text = JSON.stringify(doc, null, 2) ?? '';
  for (const [token, replacement] of raw) text = text.replace(`"${token}"`, replacement);

  for (const mutation of textual) {
    const bytes = new TextEncoder().encode(text);
    if (!bytes.length) break;
    const at = mutation.at % bytes.length;
    switch (mutation.op) {
      case 'flip':
        bytes[at]! ^= 1 << mutation.bit;
        text = new TextDecoder().decode(bytes);
        break;
      case 'truncate':
        text = new TextDecoder().decode(bytes.subarray(0, at));
        break;
      case 'insert': {
        const chars = [...text];
        const i = mutation.at % (chars.length + 1);
        text = chars.slice(0, i).join('') + mutation.text + chars.slice(i).join('');
        break;
      }
    }
  }
  return text;
}

// ---------------------------------------------------------------------------
// The library the damaged files are imported into: part of the base file (one
// clip older, so an import can update it) and a record of its own.

function baseline(base: BackupFile): { sources: SourceWithText[]; clips: Clip[] } {
  const source = base.sources[0];
  const clip = base.clips.find((c) => c.sourceId === source?.id && !c.alsoCitedIn);
  const own: SourceWithText = {
    id: 'd0d0d0d0-0000-4000-8000-000000000001',
    url: 'https://local.example/',
    canonicalUrl: 'https://local.example/',
    title: 'Local',
    text: 'Local text',
    capturedAt: '2026-10-01T00:00:00.000Z',
  };
  const ownClip: Clip = {
    id: 'd0d0d0d0-0000-4000-8000-0000000000c1',
    sourceId: own.id,
    kind: 'statistic',
    quote: 'Local one',
    note: '',
    tags: [],
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z',
  };
  return {
    sources: [own, ...(source ? [source] : [])],
    clips: [ownClip, ...(clip ? [{ ...clip, note: 'older local copy', updatedAt: '2000-01-01T00:00:00.000Z' }] : [])],
  };
}

async function snapshot(db: CasefileDatabase) {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return { sources: (await db.sources.toArray()).sort(byId), texts: (await db.sourceTexts.toArray()).sort(byId), clips: (await db.clips.toArray()).sort(byId) };
}

async function reset(db: CasefileDatabase, library: { sources: SourceWithText[]; clips: Clip[] }): Promise<void> {
  await db.transaction('rw', db.sources, db.sourceTexts, db.clips, async () => {
    await db.sources.clear();
    await db.sourceTexts.clear();
    await db.clips.clear();
    await addSources(db, structuredClone(library.sources));
    await db.clips.bulkAdd(structuredClone(library.clips));
  });
}

function fail(message: string): never {
  throw new Error(message);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface FuzzStats {
  runs: number;
  accepted: number;
  refused: number;
  /** Refusals by what their first sentence is about. */
  refusals: Record<RefusalKind, number>;
  slowestImportMs: number;
}

export const refusalKinds = ['unreadable', 'not a backup', 'prototype key', 'too long', 'wrong field', 'between records', 'merge failed', 'other'] as const;
export type RefusalKind = (typeof refusalKinds)[number];

/** What a refusal is about, from its first sentence. */
export function refusalKind(problem: string): RefusalKind {
  if (/not valid JSON|is empty|not text|larger than/.test(problem)) return 'unreadable';
  if (/is not allowed in a Casefile backup/.test(problem)) return 'prototype key';
  if (/"format"|"version"|version \(|newer Casefile|holds .*, not a backup/.test(problem)) return 'not a backup';
  if (/characters long|entries; it can have at most/.test(problem)) return 'too long';
  if (/same id|same "canonicalUrl"|which is not in the file/.test(problem)) return 'between records';
  if (/could not merge|out of storage/.test(problem)) return 'merge failed';
  if (/must|is missing|is not|is .*: it is/.test(problem)) return 'wrong field';
  return 'other';
}

/**
 * Runs the property `runs` times from `seed` (fixed, so a failure reproduces).
 */
export async function runBackupFuzz({ runs, seed = fuzzSeed, baseText = fixtureText(), parseBudgetMs = 5_000 }: BackupFuzzOptions): Promise<FuzzStats> {
  const base = parseBackup(baseText);
  if (!base.ok) fail(`The base backup is refused: ${base.problems.join(' ')}`);
  const library = baseline(base.backup);
  const db = new CasefileDatabase(`fuzz-${crypto.randomUUID()}`);
  const stats: FuzzStats = { runs: 0, accepted: 0, refused: 0, refusals: Object.fromEntries(refusalKinds.map((kind) => [kind, 0])) as Record<RefusalKind, number>, slowestImportMs: 0 };
  try {
    await reset(db, library);
    const before = await snapshot(db);
    const property = fc.asyncProperty(damage, async (mutations) => {
      stats.runs += 1;
      const text = applyDamage(baseText, mutations);
      const started = performance.now();
      const result = await importBackupText(db, text); // a throw or a rejection fails the property
      const took = performance.now() - started;
      stats.slowestImportMs = Math.max(stats.slowestImportMs, took);
      if (took > parseBudgetMs) fail(`importing took ${Math.round(took)} ms`);
      if (Object.keys(Object.prototype).length || ({} as Record<string, unknown>).polluted !== undefined) fail('Object.prototype was polluted');

      // A later mutation may drop the record that got the key (dropRecord, delete, swap): only a key still in the file counts.
      const mustRefuse = mutations.textual.length === 0 && mutations.structural.some((m) => m.op === 'protoKey') && /(?<!\\)"(?:__proto__|constructor|prototype)":/.test(text);
      if (mustRefuse && result.ok) fail('a backup with a prototype key was accepted');

      if (!result.ok) {
        stats.refused += 1;
        stats.refusals[refusalKind(String(result.problems[0]))] += 1;
        if (!Array.isArray(result.problems) || result.problems.length < 1 || result.problems.length > 5) fail(`expected 1–5 problems, got ${JSON.stringify(result.problems)}`);
        for (const problem of result.problems) {
          if (typeof problem !== 'string' || !/^\S.*\S$/s.test(problem)) fail(`a problem is not a sentence: ${JSON.stringify(problem)}`);
        }
        if (!sameJson(await snapshot(db), before)) fail('the library changed after a refusal');
        return;
      }

      stats.accepted += 1;
      const { report } = result;
      const imported = parseBackup(text);
      if (!imported.ok) fail('the importer took a file the parser refuses');
      if (report.clipsAdded + report.clipsUpdated + report.clipsSkipped !== imported.backup.clips.length) fail(`the report does not add up: ${JSON.stringify(report)}`);
      const after = await snapshot(db);
      const sourceIds = new Set(after.sources.map((s) => s.id));
      for (const source of after.sources) Source.parse(source);
      for (const clip of after.clips) {
        Clip.parse(clip);
        if (!sourceIds.has(clip.sourceId)) fail(`clip ${clip.id} points to a missing source`);
        for (const cited of clip.alsoCitedIn ?? []) if (!sourceIds.has(cited.sourceId)) fail(`clip ${clip.id} cites a missing source`);
      }
      // The library still makes a backup that imports.
      const again = parseBackup(await exportBackup(db));
      if (!again.ok) fail(`the library no longer exports a valid backup: ${again.problems.join(' ')}`);
      await reset(db, library);
    });
    await fc.assert(property, { seed, numRuns: runs, timeout: 60_000 });
  } finally {
    await db.delete();
  }
  return stats;
}
