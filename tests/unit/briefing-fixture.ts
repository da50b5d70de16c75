/**
 * One fixed briefing every export format is tested with (issue #5): three
 * sources (one hostile), clips with hostile quotes, right-to-left text, emoji,
 * a stale statistic, a starred key figure, a merged clip and a success story.
 */
import type { ClipWithSource } from '../../lib/clips';
import type { BriefingInput, Clip, Source } from '../../lib/schema';

export const pew: Source = {
  id: '5a1f3b2c-8d4e-4f6a-b7c8-9d0e1f2a3b4c',
  url: 'https://www.pewresearch.org/internet/2016/11/11/social-media-update-2016/#fn-1',
  canonicalUrl: 'https://www.pewresearch.org/internet/2016/11/11/social-media-update-2016/',
  title: 'Social Media Update 2016',
  byline: 'Shannon Greenwood, Andrew Perrin and Maeve Duggan',
  siteName: 'Pew Research Center',
  publishedTime: '2016-11-11',
  lang: 'en',
  capturedAt: '2026-11-20T09:00:00.000Z',
};

/** An organisation that is both the author and the site. */
export const who: Source = {
  id: '7c3a5d4e-0f6a-4b8c-99ea-1f2a3b4c5d6e',
  url: 'https://www.who.int/data/gho/publications/world-health-statistics',
  canonicalUrl: '',
  title: 'World health statistics 2025: monitoring health for the SDGs',
  byline: 'World Health Organization',
  siteName: 'World Health Organization',
  publishedTime: '2025-05-15T10:00:00+02:00',
  lang: 'en',
  capturedAt: '2026-11-21T08:30:00.000Z',
};

/** Everything a page could put in its citation to break out of a format. */
export const hostile: Source = {
  id: '6b2f4c3d-9e5f-4a7b-88d9-0e1f2a3b4c5d',
  url: 'javascript:alert(1)',
  canonicalUrl: 'javascript:alert(1)',
  title: 'Win [big](javascript:alert(1)) <script>alert(1)</script> & "quotes"',
  siteName: '=cmd|\' /C calc\'!A0',
  lang: 'en" onmouseover="alert(1)',
  capturedAt: '2026-11-22T09:00:00.000Z',
};

export const sources = [pew, who, hostile];

const clip = (n: number, source: Source, fields: Partial<Clip>): Clip => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  sourceId: source.id,
  kind: 'statistic',
  quote: '',
  note: '',
  tags: [],
  createdAt: `2026-11-2${n}T09:00:00.000Z`,
  updatedAt: `2026-11-2${n}T10:00:00.000Z`,
  ...fields,
});

export const clips: Clip[] = [
  // A starred key figure, recent enough.
  clip(1, who, {
    quote: 'Global life expectancy rose from 66.8 years in 2000 to 73.1 years in 2019.',
    citedOrigin: 'World Health Organization',
    dataYear: 2024,
    starred: true,
    tags: ['health', 'reach'],
    note: 'Lead with this one.',
    selector: { type: 'TextQuoteSelector', exact: 'Global life expectancy rose', prefix: 'Since 2000, ', suffix: ' from 66.8 years' },
  }),
  // A stale statistic, merged: the same figure on two pages.
  clip(2, pew, {
    quote: 'Some 68% of U.S. adults\nuse Facebook.',
    citedOrigin: 'Pew Research Center',
    // The page the quote's sentence linked to (#3).
    citedUrl: 'https://www.pewresearch.org/internet/fact-sheet/social-media/',
    dataYear: 2013,
    tags: ['reach'],
    note: 'Use on slide 2, but say how old it is',
    alsoCitedIn: [{ sourceId: who.id, quote: '68% of adults use Facebook' }],
    selector: { type: 'TextQuoteSelector', exact: 'Some 68% of U.S. adults', prefix: 'the survey finds. ', suffix: ' use Facebook' },
  }),
  // Hostile quote: HTML and a Markdown link.
  clip(3, hostile, {
    quote: 'Click <script>alert(1)</script> or [here](javascript:alert(1)) — 50% of readers do.',
    note: '<img src=x onerror=alert(1)>',
    // Never a link in any format: only http(s) addresses are.
    citedUrl: 'javascript:alert(1)',
    tags: ['=1+1'],
  }),
  // A spreadsheet formula, and other cells a spreadsheet would run.
  clip(4, hostile, {
    quote: '=HYPERLINK("http://evil","Click for 90% off")',
    note: '+1',
    citedOrigin: '-2+3',
    organisation: '@SUM(A1)',
    tags: ['\tcell', 'attack, with comma'],
  }),
  // Right-to-left text and emoji, about the audience.
  clip(5, pew, {
    quote: 'قال 72٪ من المشاركين إنهم يقرؤون الأخبار على الهاتف 📱',
    note: 'בדיקה: טקסט מימין לשמאל 👍',
    tags: ['audience', 'rtl 🌍'],
    dataYear: 2025,
  }),
  // A success story.
  clip(6, pew, {
    kind: 'success-story',
    quote: 'After moving support to Twitter, Comcast cut response times by 40%.',
    organisation: 'Comcast',
    result: 'cut response times by 40%',
    tags: ['support'],
    note: 'Line one\r\nline two, with "quotes"',
  }),
];

export const input: BriefingInput = {
  settings: {
    title: 'Why we should answer customers on social media',
    audience: 'Head of Marketing',
    author: 'Ana Lima',
    date: '2026-11-29',
    summary: 'We ask for two people to answer customers on social media.\n\nThe numbers below say why; <b>every</b> figure is cited & dated.',
    outline: 'make-the-case',
    sectionTitles: { who: 'Who is doing it well' },
    citationStyle: 'apa',
    staleAfterYears: 3,
  },
  clips,
  sources,
};

const sourceById = new Map(sources.map((source) => [source.id, source]));

/** The same clips as the library lists them: each with its source and merged pages. */
export const items: ClipWithSource[] = clips.map((clip) => ({
  clip,
  source: sourceById.get(clip.sourceId),
  ...(clip.alsoCitedIn ? { alsoSources: clip.alsoCitedIn.map((other) => sourceById.get(other.sourceId)!) } : {}),
}));
