import { describe, expect, it } from 'vitest';
import { addressYear, citationYear, findDataYear, lastWritten, yearBoundFor } from './data-year';

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

  it('reads no data year in the start of a span up to the time of writing: "since", a founding (#3)', () => {
    expect(findDataYear('In the U.S., more than 2% of people react to peanuts, a 400% increase since 1997.')).toBeUndefined();
    expect(findDataYear('Sign-ups rose 400% since March 1, 2020.')).toBeUndefined();
    expect(findDataYear('Since its launch in 2015, AMP has grown to power billions of pages.')).toBeUndefined();
    expect(findDataYear('They’ve raised more than €150 million since they entered the market in 2017.')).toBeUndefined();
    expect(findDataYear('Founded in 1997 in Nuremberg, Paessler serves over 200,000 companies.')).toBeUndefined();
    expect(findDataYear('Originally established as a retailer in 1998, the brand has over 1,000 stores.')).toBeUndefined();
    expect(findDataYear('Unemployment hit 10%, the highest since 1983.')).toBeUndefined();
    // Another year still dates the figure; "since the 2014 election" names the year the count holds from.
    expect(findDataYear('Since its launch in 2015, AMP reached 31 million domains in 2018.')).toBe(2018);
    expect(findDataYear('Since the 2014 election, there have been 71 electorates.')).toBe(2014);
  });

  it('reads no data year in a look-ahead at the year it was written in (#3)', () => {
    const forecast = 'Comparable-store sales growth in 2019 will be 3.5%.';
    expect(findDataYear(forecast, yearBoundFor(forecast, '2019-02-26'))).toBeUndefined();
    const plan = '25% of marketers planned to use TikTok in 2021.';
    expect(findDataYear(plan, yearBoundFor(plan, '2021-02-01'))).toBeUndefined();
    // A year before it was written still dates the data, and so does the year of a survey it quotes.
    const both = 'Sales grew 5% in 2018 and will grow 3.5% in 2019.';
    expect(findDataYear(both, yearBoundFor(both, '2019-02-26'))).toBe(2018);
    const survey = "According to the CIM's 2025 Marketing Trends survey, 64% of marketers plan to spend more.";
    expect(findDataYear(survey, yearBoundFor(survey, '2025-03-01'))).toBe(2025);
  });

  it('reads a count after "over" or "nearly" as a count, not a year (#3)', () => {
    expect(findDataYear('We had amassed 200 votes, 30 comments and over 2000 unique page views.')).toBeUndefined();
    expect(findDataYear('The chain now runs nearly 1900 stores.')).toBeUndefined();
    expect(findDataYear('Around 2010, 40% of adults used it.')).toBe(2010);
  });

  it('reads no data year in a year the figure is compared with (#3)', () => {
    expect(findDataYear('The country now generates half as much coal-fired electricity as it did in 2009.')).toBeUndefined();
    expect(findDataYear('Our reps now log 3x more calls than in 2020.')).toBeUndefined();
    expect(findDataYear('Output in the euro zone is still 2 per cent below the 2008 level.')).toBeUndefined();
    expect(findDataYear('Emissions are 12% lower compared with 2005.')).toBeUndefined();
    expect(findDataYear('In 2012, sales were 20% higher than in 2009.')).toBe(2012);
    expect(findDataYear('As of 2015, 72% of adults used Facebook.')).toBe(2015);
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

describe('citationYear', () => {
  it.each([
    ['^ Perrin, Andrew (October 8, 2015). "Social Media Usage: 2005–2015". Pew Research Center. Retrieved 2016-01-01.', 2015],
    ['^ Smith, J. (2014). "Trends 1990–2013". Archived from the original on 2017-05-02. Retrieved 30 June 2017.', 2014],
    ['^ "Firefox 3.5 Usage Share". W3Counter. Archived from the original on 2010-07-01. Retrieved 2010-06-30.', undefined],
    ['[1] Statista, Social media users worldwide, 2012.', 2012],
    ['^ "Windows 2000 sales". Microsoft.', undefined],
    ['^ "Outlook 2030". Retrieved 2016.', undefined],
    ['^ "Outlook 2030". Energy Agency.', undefined],
  ])('%s', (note, year) => {
    expect(citationYear(note, '2016-02-29')).toBe(year);
  });

  it("bounds a note's years by its access date, where the article's date is a wiki page's first version", () => {
    const note = '^ "Mortality and Demographic Data 1950–2009". Ministry of Health. Archived from the original on 5 May 2012. Retrieved 2 March 2011.';
    expect(citationYear(note, '2001-10-29T01:59:14Z')).toBe(2009);
    expect(citationYear('^ "Mortality 1950–2009". Ministry of Health.', '2001-10-29T01:59:14Z')).toBe(1950);
  });
});

describe('addressYear', () => {
  it.each([
    ['https://www.pewresearch.org/internet/2015/10/08/social-networking-usage-2005-2015/', 2015],
    ['https://blog.example/2014/03/facebook-stats', 2014],
    ['https://web.archive.org/web/20160301000000/http://blog.example/2013/11/x', 2013],
    ['https://research.hubspot.com/reports/2015', undefined],
    ['https://www.statista.com/chart/2015/13/x', undefined],
    ['https://blog.example/2019/01/updated', 2019],
    ['not a url', undefined],
  ])('%s', (url, year) => {
    expect(addressYear(url)).toBe(year);
  });
});

describe('lastWritten', () => {
  it('gives the later of the published and updated dates, or the one there is', () => {
    expect(lastWritten('2001-10-29T01:59:14Z', '2019-09-26T11:35:37Z')).toBe('2019-09-26T11:35:37Z');
    expect(lastWritten('2016-02-29', '2015-01-01')).toBe('2016-02-29');
    expect(lastWritten(undefined, '2019-09-26')).toBe('2019-09-26');
    expect(lastWritten('2016-02-29', undefined)).toBe('2016-02-29');
    expect(lastWritten()).toBeUndefined();
  });
});

describe('yearBoundFor', () => {
  it("bounds a sentence's years by the page's last date, but a sentence that looks ahead by its published date", () => {
    expect(yearBoundFor('In 2013 there were 650,000.', '2001-10-29', '2019-09-26')).toBe('2019-09-26');
    expect(yearBoundFor('Video will make up 82% of traffic in 2021.', '2017-03-01', '2026-11-30')).toBe('2017-03-01');
    expect(yearBoundFor('Sales are expected to double by 2020.', undefined, '2026-11-30')).toBe('2026-11-30');
    expect(yearBoundFor('25% of marketers planned to use TikTok in 2021.', '2021-02-01', '2026-11-30')).toBe('2021-02-01');
    // "May" is a month, not a guess.
    expect(yearBoundFor('As of May 2018, 40% did.', '2001-10-29', '2019-09-26')).toBe('2019-09-26');
  });
});
