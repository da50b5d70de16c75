/**
 * Library search in Node, pure logic (the browser-level page benchmark is
 * separate): today's substring scan (applyView itself, its haystack cache
 * warm) beside lib/search-index.ts, on realistic clips built from the
 * real-page corpus at 1,000, 10,000 and 100,000 clips.
 *
 * Memory figures need `gc`: run with NODE_OPTIONS=--expose-gc; otherwise the
 * section turns it on through v8.setFlagsFromString, and says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import type { ClipWithSource } from '../../lib/clips';
import { applyView, defaultView, type ViewContext } from '../../lib/library-view';
import type { Clip, Source } from '../../lib/schema';
import { buildSearchIndex, type SearchIndex } from '../../lib/search-index';
import { median, percentile, type BenchSection } from './stats';

const root = resolve(import.meta.dirname, '../..');
const corpusDir = resolve(root, '../shared/corpus/readability-pages');
const sizes = (process.env.BENCH_LIBRARY_SIZES ?? '1000,10000,100000').split(',').map(Number);

const tags = [
  'social media', 'facebook', 'instagram', 'linkedin', 'tiktok', 'youtube', 'twitter', 'email', 'seo', 'content marketing',
  'b2b', 'b2c', 'e-commerce', 'retail', 'mobile', 'video', 'advertising', 'brand awareness', 'customer service', 'support',
  'conversion', 'roi', 'growth', 'engagement', 'reach', 'privacy', 'AI', 'automation', 'analytics', 'sales',
  'hiring', 'remote work', 'healthcare', 'finance', 'education', 'climate', 'survey', 'case study', 'Q3 deck', 'keynote',
];

const siteNames = [
  'HubSpot Blog', 'Pew Research Center', 'Statista', 'Forbes', 'TechCrunch', 'The Verge', 'Harvard Business Review',
  'McKinsey & Company', 'Gartner', 'eMarketer', 'Search Engine Journal', 'Social Media Today', 'Sprout Social', 'Hootsuite Blog',
  'Buffer', 'Moz', 'Content Marketing Institute', 'MarketingProfs', 'Adweek', 'Ad Age', 'Digiday', 'Business Insider',
  'The Guardian', 'BBC News', 'Reuters', 'Bloomberg', 'Wired', 'Ars Technica', 'Le Monde', 'Der Spiegel', 'Nature',
  'The Atlantic', 'Vox', 'Axios', 'Fast Company', 'Inc.', 'Entrepreneur', 'MIT Technology Review', 'Deloitte Insights', 'PwC',
];

const origins = [
  'Pew Research Center', 'Gartner', 'McKinsey & Company', 'Statista', 'HubSpot', 'Nielsen', 'Forrester', 'IDC', 'Deloitte',
  'PwC', 'Accenture', 'Edelman Trust Barometer', 'U.S. Census Bureau', 'Eurostat', 'OECD', 'World Bank', 'IMF', 'Salesforce',
  'Adobe', 'Google', 'Meta', 'LinkedIn', 'Sprout Social Index', 'Hootsuite', 'eMarketer', 'Content Marketing Institute',
  'Bureau of Labor Statistics', 'Office for National Statistics', 'Gallup', 'YouGov', 'Ipsos', 'Kantar', 'comScore',
  'Zendesk', 'Shopify', 'Stack Overflow Developer Survey', 'GitHub Octoverse', 'WHO', 'UNESCO', 'Institut national de la statistique',
];

const organisations = [
  'Comcast', 'Airbnb', 'Spotify', 'Zappos', 'Starbucks', 'Nike', 'Dropbox', 'Slack', 'Shopify', 'Zendesk', 'HubSpot',
  'Netflix', 'Amazon', 'Walmart', 'Target', 'Sephora', 'Domino’s', 'Coca-Cola', 'Procter & Gamble', 'Unilever', 'L’Oréal',
  'Nestlé', 'Siemens', 'Airbus', 'Toyota', 'IKEA', 'Lego', 'Patagonia', 'Warby Parker', 'Glossier',
];

const noteStarts = ['Use in', 'Check against', 'Good for the', 'Compare with', 'Source for', 'Quote in', 'Backs up the', 'Ask about'];

/** Seeded, so every run measures the same library. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Corpus {
  sentences: string[];
  titles: string[];
  sites: string[];
}

export function readCorpus(): Corpus {
  const sentences: string[] = [];
  const titles: string[] = [];
  const sites = new Set<string>();
  for (const entry of readdirSync(corpusDir, { withFileTypes: true })) {
    const file = join(corpusDir, entry.name, 'expected.html');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    for (const p of document.querySelectorAll('p')) {
      const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
      for (const sentence of text.split(/(?<=[.!?…])\s+(?=[\p{Lu}\p{N}"“‘(])/u)) {
        if (sentence.length >= 30 && sentence.length <= 400) sentences.push(sentence);
      }
    }
    const metadata = join(corpusDir, entry.name, 'expected-metadata.json');
    if (existsSync(metadata)) {
      const { title, siteName } = JSON.parse(readFileSync(metadata, 'utf8')) as { title?: string; siteName?: string };
      if (title) titles.push(title);
      if (siteName) sites.add(siteName);
    }
  }
  return { sentences, titles, sites: [...sites] };
}

const uuid = (n: number, kind: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function buildLibrary(corpus: Corpus, count: number): ClipWithSource[] {
  const random = mulberry32(0xc11b + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sites = [...siteNames, ...corpus.sites];
  // ~300 sources, each with a site and a title (a corpus page's, or a sentence cut short).
  const sources: Source[] = Array.from({ length: 300 }, (_, n) => {
    const title = n < corpus.titles.length ? corpus.titles[n]! : pick(corpus.sentences).split(' ').slice(0, 4 + Math.floor(random() * 7)).join(' ').replace(/[.,;:]$/, '');
    const host = `site${n % sites.length}.example`;
    return {
      id: uuid(n, 1),
      url: `https://${host}/article-${n}`,
      canonicalUrl: `https://${host}/article-${n}`,
      title,
      siteName: sites[n % sites.length],
      text: '',
      capturedAt: '2026-01-01T00:00:00.000Z',
    };
  });
  const start = Date.parse('2026-11-01T00:00:00.000Z');
  return Array.from({ length: count }, (_, n) => {
    const source = pick(sources);
    const at = Math.floor(random() * (corpus.sentences.length - 1));
    const quote = random() < 0.7 ? corpus.sentences[at]! : `${corpus.sentences[at]!} ${corpus.sentences[at + 1]!}`;
    const success = random() < 0.2;
    const time = new Date(start - n * 60_000).toISOString();
    const clip: Clip = {
      id: uuid(n, 2),
      sourceId: source.id,
      kind: success ? 'success-story' : 'statistic',
      quote,
      note: random() < 0.3 ? `${pick(noteStarts)} ${pick(corpus.sentences).split(' ').slice(0, 3 + Math.floor(random() * 8)).join(' ')}` : '',
      tags: Array.from({ length: Math.floor(random() * 4) }, () => pick(tags)).filter((tag, i, all) => all.indexOf(tag) === i),
      ...(random() < 0.4 ? { citedOrigin: pick(origins) } : {}),
      ...(success ? { organisation: pick(organisations) } : {}),
      createdAt: time,
      updatedAt: time,
    };
    return { clip, source };
  });
}

/** Queries a user would type: common and rare words, 1–3 words, and prefixes keystroke by keystroke. */
function buildQueries(corpus: Corpus): { query: string; kind: string }[] {
  const random = mulberry32(7);
  const frequency = new Map<string, number>();
  const wordsOf = (sentence: string) => (sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  for (const sentence of corpus.sentences) for (const word of new Set(wordsOf(sentence))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const ranked = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const rare = [...frequency].filter(([word, n]) => n >= 2 && n <= 4 && /^[a-z]+$/.test(word)).map(([word]) => word).sort();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const queries: { query: string; kind: string }[] = [];
  for (let i = 0; i < 6; i++) queries.push({ query: pick(ranked.slice(20, 200)), kind: 'common word' });
  for (let i = 0; i < 6; i++) queries.push({ query: pick(rare), kind: 'rare word' });
  for (const length of [2, 2, 2, 2, 3, 3, 3]) {
    const words = [...new Set(wordsOf(pick(corpus.sentences.filter((s) => new Set(wordsOf(s)).size >= length))))];
    const start = Math.floor(random() * (words.length - length + 1));
    queries.push({ query: words.slice(start, start + length).join(' '), kind: `${length} words` });
  }
  for (const word of ['hubspot', 'marketing']) for (let i = 1; i <= word.length; i++) queries.push({ query: word.slice(0, i), kind: 'keystroke' });
  queries.push({ query: '72%', kind: 'figure' }, { query: 'pew research', kind: '2 words' }, { query: 'social media growth', kind: '3 words' });
  return queries;
}

function collector(): { gc: (() => void) | undefined; how: string } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return { gc: exposed, how: 'global.gc (--expose-gc)' };
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as (() => void) | undefined;
    if (typeof gc === 'function') return { gc, how: 'gc exposed at run time via v8.setFlagsFromString' };
  } catch {
    // Fall through: no collector.
  }
  return { gc: undefined, how: 'gc unavailable: memory is heap growth without a collection, rough' };
}

function memoryNow(): { heap: number; buffers: number } {
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, buffers: usage.arrayBuffers };
}

interface SizeResult {
  clips: number;
  words: number;
  postings: number;
  /** Wall time, and CPU time (user + system) which a busy machine inflates less. */
  buildMs: { median: number; runs: number[]; cpuMedian: number; cpuRuns: number[] };
  memoryMB: { heap: number; arrayBuffers: number; total: number };
  plain: { median: number; p90: number; max: number };
  index: { median: number; p90: number; max: number };
  indexToItems: { median: number; p90: number; max: number };
  ratio: { median: number; p90: number };
  /** Per query: median ms of each method and how many clips each finds. */
  perQuery: { query: string; kind: string; plainMs: number; indexMs: number; indexToItemsMs: number; plainHits: number; indexHits: number }[];
}

const context: ViewContext = { today: '2026-11-29', staleAfterYears: 3 };
let sink = 0;

function measureSize(corpus: Corpus, queries: { query: string; kind: string }[], count: number, gc: (() => void) | undefined): SizeResult {
  const items = buildLibrary(corpus, count);
  const plain = (query: string) => applyView(items, { ...defaultView, q: query }, context);
  // The haystack cache filled, as the options page has it after its first search.
  sink += plain('warm').length;

  // Build time: the median of a few builds; memory: one build between collections.
  const buildRuns: number[] = [];
  const buildCpuRuns: number[] = [];
  for (let i = 0; i < (count >= 100_000 ? 3 : 5); i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const built = buildSearchIndex(items);
    buildRuns.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    buildCpuRuns.push((used.user + used.system) / 1000);
    sink += built.size;
  }
  gc?.();
  gc?.();
  const before = memoryNow();
  const built: SearchIndex = buildSearchIndex(items);
  gc?.();
  gc?.();
  const after = memoryNow();
  const heap = (after.heap - before.heap) / 2 ** 20;
  const arrayBuffers = (after.buffers - before.buffers) / 2 ** 20;

  const repetitions = count >= 100_000 ? 9 : 21;
  const times = queries.map(() => ({ plain: [] as number[], index: [] as number[], items: [] as number[] }));
  const hits = queries.map(() => ({ plain: 0, index: 0 }));
  for (const { query } of queries) {
    // Warm each path once per query before timing.
    sink += plain(query).length + (built.search(query)?.size ?? 0);
  }
  for (let r = 0; r < repetitions; r++) {
    for (const [q, { query }] of queries.entries()) {
      const slot = times[q]!;
      const runPlain = () => {
        const started = performance.now();
        const shown = plain(query);
        slot.plain.push(performance.now() - started);
        hits[q]!.plain = shown.length;
      };
      const runIndex = () => {
        let started = performance.now();
        const ids = built.search(query);
        slot.index.push(performance.now() - started);
        hits[q]!.index = ids?.size ?? count;
        started = performance.now();
        const positions = built.searchPositions(query);
        const shown = positions ? Array.from(positions, (position) => items[position]!) : items;
        slot.items.push(performance.now() - started);
        sink += shown.length;
      };
      // Interleaved, the order alternating, so drift and GC hit both alike.
      if ((r + q) % 2 === 0) {
        runPlain();
        runIndex();
      } else {
        runIndex();
        runPlain();
      }
    }
  }
  const perQuery = queries.map(({ query, kind }, q) => ({
    query,
    kind,
    plainMs: median(times[q]!.plain),
    indexMs: median(times[q]!.index),
    indexToItemsMs: median(times[q]!.items),
    plainHits: hits[q]!.plain,
    indexHits: hits[q]!.index,
  }));
  const summary = (values: number[]) => ({ median: median(values), p90: percentile(values, 90), max: Math.max(...values) });
  const plainSummary = summary(perQuery.map((row) => row.plainMs));
  const indexSummary = summary(perQuery.map((row) => row.indexMs));
  return {
    clips: count,
    words: built.wordCount,
    postings: built.postingCount,
    buildMs: { median: median(buildRuns), runs: buildRuns, cpuMedian: median(buildCpuRuns), cpuRuns: buildCpuRuns },
    memoryMB: { heap, arrayBuffers, total: heap + arrayBuffers },
    plain: plainSummary,
    index: indexSummary,
    indexToItems: summary(perQuery.map((row) => row.indexToItemsMs)),
    ratio: { median: plainSummary.median / indexSummary.median, p90: plainSummary.p90 / indexSummary.p90 },
    perQuery,
  };
}

export async function benchLibrarySearch(): Promise<BenchSection> {
  const name = 'library-search';
  if (!existsSync(corpusDir)) return { name, skipped: `the corpus is not at ${corpusDir}` };
  const corpus = readCorpus();
  if (corpus.sentences.length < 100) return { name, skipped: `too few sentences in the corpus at ${corpusDir}` };
  const queries = buildQueries(corpus);
  const { gc, how } = collector();
  const loadBefore = loadavg()[0]!;
  const results: SizeResult[] = [];
  for (const count of sizes) {
    results.push(measureSize(corpus, queries, count, gc));
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const loadAfter = loadavg()[0]!;

  const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));
  const ratioOf = (plainMs: number, indexMs: number) => plainMs / Math.max(indexMs, 1e-6);
  const perQueryRatios = (result: SizeResult) => result.perQuery.map((row) => ratioOf(row.plainMs, row.indexMs));
  const slower = (result: SizeResult) => result.perQuery.filter((row) => row.indexMs >= row.plainMs).map((row) => `"${row.query}"`);
  const prefixDifferences = (result: SizeResult) =>
    result.perQuery.filter((row) => row.plainHits !== row.indexHits).length;
  return {
    name,
    table: [
      ['clips', 'plain median ms', 'plain p90 ms', 'index median ms', 'index p90 ms', 'plain÷index median', 'plain÷index p90', 'index→items median ms', 'build ms', 'build CPU ms', 'index MB', 'words', 'postings'],
      ...results.map((result) => [
        result.clips.toLocaleString('en'),
        ms(result.plain.median),
        ms(result.plain.p90),
        ms(result.index.median),
        ms(result.index.p90),
        result.ratio.median.toFixed(1),
        result.ratio.p90.toFixed(1),
        ms(result.indexToItems.median),
        ms(result.buildMs.median),
        ms(result.buildMs.cpuMedian),
        result.memoryMB.total.toFixed(1),
        result.words.toLocaleString('en'),
        result.postings.toLocaleString('en'),
      ]),
    ],
    notes: [
      `${queries.length} queries (${[...new Set(queries.map((q) => q.kind))].join(', ')}), each timed ${results.map((r) => (r.clips >= 100_000 ? 9 : 21)).join('/')} times per size, plain and index interleaved; median and p90 are over the per-query medians.`,
      'plain = applyView(items, { q }) as the options page runs it today, haystack cache warm; index = SearchIndex.search(q) → Set of ids; index→items = searchPositions(q) mapped back to the clips (what a wired applyView would do).',
      `Load average (1 min) ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} CPUs: above the CPU count, wall times are inflated for both sides alike (they are interleaved).`,
      `Corpus: ${corpus.sentences.length} sentences, ${corpus.titles.length} page titles; 300 sources; notes on ~30%, cited origins on ~40%, 0–3 of ${tags.length} tags.`,
      `Memory: ${how}; index MB = heapUsed + arrayBuffers growth across one build (${results.map((r) => `${r.clips}: heap ${r.memoryMB.heap.toFixed(1)} + buffers ${r.memoryMB.arrayBuffers.toFixed(1)}`).join('; ')}). The buffers figure can still count the build's freed scratch arrays; what the index keeps in typed arrays is exactly ${results.map((r) => `${r.clips}: ${(((r.postings + r.words + 1 + r.clips) * 4) / 2 ** 20).toFixed(1)} MB`).join(', ')} (postings, offsets, marks).`,
      ...results.map((result) => `${result.clips} clips: plain÷index per query median ${median(perQueryRatios(result)).toFixed(1)}, min ${Math.min(...perQueryRatios(result)).toFixed(1)}; index not faster on ${slower(result).length ? slower(result).join(', ') : 'no query'}; hit counts differ (prefix vs substring) on ${prefixDifferences(result)} of ${queries.length} queries.`),
    ],
    figures: { sink: sink % 2, queries, gc: how, loadAverage: { before: loadBefore, after: loadAfter }, results },
  };
}
