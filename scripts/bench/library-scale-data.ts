/**
 * A realistic library for the library-scale benchmark: quotes are sentences of
 * the real-page corpus (../shared/corpus/readability-pages/*\/expected.html),
 * with the tags, notes, cited origins, kinds and dates a year or two of
 * clipping gives. Deterministic apart from the uuids.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Clip, Source, SourceWithText } from '../../lib/schema';

export interface Corpus {
  /** Per page: its sentences in order (quotes are runs of neighbours). */
  pages: string[][];
  /** Per page: the article as plain text (a source's `text`). */
  texts: string[];
}

export function loadCorpus(dir: string): Corpus | undefined {
  if (!existsSync(dir)) return undefined;
  const pages: string[][] = [];
  const texts: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(dir, entry.name, 'expected.html');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(file, 'utf8')}</body></html>`);
    const paragraphs = [...document.querySelectorAll('p')]
      .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((text) => text.length >= 30);
    const sentences = paragraphs
      .flatMap((text) => text.split(/(?<=[.!?…。])\s+(?=["“‘([]?[\p{Lu}\p{N}])/u))
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 25 && sentence.length <= 600);
    if (sentences.length < 3) continue;
    pages.push(sentences);
    texts.push(paragraphs.join('\n\n').slice(0, 40_000));
  }
  return pages.length ? { pages, texts } : undefined;
}

/** mulberry32: small, fast, and the same library every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tags = [
  'social', 'b2b', 'retail', 'health', 'education', 'climate', 'energy', 'finance', 'security', 'privacy',
  'AI', 'cloud', 'mobile', 'email', 'SEO', 'advertising', 'churn', 'onboarding', 'pricing', 'remote work',
  'hiring', 'diversity', 'customer service', 'UX', 'accessibility', 'open source', 'policy', 'Europe', 'Asia', 'US',
  'Q3 deck', 'board meeting', 'keynote', 'blog draft', 'grant', 'case study', 'press', 'to verify', 'favourite', 'old data',
];
/** Given to exactly 1,000 clips (when there are more): lets the benchmark select a batch of 1,000 in one click. */
export const batchTag = 'annual review';

const sites = [
  ['Pew Research Center', 'www.pewresearch.org'], ['The New York Times', 'www.nytimes.com'], ['The Washington Post', 'www.washingtonpost.com'],
  ['Ars Technica', 'arstechnica.com'], ['Wired', 'www.wired.com'], ['The Guardian', 'www.theguardian.com'], ['BBC News', 'www.bbc.co.uk'],
  ['Reuters', 'www.reuters.com'], ['Harvard Business Review', 'hbr.org'], ['McKinsey & Company', 'www.mckinsey.com'], ['Forbes', 'www.forbes.com'],
  ['TechCrunch', 'techcrunch.com'], ['The Verge', 'www.theverge.com'], ['CNET', 'www.cnet.com'], ['Wikipedia', 'en.wikipedia.org'],
  ['MIT Technology Review', 'www.technologyreview.com'], ['Nature', 'www.nature.com'], ['The Economist', 'www.economist.com'], ['Bloomberg', 'www.bloomberg.com'],
  ['Financial Times', 'www.ft.com'], ['LWN.net', 'lwn.net'], ['Mozilla Blog', 'blog.mozilla.org'], ['Medium', 'medium.com'], ['HubSpot Blog', 'blog.hubspot.com'],
  ['Gartner', 'www.gartner.com'], ['Statista', 'www.statista.com'], ['OECD', 'www.oecd.org'], ['World Bank Blogs', 'blogs.worldbank.org'],
  ['WebMD', 'www.webmd.com'], ['Medical News Today', 'www.medicalnewstoday.com'], ['Lifehacker', 'lifehacker.com'], ['Yahoo News', 'news.yahoo.com'],
  ['CityLab', 'www.citylab.com'], ['Heise online', 'www.heise.de'], ['Folha de S.Paulo', 'www1.folha.uol.com.br'], ['Aktuálně.cz', 'zpravy.aktualne.cz'],
  ['The Atlantic', 'www.theatlantic.com'], ['Vox', 'www.vox.com'], ['Axios', 'www.axios.com'], ['Fast Company', 'www.fastcompany.com'],
  ['Inc.', 'www.inc.com'], ['Business Insider', 'www.businessinsider.com'], ['Spiceworks', 'www.spiceworks.com'], ['IAB', 'www.iab.com'],
  ['IETF Blog', 'www.ietf.org'], ['V8 Blog', 'v8.dev'], ['Google SRE', 'sre.google'], ['Daring Fireball', 'daringfireball.net'],
  ['Breitbart', 'www.breitbart.com'], ['TMZ', 'www.tmz.com'], ['', 'example-research.org'], ['', 'stats.example.net'], ['', 'blog.example.com'],
  ['', 'insights.example.io'], ['', 'news.example.co.uk'], ['', 'data.example.gov'], ['', 'reports.example.eu'], ['', 'whitepapers.example.com'],
] as const;

const origins = [
  'Pew Research Center', 'Gartner', 'McKinsey Global Institute', 'OECD', 'World Bank', 'U.S. Census Bureau', 'Eurostat', 'Nielsen',
  'Forrester', 'IDC', 'Statista', 'Bureau of Labor Statistics', 'Deloitte', 'PwC', 'Edelman Trust Barometer', 'Gallup',
  'HubSpot State of Marketing', 'Stack Overflow Developer Survey', 'WHO', 'UNESCO', 'IMF', 'Ofcom', 'Eurobarometer', 'YouGov',
  'Harris Poll', 'Salesforce State of the Connected Customer', 'Accenture', 'Boston Consulting Group', 'IEA', 'CDC',
];
const organisations = [
  'Comcast', 'Spotify', 'Airbnb', 'Shopify', 'Duolingo', 'Zappos', 'Patagonia', 'Lego', 'Netflix', 'Buffer', 'Basecamp',
  'the city of Helsinki', 'Estonia', 'Mozilla', 'Wikipedia', 'a regional hospital', 'a mid-size bank', 'Canva', 'Slack', 'Stripe',
];
const results = [
  'cut response times by 40%', 'doubled sign-ups in six months', 'reduced churn by a third', 'saved $2 million a year',
  'grew revenue 25% year on year', 'halved support tickets', 'raised satisfaction from 71% to 88%', 'shipped weekly instead of quarterly',
  'tripled organic traffic', 'cut onboarding from two weeks to two days',
];
const notes = [
  'Use in the Q3 deck.', 'Check the sample size before quoting.', 'Good opener for the keynote.', 'Compare with last year’s figure.',
  'Ask legal whether we may quote this.', 'Strong, but the source is a vendor.', 'Pair with the Pew numbers.', 'For the grant application, section 2.',
  'Slightly dated; look for a newer survey.', 'Matches what customers told us.', 'Counter-argument worth addressing.', 'Cited in three other pieces.',
];
const bylines = ['Maria Schmidt', 'James Chen', 'Aisha Okafor', 'Tomás Novák', 'Priya Raman', 'Lena Fischer', 'Daniel Kim', 'Sofia Rossi'];

export interface Library {
  /** With their article texts, which the library stores apart (lib/db.ts). */
  sources: SourceWithText[];
  clips: Clip[];
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `size` clips over a third as many sources (a few clips per page read; at most 5,000), each with
 * its corpus page's text; createdAt spread over the two years before `now`.
 */
export function makeLibrary(size: number, corpus: Corpus, seed = 42, now = Date.now()): Library {
  const rand = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const twoYears = 730 * 24 * 3600 * 1000;
  const sourceCount = Math.min(5000, Math.max(10, Math.round(size / 3)));

  const sources: SourceWithText[] = [];
  for (let index = 0; index < sourceCount; index++) {
    const pageIndex = index % corpus.pages.length;
    const sentences = corpus.pages[pageIndex]!;
    const [siteName, host] = pick(sites);
    const headline = pick(sentences).replace(/[.!?…。]+$/, '').split(/\s+/).slice(0, 12).join(' ');
    const year = 2008 + Math.floor(rand() * 18);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const shape = rand();
    const publishedTime =
      shape < 0.15 ? undefined
      : shape < 0.25 ? `${year}-${pad(month)}`
      : shape < 0.7 ? `${year}-${pad(month)}-${pad(day)}`
      : `${year}-${pad(month)}-${pad(day)}T${pad(Math.floor(rand() * 24))}:${pad(Math.floor(rand() * 60))}:00Z`;
    const slug = headline.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'article';
    const url = `https://${host}/${year}/${pad(month)}/${slug}-${index}`;
    sources.push({
      id: crypto.randomUUID(),
      url,
      canonicalUrl: url,
      title: headline,
      ...(siteName ? { siteName } : {}),
      ...(rand() < 0.5 ? { byline: pick(bylines) } : {}),
      ...(publishedTime ? { publishedTime } : {}),
      lang: 'en',
      excerpt: sentences[0]!.slice(0, 300),
      text: corpus.texts[pageIndex]!,
      capturedAt: new Date(now - rand() * twoYears).toISOString(),
    });
  }

  const clips: Clip[] = [];
  for (let index = 0; index < size; index++) {
    const sourceIndex = Math.floor(rand() * sources.length);
    const source = sources[sourceIndex]!;
    const sentences = corpus.pages[sourceIndex % corpus.pages.length]!;
    const kind = rand() < 0.6 ? 'statistic' : 'success-story';
    // Statistics are mostly sentences with a figure in them.
    let start = Math.floor(rand() * sentences.length);
    if (kind === 'statistic') {
      for (let step = 0; step < sentences.length && !/\d/.test(sentences[start]!); step++) start = (start + 1) % sentences.length;
    }
    const lengthRoll = rand();
    const span = lengthRoll < 0.65 ? 1 : lengthRoll < 0.9 ? 2 : 3;
    const quote = sentences.slice(start, start + span).join(' ');
    const before = sentences[start - 1] ?? '';
    const after = sentences[start + span] ?? '';
    const tagRoll = rand();
    const tagCount = tagRoll < 0.2 ? 0 : tagRoll < 0.55 ? 1 : tagRoll < 0.85 ? 2 : tagRoll < 0.95 ? 3 : 4;
    const clipTags = [...new Set(Array.from({ length: tagCount }, () => pick(tags)))];
    if (size > 1000 && index < 1000) clipTags.push(batchTag);
    const createdAt = new Date(now - rand() * twoYears).toISOString();
    const noteRoll = rand();
    const clip: Clip = {
      id: crypto.randomUUID(),
      sourceId: source.id,
      kind,
      quote,
      note: noteRoll < 0.15 ? pick(notes) : noteRoll < 0.3 ? pick(pick(corpus.pages)).split(/\s+/).slice(0, 14).join(' ') : '',
      tags: clipTags,
      ...(rand() < 0.7 ? { selector: { type: 'TextQuoteSelector' as const, exact: quote, prefix: before.slice(-32), suffix: after.slice(0, 32) } } : {}),
      ...(rand() < 0.4 ? { citedOrigin: pick(origins) } : {}),
      ...(kind === 'statistic' && rand() < 0.5 ? { dataYear: 2005 + Math.floor(rand() * 21) } : {}),
      ...(kind === 'success-story' && rand() < 0.6 ? { organisation: pick(organisations), result: pick(results) } : {}),
      createdAt,
      updatedAt: rand() < 0.8 ? createdAt : new Date(Math.min(now, Date.parse(createdAt) + rand() * 30 * 24 * 3600 * 1000)).toISOString(),
    };
    clips.push(clip);
  }
  return { sources, clips };
}

/** The clip's search text, as the library builds it (lib/library-view.ts). */
export function haystackOf(clip: Clip, source: Source | undefined): string {
  return [clip.quote, clip.note, clip.tags.join(' '), source?.title, source?.siteName, clip.citedOrigin, clip.organisation]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}
