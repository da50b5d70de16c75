import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../lib/briefing/document';
import { briefingHtmlBody } from '../../lib/briefing/html';
import { briefingMarkdown } from '../../lib/briefing/markdown';
import { escapeMarkdown } from '../../lib/briefing/markdown-escape';
import { defaultBriefingSettings } from '../../lib/briefing/settings';
import type { BriefingInput, Clip, Source } from '../../lib/schema';

const golden = resolve(__dirname, '../fixtures/briefing/briefing.md');

const pew: Source = {
  id: '5a1f3b2c-8d4e-4f6a-b7c8-9d0e1f2a3b4c',
  url: 'https://www.pewresearch.org/internet/2016/11/11/social-media-update-2016/#fn-1',
  canonicalUrl: 'https://www.pewresearch.org/internet/2016/11/11/social-media-update-2016/',
  title: 'Social Media Update 2016',
  byline: 'Shannon Greenwood, Andrew Perrin and Maeve Duggan',
  siteName: 'Pew Research Center',
  publishedTime: '2016-11-11',
  capturedAt: '2026-11-20T09:00:00.000Z',
};
const hostile: Source = {
  id: '6b2f4c3d-9e5f-4a7b-88d9-0e1f2a3b4c5d',
  url: 'javascript:alert(1)',
  canonicalUrl: 'javascript:alert(1)',
  title: 'Win [big](javascript:alert(1)) <img src=x onerror=alert(1)>',
  siteName: '*Site*',
  capturedAt: '2026-11-21T09:00:00.000Z',
};

const clip = (id: string, source: Source, fields: Partial<Clip>): Clip => ({
  id,
  sourceId: source.id,
  kind: 'statistic',
  quote: '',
  note: '',
  tags: [],
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  ...fields,
});

const input: BriefingInput = {
  settings: { ...defaultBriefingSettings('2026-11-29'), title: 'Why social media matters', outline: 'by-kind' },
  sources: [pew, hostile],
  clips: [
    clip('00000000-0000-4000-8000-000000000001', pew, {
      quote: 'Some 68% of U.S. adults\nuse Facebook.',
      citedOrigin: 'Pew Research Center',
      dataYear: 2016,
      note: 'Use on slide 2',
    }),
    clip('00000000-0000-4000-8000-000000000002', hostile, {
      quote: '# 1. [click](javascript:alert(1)) ![x](http://evil/x.png) <script>alert(1)</script> *bold* _em_ `code` &amp; | ~~s~~',
    }),
    clip('00000000-0000-4000-8000-000000000003', pew, {
      kind: 'success-story',
      quote: 'After moving support to Twitter, Comcast cut response times by 40%.',
      organisation: 'Comcast',
      result: 'cut response times by 40%',
    }),
  ],
};

describe('briefingMarkdown', () => {
  it('matches the golden file', () => {
    const markdown = briefingMarkdown(buildBriefing(input));
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, markdown);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });

  it('numbers one citation per source, in order of first use', () => {
    const markdown = briefingMarkdown(buildBriefing(input));
    expect(markdown).toContain('use Facebook. [1]');
    expect(markdown).toContain('response times by 40%. [1]');
    expect(markdown).toMatch(/\\`code\\` \\&amp; \\\| \\~\\~s\\~\\~ \[2\]/);
    expect(markdown).toContain('2. Win \\[big\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('says n.d. for a source with no published date, and never links a javascript: URL', () => {
    const markdown = briefingMarkdown(buildBriefing(input));
    const hostileLine = markdown.split('\n').find((line) => line.startsWith('2. '))!;
    expect(hostileLine).toContain('n.d.');
    expect(hostileLine).not.toMatch(/<javascript:/);
    expect(hostileLine).not.toMatch(/\]\(javascript:/);
  });

  it('has Statistics, Success stories and Sources sections', () => {
    const headings = briefingMarkdown(buildBriefing(input)).split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['# Why social media matters', '## Statistics', '## Success stories', '## Sources']);
  });

  it('words the facts under a quote as the web page does, blank fields left out', () => {
    const story = clip('00000000-0000-4000-8000-000000000004', pew, {
      kind: 'success-story',
      quote: 'A story with blank fields.',
      organisation: 'Acme',
      result: '   ',
      citedOrigin: ' ',
      dataYear: 2019,
      note: 'Two\n\nlines *here*',
    });
    const document = buildBriefing({ ...input, clips: [story] });
    const facts = briefingMarkdown(document)
      .split('\n')
      .filter((line) => /^(Who|Data|Note):/.test(line));
    expect(facts).toEqual(['Who: Acme.', 'Data: 2019.', 'Note: Two lines \\*here\\*']);
    // A story whose text names no one shows its result alone (#3).
    const unnamed = clip('00000000-0000-4000-8000-000000000005', pew, { kind: 'success-story', quote: 'Attendance tripled.', result: 'tripled' });
    const unnamedFacts = briefingMarkdown(buildBriefing({ ...input, clips: [unnamed] }))
      .split('\n')
      .filter((line) => /^(Who|Result):/.test(line));
    expect(unnamedFacts).toEqual(['Result: tripled.']);
    // The web page tells the same facts in the same words.
    const html = briefingHtmlBody(document);
    expect(html).toContain('Acme.');
    expect(html).toContain('2019.');
    expect(html).toContain('Two lines *here*');
  });

  it('links the page a quote\'s sentence linked to, after its data, and never a link of another scheme (#3)', () => {
    const linked = clip('00000000-0000-4000-8000-000000000006', pew, {
      quote: '72% of adults use Facebook.',
      citedOrigin: 'Pew Research Center',
      citedUrl: 'https://www.pewresearch.org/fact-sheet/social-media/?a=1&b=(2)',
    });
    const hostileLink = clip('00000000-0000-4000-8000-000000000007', pew, { quote: '50% click.', citedUrl: 'javascript:alert(1)' });
    const document = buildBriefing({ ...input, clips: [linked, hostileLink] });
    const facts = briefingMarkdown(document)
      .split('\n')
      .filter((line) => /^(Data|Link):/.test(line));
    expect(facts).toEqual(['Data: Pew Research Center.', 'Link: <https://www.pewresearch.org/fact-sheet/social-media/?a=1&b=(2)>']);
    const html = briefingHtmlBody(document);
    expect(html).toContain('<a href="https://www.pewresearch.org/fact-sheet/social-media/?a=1&amp;b=(2)" rel="noreferrer noopener">');
    expect(html).not.toContain('javascript:alert(1)');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['[a](javascript:x)', '\\[a\\]\\(javascript:x\\)'],
    ['![i](x)', '\\!\\[i\\]\\(x\\)'],
    ['<b onmouseover=x>', '\\<b onmouseover=x\\>'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['> quote', '\\> quote'],
    ['72% rose by 2.3x', '72% rose by 2.3x'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});
