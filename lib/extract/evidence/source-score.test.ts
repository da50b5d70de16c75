import { describe, expect, it } from 'vitest';
import { sameName, scoreSources, sumSourceScores } from './source-score';

describe('sameName', () => {
  it.each([
    ['Pew Research Center', 'Pew Research Center'],
    ['the Pew Research Center', 'Pew Research Center'],
    ['Pew', 'the Pew Research Center'],
    ['Gartner Inc.', 'Gartner'],
    ["Nielsen's", 'Nielsen'],
    ['U.S. Census Bureau', 'U.S. Census Bureau'],
  ])('%s names %s', (given, expected) => {
    expect(sameName(given, expected)).toBe(true);
  });

  it.each([
    ['Pew', 'Pewter Group'],
    ['HubSpot', 'Hootsuite'],
    ['the', 'The Economist'],
    ['', 'Nielsen'],
  ])('%s does not name %s', (given, expected) => {
    expect(sameName(given, expected)).toBe(false);
  });
});

describe('scoreSources', () => {
  const candidates = [
    { text: 'According to Pew, 72% of teens use Instagram in 2015.', citedOrigin: 'Pew', dataYear: 2015 },
    { text: 'Sales rose 40% last year, Acme said.', citedOrigin: 'Acme', dataYear: 2019 },
    { text: 'Half of all buyers read reviews.' },
  ];

  it('counts right, wrong and missing origins and years, and labels no candidate holds', () => {
    const score = scoreSources(
      [
        { statistic: '72% of teens', origin: 'Pew Research Center', year: 2015 },
        { statistic: 'Sales rose 40%', origin: null, year: null },
        { statistic: 'Half of all buyers', origin: 'Spiegel', year: 2017 },
        { statistic: 'not on the page', origin: 'Nielsen', year: 2016 },
      ],
      candidates,
    );
    expect(score.notFound).toBe(1);
    expect(score.origin).toMatchObject({ scored: 3, given: 2, labelled: 2, right: 1, precision: 0.5, recall: 0.5 });
    expect(score.year).toMatchObject({ scored: 3, given: 2, labelled: 2, right: 1, precision: 0.5, recall: 0.5 });
    expect(score.origin.errors).toEqual([
      { statistic: 'Sales rose 40%', expected: null, given: 'Acme' },
      { statistic: 'Half of all buyers', expected: 'Spiegel', given: null },
    ]);
  });

  it('is 1 where there is nothing to be wrong about, and adds up over articles', () => {
    const none = scoreSources([{ statistic: 'Half of all buyers', origin: null, year: null }], candidates);
    expect(none.origin.precision).toBe(1);
    expect(none.origin.recall).toBe(1);
    const sum = sumSourceScores([none, scoreSources([{ statistic: '72% of teens', origin: 'Pew', year: 2014 }], candidates)]);
    expect(sum.origin).toMatchObject({ scored: 2, given: 1, labelled: 1, right: 1 });
    expect(sum.year).toMatchObject({ scored: 2, given: 1, labelled: 1, right: 0, precision: 0 });
  });
});
