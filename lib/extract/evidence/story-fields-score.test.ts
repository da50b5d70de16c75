import { describe, expect, it } from 'vitest';
import { figuresOf, sameResult, scoreStoryFields, sumStoryFieldsScores } from './story-fields-score';

describe('sameResult', () => {
  it('compares results by their figures', () => {
    expect(figuresOf('grew its list from 2,000 to 30,000 subscribers')).toEqual(['2000', '30000']);
    expect(sameResult('sales up 700%', 'sales rose 700%')).toBe(true);
    expect(sameResult('its list grew from 2,000 to 30,000', 'from 2,000 to 30,000 subscribers')).toBe(true);
    expect(sameResult('its list grew to 30,000', 'from 2,000 to 30,000 subscribers')).toBe(false);
    expect(sameResult('cut costs by 40%', 'cut response times by 4%')).toBe(false);
  });
});

describe('scoreStoryFields', () => {
  const candidates = [
    { kind: 'success-story' as const, text: 'After moving support to Twitter, Comcast cut response times by 40%.', organisation: 'Comcast', result: 'cut response times by 40%' },
    { kind: 'success-story' as const, text: 'The campaign drove sales up 700%.', organisation: 'Twitter', result: 'drove sales up 700%' },
    { kind: 'success-story' as const, text: 'They doubled sign-ups to 4,000.' },
    { kind: 'statistic' as const, text: 'Blendtec sold 1,000 blenders.' },
  ];

  it('counts right and wrong organisations and results, and stories found as statistics or not at all', () => {
    const score = scoreStoryFields(
      [
        { story: 'Comcast cut response times', organisation: 'Comcast', result: 'cut response times by 40%' },
        { story: 'drove sales up 700%', organisation: 'Blendtec', result: 'sales up 700%' },
        { story: 'They doubled sign-ups', organisation: null, result: 'doubled sign-ups to 4,000' },
        { story: 'Blendtec sold', organisation: 'Blendtec', result: 'sold 1,000 blenders' },
        { story: 'not on the page', organisation: 'Acme', result: '50%' },
      ],
      candidates,
    );
    expect(score).toMatchObject({ scored: 3, notFound: 2 });
    expect(score.organisation).toMatchObject({ given: 2, labelled: 2, right: 1, precision: 0.5, recall: 0.5 });
    expect(score.result).toMatchObject({ given: 2, right: 2, precision: 1 });
    expect(score.result.recall).toBeCloseTo(2 / 3);
    expect(score.errors).toEqual([
      { story: 'drove sales up 700%', field: 'organisation', expected: 'Blendtec', given: 'Twitter' },
      { story: 'They doubled sign-ups', field: 'result', expected: 'doubled sign-ups to 4,000', given: null },
    ]);
    const sum = sumStoryFieldsScores([score, score]);
    expect(sum).toMatchObject({ scored: 6, notFound: 4 });
    expect(sum.organisation.precision).toBe(0.5);
  });
});
