/**
 * The database to a backup file and back: zod-checked, all-or-nothing.
 *
 * A backup file is `{ format: "casefile-backup", version, exportedAt, sources, clips }`.
 * Every version ever written must import forever, so the parser is a
 * discriminated set of versions (`KnownBackupFile`), each with a `migrate`
 * step to the current shape (`BackupFile`). The record schemas live in
 * schema.ts beside Source and Clip (`BackupSourceV1`, `BackupClipV1`,
 * `BackupClipV2`, `BackupFileV1`, `BackupFileV2`; version 2 added a clip's
 * `citedUrl`). When the shape changes again:
 *   1. freeze the current record schemas (copy them, so a later change
 *      to Source or Clip cannot change what an older file means),
 *   2. add `BackupFileV3`, add it to `KnownBackupFile`, point `BackupFile` at it,
 *   3. add the conversions to v3 in `migrate`, and a v3 fixture under
 *      tests/fixtures/backups/ (the older fixtures stay forever).
 *
 * Files come from anywhere and are hostile until parsed: size is capped before
 * JSON.parse, keys that could tamper with prototypes are refused, every string
 * has a length cap, ids must be unique and every clip must point to a source
 * in the same file. Anything wrong refuses the whole file with sentences that
 * name the record and the field.
 */
import { z } from 'zod';
import type { Clock } from './clips';
import type { CasefileDatabase } from './db';
import { BackupClipV1, BackupClipV2, BackupFileV1, BackupFileV2, BackupSelectorV1, BackupSourceV1, type Clip, recordLimits, type Source, type SourceWithText } from './schema';
import { addSources } from './sources';

export { BackupClipV1, BackupClipV2, BackupFileV1, BackupFileV2, BackupSourceV1 };

const systemClock: Clock = { now: () => new Date() };

// ---------------------------------------------------------------------------
// Limits: the records' own (schema.ts), and the file's.

export const backupLimits = {
  /** Refused before JSON.parse (UTF-16 code units; ≥ the file's size in bytes / 2). */
  fileChars: 200 * 1024 * 1024,
  ...recordLimits,
  /** How many problems a refusal names. */
  problems: 5,
} as const;

// ---------------------------------------------------------------------------
// Every version ever written, and the current one.

/** Every version Casefile has ever written, told apart by `version`. */
export const KnownBackupFile = z.discriminatedUnion('version', [BackupFileV1, BackupFileV2]);
export type KnownBackupFile = z.infer<typeof KnownBackupFile>;

/** The current backup format: what exportBackup writes and importBackup reads. */
export const BackupFile = BackupFileV2;
export type BackupFile = z.infer<typeof BackupFile>;

export const backupFormat = 'casefile-backup';
export const backupVersion: BackupFile['version'] = 2;
const knownVersions: readonly number[] = KnownBackupFile.options.map((option) => option.shape.version.value);

/** Brings any known version up to the current shape. */
export function migrate(file: KnownBackupFile): BackupFile {
  switch (file.version) {
    // Version 2 added a clip's optional `citedUrl`: a version-1 file's clips are version-2 clips as they are.
    case 1:
      return { ...file, version: 2 };
    case 2:
      return file;
  }
}

// ---------------------------------------------------------------------------
// Export.

/** Key order in the file: as the schemas list them, anything else after, alphabetically. */
const keyRank = new Map<string, number>(
  [
    'id',
    'sourceId',
    ...Object.keys(BackupFileV2.shape),
    ...Object.keys(BackupSourceV1.shape),
    ...Object.keys(BackupClipV2.shape),
    ...Object.keys(BackupSelectorV1.shape),
  ].map((key, index, all) => [key, all.indexOf(key)]),
);

function byKeyRank(a: string, b: string): number {
  const ra = keyRank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = keyRank.get(b) ?? Number.MAX_SAFE_INTEGER;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

/** A copy with every object's keys in a stable order; undefined values dropped. */
function stableCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stableCopy);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(byKeyRank)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) Object.defineProperty(out, key, { value: stableCopy(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The whole library as a backup file: every source and clip, lossless, sources
 * and clips ordered by id and keys in a stable order, so that exporting the same
 * library twice gives the same text apart from `exportedAt`.
 */
export async function exportBackup(db: CasefileDatabase, clock: Clock = systemClock): Promise<string> {
  const [sources, texts, clips] = await db.transaction('r', db.sources, db.sourceTexts, db.clips, () =>
    Promise.all([db.sources.toArray(), db.sourceTexts.toArray(), db.clips.toArray()]),
  );
  // Each source with its article text, as the file has always held it ("" for a page saved without one).
  const textOf = new Map(texts.map(({ id, text }) => [id, text]));
  const file: BackupFile = {
    format: backupFormat,
    version: backupVersion,
    exportedAt: clock.now().toISOString(),
    sources: sources.map((source) => ({ ...source, text: textOf.get(source.id) ?? '' })).sort(byId),
    clips: clips.sort(byId),
  };
  return `${JSON.stringify(stableCopy(file), null, 2)}\n`;
}

// ---------------------------------------------------------------------------
// Parse.

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; problems: string[] };

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a backup file's text. Never throws: a file with anything wrong is
 * refused whole, with up to five sentences naming the record and field.
 */
export function parseBackup(text: string): ParsedBackup {
  try {
    return parseUnchecked(text);
  } catch (error) {
    // Nothing above should throw; if something does (out of memory on a huge
    // file, say), the file is still refused with a sentence.
    return refuse(`The file could not be read as a Casefile backup (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function refuse(...problems: string[]): ParsedBackup {
  return { ok: false, problems: problems.slice(0, backupLimits.problems) };
}

function parseUnchecked(text: string): ParsedBackup {
  if (typeof text !== 'string') return refuse('The file is not a Casefile backup: it is not text.');
  if (text.length > backupLimits.fileChars) {
    return refuse(
      `The file is larger than ${backupLimits.fileChars / 1024 / 1024} MB, more than a Casefile backup can be; it was not read. Check that you chose a Casefile backup.`,
    );
  }
  if (text.trim() === '') return refuse('The file is empty: it is not a Casefile backup. Choose the file again, or export a new backup.');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('The file is not a Casefile backup: it is not valid JSON (it may be cut short).');
  }

  const forbidden = findForbiddenKey(data);
  if (forbidden) {
    return refuse(
      `${where(data, forbidden.path)}the key "${forbidden.key}" is not allowed in a Casefile backup (it could tamper with Casefile itself), so the file was refused.`,
    );
  }

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return refuse(`The file is not a Casefile backup: it holds ${describeValue(data)}, not a backup.`);
  }
  const top = data as Record<string, unknown>;
  if (top.format !== backupFormat) {
    return refuse(
      top.format === undefined
        ? 'The file is not a Casefile backup: it has no "format": "casefile-backup".'
        : `The file is not a Casefile backup: its "format" is ${describeValue(top.format)}, not "casefile-backup".`,
    );
  }
  const version = top.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(
      version === undefined
        ? 'The backup has no "version", so Casefile cannot tell how to read it.'
        : `The backup's "version" must be a whole number, not ${describeValue(version)}.`,
    );
  }
  if (version > Math.max(...knownVersions)) {
    return refuse(`This backup was made by a newer Casefile (version ${version}). Update Casefile, then import it again.`);
  }
  if (!knownVersions.includes(version)) {
    return refuse(`The backup's version (${version}) is not one Casefile has ever written, so it cannot be read.`);
  }

  const parsed = KnownBackupFile.safeParse(data);
  if (!parsed.success) return refuse(...parsed.error.issues.slice(0, backupLimits.problems).map((issue) => issueSentence(data, issue)));

  const problems = crossRecordProblems(parsed.data);
  if (problems.length) return refuse(...problems);
  return { ok: true, backup: migrate(parsed.data) };
}

/** The first key anywhere that could reach a prototype, walked without recursion (files may nest deeply). */
function findForbiddenKey(root: unknown): { key: string; path: PropertyKey[] } | undefined {
  // Each entry links to its parent, so that a path is only built for the key found.
  interface Place {
    value: object;
    key: PropertyKey;
    parent: Place | undefined;
  }
  const pathOf = (place: Place | undefined): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let at = place; at?.parent; at = at.parent) path.push(at.key);
    return path.reverse();
  };
  if (root === null || typeof root !== 'object') return undefined;
  const stack: Place[] = [{ value: root, key: '', parent: undefined }];
  while (stack.length) {
    const place = stack.pop()!;
    const { value } = place;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, key: i, parent: place });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) if (forbiddenKeys.has(key)) return { key, path: pathOf(place) };
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i]!;
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, key, parent: place });
    }
  }
  return undefined;
}

/** Duplicate ids, duplicate pages and clips pointing outside the file. */
function crossRecordProblems(file: KnownBackupFile): string[] {
  const problems: string[] = [];
  const add = (sentence: string) => problems.length < backupLimits.problems && problems.push(sentence);

  const sourceIndex = new Map<string, number>();
  const urlIndex = new Map<string, number>();
  file.sources.forEach((source, i) => {
    const first = sourceIndex.get(source.id);
    if (first !== undefined) add(`Source ${i + 1} (id ${shortId(source.id)}) has the same id as source ${first + 1}; each source must have its own id.`);
    else sourceIndex.set(source.id, i);
    const sameUrl = urlIndex.get(source.canonicalUrl);
    if (sameUrl !== undefined) {
      add(`Source ${i + 1} (id ${shortId(source.id)}) has the same "canonicalUrl" as source ${sameUrl + 1}; a page can only be in a backup once.`);
    } else urlIndex.set(source.canonicalUrl, i);
  });

  const clipIndex = new Map<string, number>();
  file.clips.forEach((clip, i) => {
    const label = `Clip ${i + 1} (id ${shortId(clip.id)})`;
    const first = clipIndex.get(clip.id);
    if (first !== undefined) add(`${label} has the same id as clip ${first + 1}; each clip must have its own id.`);
    else clipIndex.set(clip.id, i);
    if (!sourceIndex.has(clip.sourceId)) add(`${label} points to source ${shortId(clip.sourceId)} which is not in the file.`);
    clip.alsoCitedIn?.forEach((cited, j) => {
      if (!sourceIndex.has(cited.sourceId)) {
        add(`${label}: "alsoCitedIn[${j}].sourceId" points to source ${shortId(cited.sourceId)} which is not in the file.`);
      }
    });
  });
  return problems;
}

// ---------------------------------------------------------------------------
// Sentences.

function formatCount(n: number): string {
  return new Intl.NumberFormat('en-US').format(n);
}

function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const recordNames: Record<string, string> = { sources: 'Source', clips: 'Clip' };

/** "Clip 12 (id 0b5d1c9e…)" and the rest of the path, when the path is inside a record. */
function recordOf(root: unknown, path: readonly PropertyKey[]): { label: string; rest: PropertyKey[] } | undefined {
  const [list, index, ...rest] = path;
  const name = typeof list === 'string' ? recordNames[list] : undefined;
  if (!name || typeof index !== 'number') return undefined;
  const id = valueAt(root, [list!, index, 'id']);
  const label = typeof id === 'string' && id ? `${name} ${index + 1} (id ${shortId(id)})` : `${name} ${index + 1}`;
  return { label, rest };
}

/** `"selector.exact"`, `"alsoCitedIn[0].sourceId"`. */
function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const key of path) name += typeof key === 'number' ? `[${key}]` : `${name ? '.' : ''}${String(key)}`;
  return `"${name}"`;
}

/** The start of a sentence about a place in the file, ending where a field's predicate can follow. */
function where(root: unknown, path: readonly PropertyKey[]): string {
  const record = recordOf(root, path);
  if (record) return record.rest.length ? `${record.label}, in ${fieldName(record.rest)}: ` : `${record.label}: `;
  return path.length ? `The backup's ${fieldName(path)}: ` : 'The file: ';
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      // Control and direction-override characters would garble the sentence they are shown in.
      const shown = Array.from(value.slice(0, 80)).slice(0, 40).join('').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
      return [...value.slice(0, 82)].length > 40 ? `text ("${shown}…")` : `text ("${shown}")`;
    }
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number too large to store';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function quoted(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function orList(values: readonly unknown[]): string {
  const items = values.map(quoted);
  return items.length <= 1 ? (items[0] ?? 'nothing') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** What is wrong with a field, as the end of a sentence ("must be a number, not text ("x")."). */
function predicate(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing.';
      return `must be ${expectedNames[issue.expected] ?? issue.expected}, not ${describeValue(value)}.`;
    case 'invalid_value':
      return `must be ${orList(issue.values)}, not ${describeValue(value)}.`;
    case 'too_big':
      if (issue.origin === 'string' && typeof value === 'string') {
        return `is ${formatCount(value.length)} characters long; it can be at most ${formatCount(Number(issue.maximum))}.`;
      }
      if (issue.origin === 'array' && Array.isArray(value)) {
        return `has ${formatCount(value.length)} entries; it can have at most ${formatCount(Number(issue.maximum))}.`;
      }
      return `must be at most ${String(issue.maximum)}, not ${describeValue(value)}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty.' : `must be at least ${String(issue.minimum)} characters long.`;
      if (issue.origin === 'array') return `must have at least ${String(issue.minimum)} entries.`;
      return `must be at least ${String(issue.minimum)}, not ${describeValue(value)}.`;
    case 'invalid_format':
      if (issue.format === 'uuid') return `must be a UUID (like "0b5d1c9e-3f7a-4c2b-9d8e-1a2b3c4d5e6f"), not ${describeValue(value)}.`;
      if (issue.format === 'datetime') return `must be a date and time like "2026-11-29T10:00:00.000Z", not ${describeValue(value)}.`;
      return `is ${issue.message}: it is ${describeValue(value)}.`;
    case 'custom':
      return `is ${issue.message}: it is ${describeValue(value)}.`;
    default:
      return `is not valid (${issue.message}).`;
  }
}

/** `Clip 12 (id 0b5d1c9e…): "kind" must be "statistic" or "success-story", not text ("fact").` */
function issueSentence(root: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  const value = valueAt(root, path);
  const said = predicate(issue, value);
  const record = recordOf(root, path);
  if (record) {
    if (!record.rest.length) {
      // The record itself: "Clip 4 must be an object, not the number 3."
      return `${record.label} ${said}`;
    }
    return `${record.label}: ${fieldName(record.rest)} ${said}`;
  }
  return path.length ? `The backup's ${fieldName(path)} ${said}` : `The backup ${said}`;
}

// ---------------------------------------------------------------------------
// Import.

export const ImportReport = z.object({
  clipsAdded: z.number().int().nonnegative(),
  clipsUpdated: z.number().int().nonnegative(),
  clipsSkipped: z.number().int().nonnegative(),
  sourcesAdded: z.number().int().nonnegative(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/**
 * Merges a parsed backup into the library in one transaction: all of it or none.
 *
 * - A source whose canonical URL (or id) is already in the library is that
 *   library source: the incoming clips are pointed at it (`sourceId` and
 *   `alsoCitedIn[].sourceId`) and the library's copy is kept as it is.
 *   Other sources are added with their ids.
 * - A clip whose id is new is added. A clip the library already has is replaced
 *   when the file's `updatedAt` is later, and skipped when it is the same or earlier.
 *
 * `clock` is accepted for symmetry with the other repository functions; an
 * import is lossless, so nothing is re-stamped.
 */
export async function importBackup(db: CasefileDatabase, backup: BackupFile, clock: Clock = systemClock): Promise<ImportReport> {
  void clock;
  return db.transaction('rw', db.sources, db.sourceTexts, db.clips, async () => {
    const localByUrl = new Map<string, Source>();
    for (const source of await db.sources.where('canonicalUrl').anyOf(backup.sources.map((s) => s.canonicalUrl)).toArray()) {
      localByUrl.set(source.canonicalUrl, source);
    }
    const localById = await db.sources.bulkGet(backup.sources.map((s) => s.id));

    const sourceIdMap = new Map<string, string>();
    const newSources: SourceWithText[] = [];
    backup.sources.forEach((source, i) => {
      const local = localByUrl.get(source.canonicalUrl) ?? localById[i];
      if (local) sourceIdMap.set(source.id, local.id);
      else {
        sourceIdMap.set(source.id, source.id);
        newSources.push(source);
      }
    });
    const mapSource = (id: string) => sourceIdMap.get(id) ?? id;

    const localClips = await db.clips.bulkGet(backup.clips.map((clip) => clip.id));
    const toPut: Clip[] = [];
    let clipsAdded = 0;
    let clipsUpdated = 0;
    let clipsSkipped = 0;
    backup.clips.forEach((incoming, i) => {
      const local = localClips[i];
      if (local && !(Date.parse(incoming.updatedAt) > Date.parse(local.updatedAt))) {
        clipsSkipped += 1;
        return;
      }
      if (local) clipsUpdated += 1;
      else clipsAdded += 1;
      const clip: Clip = { ...incoming, sourceId: mapSource(incoming.sourceId) };
      if (incoming.alsoCitedIn) clip.alsoCitedIn = incoming.alsoCitedIn.map((cited) => ({ ...cited, sourceId: mapSource(cited.sourceId) }));
      toPut.push(clip);
    });

    await addSources(db, newSources);
    await db.clips.bulkPut(toPut);
    return { clipsAdded, clipsUpdated, clipsSkipped, sourcesAdded: newSources.length };
  });
}

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; problems: string[] };

/**
 * A backup file's text into the library, as the Backup panel does it: parsed
 * (refused whole, with sentences, when anything is wrong) and then merged in
 * one transaction. A merge that fails is refused too; either way a refused
 * file leaves the library as it was (the transaction rolls back).
 */
export async function importBackupText(db: CasefileDatabase, text: string, clock: Clock = systemClock): Promise<ImportOutcome> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, report: await importBackup(db, parsed.backup, clock) };
  } catch (error) {
    const quota = (error as { name?: string; inner?: { name?: string } } | null)?.inner?.name === 'QuotaExceededError' || (error as { name?: string } | null)?.name === 'QuotaExceededError';
    return {
      ok: false,
      problems: [
        quota
          ? 'Casefile is out of storage space, so nothing was imported. Export a backup, delete old clips, and import again.'
          : 'Casefile could not merge this backup into the library, so nothing was imported. Try again; if it keeps failing, the file may not match this library.',
      ],
    };
  }
}

/** "312 clips added, 4 updated, 0 skipped; 3 new sources." */
export function reportSentence(report: ImportReport): string {
  const clips = `${formatCount(report.clipsAdded)} ${report.clipsAdded === 1 ? 'clip' : 'clips'} added, ${formatCount(report.clipsUpdated)} updated, ${formatCount(report.clipsSkipped)} skipped`;
  if (!report.sourcesAdded) return `${clips}.`;
  return `${clips}; ${formatCount(report.sourcesAdded)} new ${report.sourcesAdded === 1 ? 'source' : 'sources'}.`;
}
