import { describe, expect, it } from 'vitest';
import { Citation, Clip, Extraction, StatedDate } from '../../lib/schema';

const clip = {
  id: '0b5d2c7e-3f0a-4c1e-9a51-6d2f7a1c9e10',
  sourceId: '5a1f3b2c-8d4e-4f6a-b7c8-9d0e1f2a3b4c',
  kind: 'statistic',
  quote: '72% of online adults use Facebook.',
  note: '',
  tags: ['social'],
  selector: { type: 'TextQuoteSelector', exact: '72% of online adults', prefix: 'Today, ', suffix: ' use Facebook.' },
  citedOrigin: 'Pew Research Center',
  dataYear: 2015,
  createdAt: '2026-11-29T10:00:00.000Z',
  updatedAt: '2026-11-29T10:00:00.000Z',
};

describe('Clip', () => {
  it('accepts a whole clip', () => {
    expect(Clip.parse(clip)).toEqual(clip);
  });
  it.each([
    ['an unknown kind', { kind: 'opinion' }],
    ['an empty quote', { quote: '' }],
    ['a non-uuid id', { id: '1' }],
    ['tags that are not a list', { tags: 'social' }],
    ['a blank tag', { tags: [' '] }],
    ['a data year that is not a year', { dataYear: 20155 }],
    ['a timestamp that is not one', { createdAt: 'yesterday' }],
  ])('refuses %s', (_name, change) => {
    expect(Clip.safeParse({ ...clip, ...change }).success).toBe(false);
  });
});

describe('StatedDate', () => {
  it.each(['2016', '29/02/2016', 'February 29, 2016', ''])('refuses %j', (value) => {
    expect(StatedDate.safeParse(value).success).toBe(false);
  });
  it.each(['2016-02', '2016-02-29', '2016-02-29T10:00:00Z', '2016-02-29T10:00:00.000+01:00'])('accepts %j', (value) => {
    expect(StatedDate.parse(value)).toBe(value);
  });
});

describe('Extraction', () => {
  it('accepts a page with no article and no selection', () => {
    const page = { source: { url: 'https://a.example/', canonicalUrl: 'https://a.example/', title: 'A' }, candidates: [] };
    expect(Extraction.parse(page)).toEqual(page);
  });
  it('refuses a citation without a title', () => {
    expect(Citation.safeParse({ url: 'https://a.example/', canonicalUrl: 'https://a.example/' }).success).toBe(false);
  });
});
