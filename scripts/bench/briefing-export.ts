/**
 * Briefing export speed at 10,000 clips (issue #5): every format beside the
 * floor, JSON.stringify of the same records, in Node. Markdown, the web page
 * and CSV should stay within 5× of the floor, Word within 30×. References are
 * timed apart: citeproc compiles a style once per page, then formats each
 * source once (cached), so a briefing re-rendered while the user edits it
 * pays for its sources only the first time.
 */
import { clearReferenceCache, formatReferences } from '../../lib/briefing/citations';
import { briefingCsv, type CsvItem } from '../../lib/briefing/csv';
import { buildBriefing } from '../../lib/briefing/document';
import { briefingDocx } from '../../lib/briefing/docx';
import { briefingHtml } from '../../lib/briefing/html';
import { briefingMarkdown } from '../../lib/briefing/markdown';
import type { BriefingInput, Clip, Source } from '../../lib/schema';
import { median, type BenchSection } from './stats';

const clipCount = Number(process.env.BENCH_BRIEFING_CLIPS ?? 10_000);
const sourceCount = 300;
const repetitions = Math.max(5, Number(process.env.BENCH_REPETITIONS ?? 7));

/** A small deterministic generator (mulberry32), so every run measures the same records. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!,
    chance: (p: number) => next() < p,
  };
}

const words =
  'the of and to in a is that for on with as by survey respondents percent rose fell customers users adults revenue growth market share report found million billion year per cent compared since average median increase decrease social media mobile support response time churn retention trust adoption online video search email'.split(
    ' ',
  );
const tagPool = ['reach', 'audience', 'support', 'revenue', 'mobile', 'trust', 'video', 'search', 'retention', 'health', 'education', 'policy', 'cost', 'speed', 'growth'];
const given = ['Ana', 'Shannon', 'Andrew', 'Maeve', 'Lars', 'Mei', 'Omar', 'Priya', 'John', 'Fatima', 'Chen', 'Sofia', 'Kwame', 'Elena'];
const family = ['Lima', 'Greenwood', 'Perrin', 'Duggan', 'Willighagen', 'Wang', 'Haddad', 'Patel', 'Smith', 'Khan', 'Li', 'Rossi', 'Mensah', 'Novak'];
const bodies = ['Pew Research Center', 'World Health Organization', 'Office for National Statistics', 'Gartner Research', 'Reuters Institute'];

const uuid = (kind: number, n: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function briefingBenchInput(clips = clipCount, seed = 1): { input: BriefingInput; items: CsvItem[] } {
  const r = random(seed);
  const sentence = (min: number, max: number) => {
    const length = r.int(min, max);
    const out: string[] = [];
    for (let i = 0; i < length; i += 1) out.push(r.chance(0.08) ? `${r.int(1, 99)}%` : r.pick(words));
    const text = out.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const sources: Source[] = Array.from({ length: sourceCount }, (_, n) => {
    const site = r.pick(['Pew Research Center', 'The Guardian', 'Harvard Business Review', 'Our World in Data', 'Example Blog', 'McKinsey & Company']);
    const byline = r.chance(0.15)
      ? undefined
      : r.chance(0.2)
        ? r.pick(bodies)
        : Array.from({ length: r.int(1, 4) }, () => `${r.pick(given)} ${r.pick(family)}`).join(', ').replace(/, ([^,]+)$/, ' and $1');
    const published = r.chance(0.2) ? undefined : `${r.int(2008, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
    const url = `https://example-${n % 40}.org/articles/${n}/${sentence(3, 6).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    return {
      id: uuid(1, n),
      url: `${url}?utm_source=feed`,
      canonicalUrl: url,
      title: sentence(4, 14).slice(0, -1),
      ...(byline ? { byline } : {}),
      siteName: site,
      ...(published ? { publishedTime: published } : {}),
      lang: 'en',
      excerpt: sentence(10, 30),
      text: '',
      capturedAt: `2026-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T09:00:00.000Z`,
    };
  });
  const list: Clip[] = Array.from({ length: clips }, (_, n) => {
    const source = r.pick(sources);
    const story = r.chance(0.15);
    const [min, max] = r.pick([[8, 20], [20, 50], [50, 120]] as const);
    const quote = sentence(min, max);
    return {
      id: uuid(2, n),
      sourceId: source.id,
      kind: story ? 'success-story' : 'statistic',
      quote,
      note: r.chance(0.4) ? sentence(4, 25) : '',
      tags: Array.from(new Set(Array.from({ length: r.int(0, 4) }, () => r.pick(tagPool)))),
      selector: { type: 'TextQuoteSelector', exact: quote.slice(0, 200), prefix: sentence(3, 6), suffix: sentence(3, 6) },
      ...(r.chance(0.5) ? { citedOrigin: r.pick(bodies) } : {}),
      ...(r.chance(0.6) ? { dataYear: r.int(2008, 2026) } : {}),
      ...(story ? { organisation: `${r.pick(family)} Group`, result: sentence(4, 10) } : {}),
      ...(r.chance(0.03) ? { alsoCitedIn: [{ sourceId: r.pick(sources).id, quote: sentence(6, 12) }] } : {}),
      ...(!story && r.chance(0.01) ? { starred: true } : {}),
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-21T09:00:00.000Z',
    };
  });
  const byId = new Map(sources.map((source) => [source.id, source]));
  return {
    input: {
      settings: {
        title: 'Benchmark briefing',
        audience: 'Head of Marketing',
        author: 'Casefile bench',
        date: '2026-11-29',
        summary: 'Why this matters.\n\nWhat we ask.',
        outline: 'make-the-case',
        sectionTitles: {},
        citationStyle: 'apa',
        staleAfterYears: 3,
      },
      clips: list,
      sources,
    },
    items: list.map((clip) => ({
      clip,
      source: byId.get(clip.sourceId),
      ...(clip.alsoCitedIn ? { alsoSources: clip.alsoCitedIn.map((other) => byId.get(other.sourceId)!) } : {}),
    })),
  };
}

interface Step {
  name: string;
  target?: number;
  run: () => unknown;
}

/**
 * Runs every step once per round, round after round, so that a busy machine
 * slows them alike; one warm-up round first. Returns each step's times.
 */
async function timeInterleaved(steps: readonly Step[]): Promise<{ ms: number[]; size: number }[]> {
  const results = steps.map(() => ({ ms: [] as number[], size: 0 }));
  for (let round = 0; round <= repetitions; round += 1) {
    for (const [index, step] of steps.entries()) {
      const start = performance.now();
      const output = await step.run();
      const ms = performance.now() - start;
      if (round === 0) continue;
      results[index]!.ms.push(ms);
      results[index]!.size = typeof output === 'string' ? output.length : output instanceof Blob ? output.size : 0;
    }
  }
  return results;
}

export async function benchBriefingExport(): Promise<BenchSection> {
  const { input, items } = briefingBenchInput();

  // References apart: the first call compiles the style; then 300 sources uncached and cached.
  const coldStart = performance.now();
  formatReferences(input.sources.slice(0, 1), 'apa');
  const compileMs = performance.now() - coldStart;
  const uncached: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    clearReferenceCache();
    const start = performance.now();
    formatReferences(input.sources, 'apa');
    uncached.push(performance.now() - start);
  }
  const mlaStart = performance.now();
  formatReferences(input.sources, 'mla');
  const mlaFirstMs = performance.now() - mlaStart;
  const steps: Step[] = [
    { name: 'JSON.stringify (floor)', run: () => JSON.stringify({ clips: input.clips, sources: input.sources }) },
    { name: 'buildBriefing + Markdown', target: 5, run: () => briefingMarkdown(buildBriefing(input)) },
    { name: 'buildBriefing + HTML', target: 5, run: () => briefingHtml(buildBriefing(input)) },
    { name: 'CSV', target: 5, run: () => briefingCsv(items) },
    { name: 'buildBriefing + DOCX', target: 30, run: () => briefingDocx(buildBriefing(input)) },
    { name: 'references, 300 sources, cached', run: () => formatReferences(input.sources, 'apa') },
  ];
  const results = await timeInterleaved(steps);
  const floorMs = median(results[0]!.ms);
  const floorMin = Math.min(...results[0]!.ms);
  const ratio = (ms: number) => (ms / floorMs).toFixed(2);
  const table = [
    ['step', 'median ms', 'min ms', 'output', '× floor', '× floor (min)', 'target'],
    ...steps.map(({ name, target }, index) => {
      const { ms, size } = results[index]!;
      return [name, median(ms).toFixed(1), Math.min(...ms).toFixed(1), size ? `${(size / 1024).toFixed(0)} KiB` : '', ratio(median(ms)), (Math.min(...ms) / floorMin).toFixed(2), target ? `≤ ${target}×` : ''];
    }),
    ['references, 300 sources, uncached (APA)', median(uncached).toFixed(1), Math.min(...uncached).toFixed(1), '', ratio(median(uncached)), (Math.min(...uncached) / floorMin).toFixed(2), ''],
  ];
  return {
    name: 'briefing-export',
    table,
    notes: [
      `${input.clips.length} clips, ${input.sources.length} sources, median of ${repetitions} interleaved runs after one warm-up; the format rows run with the reference cache warm (as after the builder's preview). Sizes are string lengths in KiB of UTF-16 units, or bytes for the .docx Blob.`,
      `First APA reference in the process (citeproc compiles the style): ${compileMs.toFixed(0)} ms; first 300 MLA references (compile included): ${mlaFirstMs.toFixed(0)} ms.`,
      `Within target: ${steps
        .flatMap(({ name, target }, index) => (target ? [`${name} ${median(results[index]!.ms) / floorMs <= target ? 'yes' : 'NO'}`] : []))
        .join('; ')}.`,
    ],
    figures: {
      clips: input.clips.length,
      sources: input.sources.length,
      repetitions,
      floorMs,
      compileMs,
      mlaFirstMs,
      uncachedReferencesMs: uncached,
      steps: Object.fromEntries(steps.map(({ name }, index) => [name, { ms: results[index]!.ms, size: results[index]!.size }])),
    },
  };
}
