import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type BackupFile,
  backupLimits,
  backupVersion,
  exportBackup,
  type ImportReport,
  importBackup,
  parseBackup,
  reportSentence,
} from '../../lib/backup';
import { CasefileDatabase } from '../../lib/db';
import type { Clip, SourceWithText } from '../../lib/schema';
import { addSources } from '../../lib/sources';

const frozen = { now: () => new Date('2026-11-29T10:00:00.000Z') };
const later = { now: () => new Date('2026-12-01T08:30:00.000Z') };

// ---------------------------------------------------------------------------
// The sample library: every optional field, right-to-left text and emoji.
// Exported with the frozen clock it is tests/fixtures/backups/v1.json.

const ids = {
  pew: '1f0c5a52-6a1e-4c39-9b1a-0d2f6f3e5a01',
  arabic: '2b7d9e10-3c4f-4a8b-8e21-5f6a7b8c9d02',
  bare: '3c8e0f21-4d5a-4b9c-af32-6a7b8c9d0e03',
  c1: 'a1b2c3d4-0001-4e5f-8a9b-0c1d2e3f4a51',
  c2: 'a1b2c3d4-0002-4e5f-9a9b-0c1d2e3f4a52',
  c3: 'a1b2c3d4-0003-4e5f-aa9b-0c1d2e3f4a53',
  c4: 'a1b2c3d4-0004-4e5f-ba9b-0c1d2e3f4a54',
  c5: 'a1b2c3d4-0005-4e5f-8a9b-0c1d2e3f4a55',
  c6: 'a1b2c3d4-0006-4e5f-9a9b-0c1d2e3f4a56',
};

const sampleSources: SourceWithText[] = [
  {
    id: ids.pew,
    url: 'https://news.example/social-media-2016?utm_source=feed#comments',
    canonicalUrl: 'https://news.example/social-media-2016',
    title: 'Social media use in 2016 — “who’s online”',
    byline: 'Jane Doe & Ana Müller',
    siteName: 'News Example',
    publishedTime: '2016-02-29T10:00:00Z',
    lang: 'en-GB',
    excerpt: 'Facebook remains the most popular platform: 72% of adults use it.',
    text: 'Facebook remains the most popular platform.\n\n72% of adults use Facebook, according to Pew Research Center.\n\tComcast cut response times by 40%.',
    capturedAt: '2026-11-20T09:15:00.000Z',
  },
  {
    id: ids.arabic,
    url: 'https://akhbar.example/ar/social',
    canonicalUrl: 'https://akhbar.example/ar/social',
    title: 'استخدام وسائل التواصل الاجتماعي في 2016',
    siteName: 'أخبار مثال',
    publishedTime: '2016-03',
    lang: 'ar',
    excerpt: '٧٢٪ من البالغين يستخدمون فيسبوك.',
    text: 'يظل فيسبوك المنصة الأكثر شعبية. ٧٢٪ من البالغين يستخدمون فيسبوك، وفقًا لمركز بيو للأبحاث.',
    capturedAt: '2026-11-21T18:45:30.500Z',
  },
  {
    id: ids.bare,
    url: 'http://bare.example/page#top',
    canonicalUrl: 'http://bare.example/page',
    title: 'bare.example',
    text: '',
    capturedAt: '2026-11-22T00:00:00.000Z',
  },
];

const sampleClips: Clip[] = [
  {
    id: ids.c1,
    sourceId: ids.pew,
    kind: 'statistic',
    quote: '72% of adults use Facebook, according to Pew Research Center.',
    note: '📊 for the Q3 deck 👩🏽‍💻 — check the 2018 update',
    tags: ['social', 'pew', '🇪🇺 EU'],
    selector: {
      type: 'TextQuoteSelector',
      exact: '72% of adults use Facebook, according to Pew Research Center.',
      prefix: 'most popular platform.\n\n',
      suffix: '\n\tComcast cut',
    },
    citedOrigin: 'Pew Research Center',
    citedUrl: 'https://www.pewresearch.org/internet/fact-sheet/social-media/',
    dataYear: 2016,
    alsoCitedIn: [
      {
        sourceId: ids.arabic,
        quote: '٧٢٪ من البالغين يستخدمون فيسبوك',
        selector: { type: 'TextQuoteSelector', exact: '٧٢٪ من البالغين يستخدمون فيسبوك', prefix: 'شعبية. ', suffix: '، وفقًا' },
      },
      { sourceId: ids.bare, quote: '72% of adults' },
    ],
    createdAt: '2026-11-20T09:16:00.000Z',
    updatedAt: '2026-11-23T11:00:00.000Z',
  },
  {
    id: ids.c2,
    sourceId: ids.pew,
    kind: 'success-story',
    quote: 'Comcast cut response times by 40%.',
    note: '',
    tags: ['customer service'],
    selector: { type: 'TextQuoteSelector', exact: 'Comcast cut response times by 40%.', prefix: 'Research Center.\n\t', suffix: '' },
    organisation: 'Comcast',
    result: 'cut response times by 40%',
    createdAt: '2026-11-20T09:17:00.000Z',
    updatedAt: '2026-11-20T09:17:00.000Z',
  },
  {
    id: ids.c3,
    sourceId: ids.arabic,
    kind: 'statistic',
    quote: '٧٢٪ من البالغين يستخدمون فيسبوك، وفقًا لمركز بيو للأبحاث.',
    note: 'نفس الرقم بالعربية 🙂',
    tags: ['عربي', 'social'],
    citedOrigin: 'مركز بيو للأبحاث',
    dataYear: 2016,
    createdAt: '2026-11-21T18:46:00.000Z',
    updatedAt: '2026-11-21T18:46:00.000Z',
  },
  {
    id: ids.c4,
    sourceId: ids.arabic,
    kind: 'success-story',
    quote: 'שלום world: ‏הצמיחה הייתה 3×‎ in 2019 🌍',
    note: 'mixed direction: ‫RTL inside LTR‬',
    tags: [],
    organisation: 'חברה בע״מ',
    result: 'grew 3× in 2019',
    dataYear: 2019,
    createdAt: '2026-11-21T18:47:00.000Z',
    updatedAt: '2026-11-25T07:00:00.000Z',
  },
  {
    id: ids.c5,
    sourceId: ids.bare,
    kind: 'statistic',
    quote: 'Nine in ten readers skim.',
    note: '',
    tags: [],
    createdAt: '2026-11-22T00:01:00.000Z',
    updatedAt: '2026-11-22T00:01:00.000Z',
  },
  {
    id: ids.c6,
    sourceId: ids.bare,
    kind: 'success-story',
    quote: '🚀 Shopify grew merchant sales 3× with "one-click" checkout \\ fast.',
    note: 'Quotes "inside", a backslash \\ and a line\nbreak.',
    tags: ['🚀 launch', 'e-commerce'],
    citedOrigin: 'Shopify annual report',
    organisation: 'Shopify',
    result: 'grew merchant sales 3×',
    createdAt: '2026-11-22T00:02:00.000Z',
    updatedAt: '2026-11-26T16:20:00.250Z',
  },
];

async function seedSample(db: CasefileDatabase): Promise<void> {
  await db.transaction('rw', db.sources, db.sourceTexts, db.clips, async () => {
    await addSources(db, structuredClone(sampleSources));
    await db.clips.bulkAdd(structuredClone(sampleClips));
  });
}

// ---------------------------------------------------------------------------
// Helpers.

let db: CasefileDatabase;
const opened: CasefileDatabase[] = [];
function freshDb(): CasefileDatabase {
  const fresh = new CasefileDatabase(`test-${crypto.randomUUID()}`);
  opened.push(fresh);
  return fresh;
}
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(opened.splice(0).map((d) => d.delete()));
});

async function snapshot(target: CasefileDatabase) {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return { sources: (await target.sources.toArray()).sort(byId), texts: (await target.sourceTexts.toArray()).sort(byId), clips: (await target.clips.toArray()).sort(byId) };
}

/** The options page's import: parse, and import only what parses. */
async function importText(target: CasefileDatabase, text: string): Promise<{ ok: true; report: ImportReport } | { ok: false; problems: string[] }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, report: await importBackup(target, parsed.backup) };
}

const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

async function sampleText(): Promise<string> {
  const source = freshDb();
  await seedSample(source);
  return exportBackup(source, frozen);
}

/** A library of its own (ids unlike the sample's), so that a wrongly accepted file would show. */
async function seedLocal(target: CasefileDatabase): Promise<void> {
  const sourceId = 'd0d0d0d0-0000-4000-8000-000000000001';
  await addSources(target, [{ id: sourceId, url: 'https://local.example/', canonicalUrl: 'https://local.example/', title: 'Local', text: 'Local text', capturedAt: '2026-10-01T00:00:00.000Z' }]);
  await target.clips.bulkAdd([
    { id: 'd0d0d0d0-0000-4000-8000-0000000000c1', sourceId, kind: 'statistic', quote: 'Local one', note: '', tags: [], createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z' },
    { id: 'd0d0d0d0-0000-4000-8000-0000000000c2', sourceId, kind: 'success-story', quote: 'Local two', note: 'n', tags: ['x'], createdAt: '2026-10-02T00:00:00.000Z', updatedAt: '2026-10-02T00:00:00.000Z' },
  ]);
}

function edit(text: string, change: (file: Record<string, any>) => void): string {
  const file = JSON.parse(text) as Record<string, any>;
  change(file);
  return JSON.stringify(file);
}

// ---------------------------------------------------------------------------

describe('exportBackup', () => {
  it('writes everything, sources and clips by id, keys in a stable order', async () => {
    await seedSample(db);
    const text = await exportBackup(db, frozen);
    const file = JSON.parse(text) as BackupFile;
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'sources', 'clips']);
    expect(file).toMatchObject({ format: 'casefile-backup', version: 2, exportedAt: '2026-11-29T10:00:00.000Z' });
    expect(file.sources).toEqual([...sampleSources].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(file.clips).toEqual([...sampleClips].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(Object.keys(file.clips[0]!).slice(0, 4)).toEqual(['id', 'sourceId', 'kind', 'quote']);
    expect(Object.keys(file.sources[0]!).slice(0, 3)).toEqual(['id', 'url', 'canonicalUrl']);
    // The same library, inserted in another order, exports the same text.
    const other = freshDb();
    await addSources(other, structuredClone(sampleSources).reverse().map((s) => Object.fromEntries(Object.entries(s).reverse()) as SourceWithText));
    await other.clips.bulkAdd(structuredClone(sampleClips).reverse().map((c) => Object.fromEntries(Object.entries(c).reverse()) as Clip));
    expect(await exportBackup(other, frozen)).toBe(text);
  });

  it('exports an empty library as a valid, empty backup', async () => {
    const parsed = parseBackup(await exportBackup(db, frozen));
    expect(parsed).toEqual({ ok: true, backup: { format: 'casefile-backup', version: 2, exportedAt: '2026-11-29T10:00:00.000Z', sources: [], clips: [] } });
  });

  it(`matches tests/fixtures/backups/v${backupVersion}.json (CASEFILE_WRITE_FIXTURES=1 writes it)`, async () => {
    const path = resolve(__dirname, `../fixtures/backups/v${backupVersion}.json`);
    await seedSample(db);
    const text = await exportBackup(db, frozen);
    if (process.env.CASEFILE_WRITE_FIXTURES) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    expect(existsSync(path), `${path} is missing: run CASEFILE_WRITE_FIXTURES=1 npx vitest run tests/unit/backup.test.ts`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});

describe('round trip', () => {
  it('export → import into an empty library → export gives the same text apart from exportedAt', async () => {
    await seedSample(db);
    const first = await exportBackup(db, frozen);
    const empty = freshDb();
    const result = await importText(empty, first);
    expect(result).toEqual({ ok: true, report: { clipsAdded: 6, clipsUpdated: 0, clipsSkipped: 0, sourcesAdded: 3 } });
    const second = await exportBackup(empty, later);
    expect(second).not.toBe(first);
    expect(withoutExportedAt(second)).toBe(withoutExportedAt(first));
    expect(await snapshot(empty)).toEqual(await snapshot(db));
  });

  it('holds at 10,000 clips', async () => {
    const sources: SourceWithText[] = Array.from({ length: 200 }, (_, i) => ({
      id: crypto.randomUUID(),
      url: `https://site${i % 17}.example/article/${i}?ref=feed`,
      canonicalUrl: `https://site${i % 17}.example/article/${i}`,
      title: `Article ${i} — ${'ملخص '.repeat(i % 3)}🌍`,
      ...(i % 2 ? { byline: `Author ${i}`, publishedTime: '2020-01-02' } : {}),
      ...(i % 3 ? { siteName: `Site ${i % 17}`, lang: i % 5 ? 'en' : 'ar' } : {}),
      text: `Paragraph ${i}. `.repeat(50),
      capturedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    }));
    const clips: Clip[] = Array.from({ length: 10_000 }, (_, i) => {
      const source = sources[i % sources.length]!;
      const at = new Date(Date.UTC(2026, 1, 1) + i * 1000).toISOString();
      return {
        id: crypto.randomUUID(),
        sourceId: source.id,
        kind: i % 4 ? 'statistic' : 'success-story',
        quote: `Figure ${i}: ${i % 100}% of respondents 📈`,
        note: i % 7 ? '' : `note ${i}`,
        tags: i % 3 ? ['bulk', `t${i % 11}`] : [],
        ...(i % 2 ? { selector: { type: 'TextQuoteSelector' as const, exact: `Figure ${i}`, prefix: 'before ', suffix: ' after' } } : {}),
        ...(i % 5 ? {} : { citedOrigin: 'Survey Org', dataYear: 1990 + (i % 30) }),
        ...(i % 9 ? {} : { alsoCitedIn: [{ sourceId: sources[(i + 1) % sources.length]!.id, quote: `Figure ${i}` }] }),
        createdAt: at,
        updatedAt: at,
      };
    });
    await db.transaction('rw', db.sources, db.sourceTexts, db.clips, async () => {
      await addSources(db, sources);
      await db.clips.bulkAdd(clips);
    });
    const first = await exportBackup(db, frozen);
    const empty = freshDb();
    const result = await importText(empty, first);
    expect(result).toEqual({ ok: true, report: { clipsAdded: 10_000, clipsUpdated: 0, clipsSkipped: 0, sourcesAdded: 200 } });
    const second = await exportBackup(empty, later);
    expect(withoutExportedAt(second)).toBe(withoutExportedAt(first));
    // Importing the same file again changes nothing.
    expect(await importText(empty, first)).toEqual({ ok: true, report: { clipsAdded: 0, clipsUpdated: 0, clipsSkipped: 10_000, sourcesAdded: 0 } });
    expect(withoutExportedAt(await exportBackup(empty, later))).toBe(withoutExportedAt(first));
  }, 60_000);
});

describe('importBackup merge rules', () => {
  const sourceId = 'e0e0e0e0-0000-4000-8000-000000000001';
  const clipId = 'e0e0e0e0-0000-4000-8000-0000000000c1';
  const source: SourceWithText = { id: sourceId, url: 'https://m.example/a', canonicalUrl: 'https://m.example/a', title: 'Local title', text: 'Local text', capturedAt: '2026-10-01T00:00:00.000Z' };
  const { text: _localText, ...storedSource } = source;
  const clip: Clip = { id: clipId, sourceId, kind: 'statistic', quote: 'Local quote', note: 'local', tags: [], createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-05T00:00:00.000Z' };
  const file = (sources: SourceWithText[], clips: Clip[]): BackupFile => ({ format: 'casefile-backup', version: 2, exportedAt: '2026-11-29T10:00:00.000Z', sources, clips });

  beforeEach(async () => {
    await addSources(db, [source]);
    await db.clips.add(clip);
  });

  it('replaces a clip when the file has a newer updatedAt', async () => {
    const newer = { ...clip, note: 'from the file', updatedAt: '2026-10-06T00:00:00.000Z' };
    const report = await importBackup(db, file([source], [newer]));
    expect(report).toEqual({ clipsAdded: 0, clipsUpdated: 1, clipsSkipped: 0, sourcesAdded: 0 });
    expect(await db.clips.get(clipId)).toEqual(newer);
    expect(reportSentence(report)).toBe('0 clips added, 1 updated, 0 skipped.');
  });

  it('compares updatedAt as instants, whatever the offset', async () => {
    // 2026-10-05T01:00+02:00 is 2026-10-04T23:00Z: older than the library's.
    const older = { ...clip, note: 'older', updatedAt: '2026-10-05T01:00:00+02:00' };
    expect(await importBackup(db, file([source], [older]))).toMatchObject({ clipsUpdated: 0, clipsSkipped: 1 });
    expect(await db.clips.get(clipId)).toEqual(clip);
  });

  it('keeps the library clip when the file has an older or the same updatedAt', async () => {
    const older = { ...clip, note: 'older', updatedAt: '2026-10-04T00:00:00.000Z' };
    const same = { ...clip, note: 'same time, other note' };
    expect(await importBackup(db, file([source], [older]))).toEqual({ clipsAdded: 0, clipsUpdated: 0, clipsSkipped: 1, sourcesAdded: 0 });
    expect(await importBackup(db, file([source], [same]))).toEqual({ clipsAdded: 0, clipsUpdated: 0, clipsSkipped: 1, sourcesAdded: 0 });
    expect(await db.clips.get(clipId)).toEqual(clip);
  });

  it('maps a source with a known canonical URL to the library one, clips and alsoCitedIn included', async () => {
    const theirs: SourceWithText = { ...source, id: 'f1f1f1f1-0000-4000-8000-000000000001', title: 'Their title', url: 'https://m.example/a#x' };
    const otherPage: SourceWithText = { ...source, id: 'f1f1f1f1-0000-4000-8000-000000000002', url: 'https://n.example/b', canonicalUrl: 'https://n.example/b', title: 'New page' };
    const a: Clip = { ...clip, id: 'f1f1f1f1-0000-4000-8000-0000000000c1', sourceId: theirs.id, quote: 'A' };
    const b: Clip = { ...clip, id: 'f1f1f1f1-0000-4000-8000-0000000000c2', sourceId: otherPage.id, quote: 'B', alsoCitedIn: [{ sourceId: theirs.id, quote: 'A' }] };
    const parsed = parseBackup(JSON.stringify(file([theirs, otherPage], [a, b])));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const report = await importBackup(db, parsed.backup);
    expect(report).toEqual({ clipsAdded: 2, clipsUpdated: 0, clipsSkipped: 0, sourcesAdded: 1 });
    expect(reportSentence(report)).toBe('2 clips added, 0 updated, 0 skipped; 1 new source.');
    expect(await db.sources.get(sourceId)).toEqual(storedSource); // the library's citation is kept
    expect(await db.sources.get(theirs.id)).toBeUndefined();
    // A new page: its citation, and its text apart.
    const { text: otherText, ...otherCitation } = otherPage;
    expect(await db.sources.get(otherPage.id)).toEqual(otherCitation);
    expect(await db.sourceTexts.get(otherPage.id)).toEqual({ id: otherPage.id, text: otherText });
    expect((await db.clips.get(a.id))?.sourceId).toBe(sourceId);
    expect(await db.clips.get(b.id)).toEqual({ ...b, alsoCitedIn: [{ sourceId, quote: 'A' }] });
  });

  it('adds, updates and skips in one import and says so in one sentence', async () => {
    const added: Clip = { ...clip, id: 'f2f2f2f2-0000-4000-8000-0000000000c1', quote: 'New' };
    const report = await importBackup(db, file([source], [added, { ...clip, updatedAt: '2026-10-09T00:00:00.000Z' }]));
    expect(report).toEqual({ clipsAdded: 1, clipsUpdated: 1, clipsSkipped: 0, sourcesAdded: 0 });
    expect(reportSentence(report)).toBe('1 clip added, 1 updated, 0 skipped.');
    expect(reportSentence({ clipsAdded: 312, clipsUpdated: 4, clipsSkipped: 0, sourcesAdded: 0 })).toBe('312 clips added, 4 updated, 0 skipped.');
    expect(reportSentence({ clipsAdded: 1200, clipsUpdated: 0, clipsSkipped: 3, sourcesAdded: 12 })).toBe('1,200 clips added, 0 updated, 3 skipped; 12 new sources.');
  });

  it('writes nothing when the clips cannot be written (one transaction)', async () => {
    const before = await snapshot(db);
    const text = await sampleText();
    vi.spyOn(db.clips, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError: disk full'));
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    await expect(importBackup(db, parsed.backup)).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before); // the three new sources were rolled back
  });

  it('writes nothing when a record fails half-way through (a Dexie hook throws on the fourth clip)', async () => {
    const before = await snapshot(db);
    const parsed = parseBackup(await sampleText());
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    let created = 0;
    const hook = () => {
      created += 1;
      if (created === 4) throw new Error('injected failure');
    };
    db.clips.hook('creating', hook);
    await expect(importBackup(db, parsed.backup)).rejects.toThrow('injected failure');
    db.clips.hook('creating').unsubscribe(hook);
    expect(await snapshot(db)).toEqual(before);
    // And the same file imports whole once nothing fails.
    expect(await importBackup(db, parsed.backup)).toEqual({ clipsAdded: 6, clipsUpdated: 0, clipsSkipped: 0, sourcesAdded: 3 });
  });
});

describe('parseBackup refuses a damaged or hostile file whole, and the library stays as it was', () => {
  let sample: string;
  beforeEach(async () => {
    await seedLocal(db);
    sample = await sampleText();
  });

  async function expectRefused(text: string, ...patterns: RegExp[]): Promise<string[]> {
    const before = await snapshot(db);
    const result = await importText(db, text);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeLessThanOrEqual(5);
    for (const problem of problems) expect(problem).toMatch(/^[A-Z].*[.)]$/s); // sentences
    for (const pattern of patterns) expect(problems.join('\n')).toMatch(pattern);
    expect(await snapshot(db)).toEqual(before);
    return problems;
  }

  it('accepts the untouched sample (the control)', async () => {
    expect(await importText(db, sample)).toEqual({ ok: true, report: { clipsAdded: 6, clipsUpdated: 0, clipsSkipped: 0, sourcesAdded: 3 } });
  });

  it('a truncated file', async () => {
    for (const at of [1, 100, Math.floor(sample.length / 2), sample.length - 3]) {
      expect(await expectRefused(sample.slice(0, at), /it is not valid JSON \(it may be cut short\)/)).toEqual([
        'The file is not a Casefile backup: it is not valid JSON (it may be cut short).',
      ]);
    }
  });

  it('not JSON at all', async () => {
    await expectRefused('Casefile backup, honest', /not valid JSON/);
    await expectRefused('\u0089PNG\r\n\u001a\n\u0000\u0000', /not valid JSON/);
  });

  it('an empty file', async () => {
    await expectRefused('', /The file is empty/);
    await expectRefused('  \n\t', /The file is empty/);
  });

  it('a JSON array, or other JSON that is not a backup', async () => {
    await expectRefused('[]', /not a Casefile backup: it holds a list/);
    await expectRefused(JSON.stringify(JSON.parse(sample).clips), /it holds a list/);
    await expectRefused('null', /it holds null/);
    await expectRefused('"casefile-backup"', /it holds text/);
    await expectRefused('{}', /no "format": "casefile-backup"/);
    await expectRefused(edit(sample, (f) => (f.format = 'zotero-export')), /its "format" is text \("zotero-export"\)/);
  });

  it('an unknown (newer) version', async () => {
    expect(await expectRefused(edit(sample, (f) => (f.version = 3)))).toEqual([
      'This backup was made by a newer Casefile (version 3). Update Casefile, then import it again.',
    ]);
    await expectRefused(edit(sample, (f) => (f.version = 0)), /"version" must be a whole number, not the number 0/);
    await expectRefused(edit(sample, (f) => (f.version = '1')), /"version" must be a whole number, not text/);
    await expectRefused(edit(sample, (f) => delete f.version), /has no "version"/);
  });

  it('wrong types, naming the record and field', async () => {
    const problems = await expectRefused(
      edit(sample, (f) => {
        f.clips[1].kind = 'fact';
        f.clips[2].dataYear = '2016';
        f.clips[3].tags = 'social';
        f.sources[0].title = 42;
        f.exportedAt = 'yesterday';
      }),
    );
    const file = JSON.parse(sample) as BackupFile;
    const short = (id: string) => `${id.slice(0, 8)}…`;
    expect(problems).toEqual([
      `The backup's "exportedAt" must be a date and time like "2026-11-29T10:00:00.000Z", not text ("yesterday").`,
      `Source 1 (id ${short(file.sources[0]!.id)}): "title" must be text, not the number 42.`,
      `Clip 2 (id ${short(file.clips[1]!.id)}): "kind" must be "statistic" or "success-story", not text ("fact").`,
      `Clip 3 (id ${short(file.clips[2]!.id)}): "dataYear" must be a number, not text ("2016").`,
      `Clip 4 (id ${short(file.clips[3]!.id)}): "tags" must be a list, not text ("social").`,
    ]);
    await expectRefused(edit(sample, (f) => (f.clips[0].selector.exact = null)), /Clip 1 \(id .{8}…\): "selector.exact" must be text, not null\./);
    await expectRefused(edit(sample, (f) => (f.clips[0].alsoCitedIn[1].sourceId = 'nope')), /"alsoCitedIn\[1\].sourceId" must be a UUID/);
    await expectRefused(edit(sample, (f) => (f.clips[0].dataYear = 2016.5)), /"dataYear" must be a whole number, not the number 2016.5/);
    await expectRefused(edit(sample, (f) => (f.clips[4] = 7)), /Clip 5 must be an object, not the number 7\./);
    await expectRefused(edit(sample, (f) => (f.clips = {})), /The backup's "clips" must be a list, not an object\./);
  });

  it('a source link that is not a web address (version 2 added them)', async () => {
    // Which clip holds the link: the sample's clips are written in id order.
    const linked = (f: Record<string, any>): Record<string, unknown> => f.clips.find((clip: { citedUrl?: string }) => clip.citedUrl);
    expect(linked(JSON.parse(sample)).citedUrl).toBe('https://www.pewresearch.org/internet/fact-sheet/social-media/');
    await expectRefused(edit(sample, (f) => (linked(f).citedUrl = 'javascript:alert(1)')), /"citedUrl" .*not an http\(s\) URL/);
    await expectRefused(edit(sample, (f) => (linked(f).citedUrl = 42)), /"citedUrl" must be text, not the number 42\./);
  });

  it('a version-1 file, which has no source links, imports as it always did', async () => {
    const v1 = edit(sample, (f) => {
      f.version = 1;
      for (const clip of f.clips) delete clip.citedUrl;
    });
    const parsed = parseBackup(v1);
    expect(parsed.ok && parsed.backup.version).toBe(2);
    expect(parsed.ok && parsed.backup.clips.every((clip) => clip.citedUrl === undefined)).toBe(true);
  });

  it('names at most five problems', async () => {
    const problems = await expectRefused(edit(sample, (f) => f.clips.forEach((clip: Record<string, unknown>) => (clip.kind = 'x'))));
    expect(problems).toHaveLength(5);
  });

  it('missing fields', async () => {
    await expectRefused(edit(sample, (f) => delete f.clips[2].quote), /^Clip 3 \(id .{8}…\): "quote" is missing\.$/m);
    await expectRefused(edit(sample, (f) => delete f.sources[1].canonicalUrl), /Source 2 \(id .{8}…\): "canonicalUrl" is missing\./);
    await expectRefused(edit(sample, (f) => delete f.sources), /The backup's "sources" is missing\./);
    await expectRefused(edit(sample, (f) => (f.clips[0].quote = '')), /"quote" must not be empty\./);
  });

  it('a number too large, and a dataYear out of range', async () => {
    await expectRefused(sample.replace('"dataYear": 2016', '"dataYear": 1e400'), /"dataYear" must be a number, not a number too large to store\./);
    await expectRefused(edit(sample, (f) => (f.clips[0].dataYear = 99999)), /"dataYear" must be at most 2200, not the number 99999\./);
  });

  it('__proto__, constructor and prototype keys, without polluting Object.prototype', async () => {
    const injected = sample.replace('"kind": "statistic",', '"kind": "statistic", "__proto__": {"polluted": "yes", "kind": "statistic"},');
    expect(injected).not.toBe(sample);
    await expectRefused(injected, /Clip \d \(id .{8}…\): the key "__proto__" is not allowed in a Casefile backup/);
    await expectRefused(`{"__proto__": {"polluted": "yes"}, "format": "casefile-backup", "version": 1}`, /^The file: the key "__proto__" is not allowed/);
    await expectRefused(sample.replace('"type": "TextQuoteSelector",', '"type": "TextQuoteSelector", "constructor": {"prototype": {"polluted": "yes"}},'), /Clip 1 \(id .{8}…\), in "selector": the key "constructor" is not allowed/);
    await expectRefused(edit(sample, (f) => (f.sources[2].tags = [{ prototype: 1 }])), /Source 3 \(id .{8}…\), in "tags\[0\]": the key "prototype"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'kind')).toBe(false);
  });

  it('a 50 MB string, and every capped field', async () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    await expectRefused(edit(sample, (f) => (f.clips[0].note = huge)), /Clip 1 \(id .{8}…\): "note" is 52,428,800 characters long; it can be at most 100,000\./);
    await expectRefused(edit(sample, (f) => (f.sources[0].text = huge)), /Source 1 \(id .{8}…\): "text" is 52,428,800 characters long; it can be at most 5,000,000\./);
    const justOver = (n: number) => 'y'.repeat(n + 1);
    await expectRefused(edit(sample, (f) => (f.clips[0].quote = justOver(backupLimits.quote))), /"quote" is 100,001 characters long/);
    await expectRefused(edit(sample, (f) => (f.clips[0].selector.prefix = justOver(backupLimits.selectorContext))), /"selector.prefix" is 10,001 characters long/);
    await expectRefused(edit(sample, (f) => (f.clips[0].alsoCitedIn[0].quote = justOver(backupLimits.quote))), /"alsoCitedIn\[0\].quote" is 100,001/);
    await expectRefused(edit(sample, (f) => (f.sources[0].title = justOver(2000))), /"title" is 2,001 characters long; it can be at most 2,000\./);
    await expectRefused(edit(sample, (f) => (f.clips[0].tags = Array.from({ length: 1001 }, (_, i) => `t${i}`))), /"tags" has 1,001 entries; it can have at most 1,000\./);
    // At the cap is fine.
    const atCap = await importText(freshDb(), edit(sample, (f) => (f.clips[0].quote = 'z'.repeat(backupLimits.quote))));
    expect(atCap.ok).toBe(true);
  });

  it('a file over 200 MB, before reading it', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    await expectRefused('x'.repeat(backupLimits.fileChars + 1), /larger than 200 MB/);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('deep nesting', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    await expectRefused(sample.replace('"note": ""', `"note": ${deep}`), /"note" must be text, not a list\./);
    const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    await expectRefused(sample.replace('"note": ""', `"note": ${deepObject}`), /"note" must be text, not an object\./);
    // Deep nesting where unknown keys are dropped is walked (for prototype keys) without recursion, then ignored.
    const accepted = await importText(freshDb(), sample.replace('"note": ""', `"note": "", "extra": ${deep}`));
    expect(accepted.ok).toBe(true);
  });

  it('duplicate ids', async () => {
    await expectRefused(edit(sample, (f) => (f.clips[3].id = f.clips[0].id)), /Clip 4 \(id .{8}…\) has the same id as clip 1; each clip must have its own id\./);
    await expectRefused(edit(sample, (f) => (f.sources[2].id = f.sources[0].id)), /Source 3 \(id .{8}…\) has the same id as source 1/);
    await expectRefused(edit(sample, (f) => (f.sources[2].canonicalUrl = f.sources[0].canonicalUrl)), /Source 3 .* has the same "canonicalUrl" as source 1/);
  });

  it('a clip pointing to a source not in the file', async () => {
    const missing = '99999999-9999-4999-8999-999999999999';
    await expectRefused(edit(sample, (f) => (f.clips[2].sourceId = missing)), /^Clip 3 \(id .{8}…\) points to source 99999999… which is not in the file\.$/m);
    await expectRefused(edit(sample, (f) => (f.clips[0].alsoCitedIn[0].sourceId = missing)), /Clip 1 \(id .{8}…\): "alsoCitedIn\[0\].sourceId" points to source 99999999… which is not in the file\./);
    await expectRefused(edit(sample, (f) => f.sources.splice(1, 1)), /points to source 2b7d9e10… which is not in the file/);
  });
});
