import { describe, expect, it } from 'vitest';
import { findDataYear } from './data-year';

describe('findDataYear', () => {
  it.each([
    ['In 2015, 68% of adults used Facebook.', 2015],
    ['68% of adults used Facebook (Pew, 2015).', 2015],
    ['As of May 2013, 67% of consumers had used social media for service.', 2013],
    ['A 2014 survey found that 33% of consumers agree.', 2014],
    ['Between 2010 and 2013, service tweets grew fivefold.', 2013],
    ['Sales reached $1.2 trillion in 2013 (Source: Statista, 2016).', 2013],
    ['Posts grew 40% in 2015-2016.', 2016],
    ['In a report released in November 2012, Mozilla said revenue for 2011 was $163 million.', 2011],
  ])('%s', (sentence, year) => {
    expect(findDataYear(sentence, '2017-03-01')).toBe(year);
  });

  it('ignores years after publication and forecasts', () => {
    expect(findDataYear('Video will be 82% of traffic in 2020.', '2017-03-01')).toBeUndefined();
    expect(findDataYear('By 2020, 85% of interactions will be automated.')).toBeUndefined();
  });

  it('leaves the year undefined when the sentence states none (no fallback to the published date)', () => {
    expect(findDataYear('73% of marketers believe it works.', '2017-03-01')).toBeUndefined();
  });

  it('does not read numbers, products or times as years', () => {
    expect(findDataYear('The survey of 2,015 people found 40% agree.')).toBeUndefined();
    expect(findDataYear('It runs on Windows 2000 and 1990s hardware; 40% still do.')).toBeUndefined();
    expect(findDataYear('40% of COVID-19 patients recovered.')).toBeUndefined();
  });
});
