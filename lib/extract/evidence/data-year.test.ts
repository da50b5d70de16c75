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

  it('reads years in Chinese and Japanese text (#3)', () => {
    expect(findDataYear('2019年至2023年，农村网络零售额翻了一番。', '2024-03-01')).toBe(2023);
    expect(findDataYear('截至2023年12月，我国网络购物用户规模达9.15亿人。', '2024-03-01')).toBe(2023);
  });

  it('reads "by" a year before the article as the data’s year, a year to come as a forecast (#3)', () => {
    expect(findDataYear('By 2008, that number was 300,000, and by 2009 it had grown to 2.5 million per day.', '2010-05-01')).toBe(2009);
    expect(findDataYear('By the end of 2024, LinkedIn was 41% of new opportunities.', '2025-06-01')).toBe(2024);
    expect(findDataYear('By 2020, 85% of interactions will be automated.', '2017-03-01')).toBeUndefined();
    expect(findDataYear('The shop, which did not exist before 2020, now makes 40% of revenue online.', '2024-03-01')).toBeUndefined();
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
