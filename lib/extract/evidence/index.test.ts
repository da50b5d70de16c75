import { describe, expect, it } from 'vitest';
import { Candidate } from '../../schema';
import { findCandidates } from '.';

const article = [
  'Social media is no longer optional. Two brothers started our company in 2015.',
  'According to Pew Research Center, 68% of U.S. adults use Facebook (2016). Our 35-year-old founder still answers email.',
  'Every year, about 2 million people get sick. About 23,000 die.',
  'After launching its Twitter support channel, Comcast cut response times by 40%.',
  'We shot our video on an iPhone 7 and exported it in 4K. Call 555-0100 for details.',
].join('\n\n');

describe('findCandidates', () => {
  const candidates = findCandidates(article, { publishedTime: '2017-03-01', lang: 'en' });

  it('finds statistics and success stories, one per sentence or short passage, in text order', () => {
    expect(candidates.map((c) => [c.kind, c.text])).toEqual([
      ['statistic', 'According to Pew Research Center, 68% of U.S. adults use Facebook (2016).'],
      ['statistic', 'Every year, about 2 million people get sick. About 23,000 die.'],
      ['success-story', 'After launching its Twitter support channel, Comcast cut response times by 40%.'],
    ]);
  });

  it('fills figures, cited origin, data year, organisation and result', () => {
    expect(candidates[0]).toMatchObject({ figures: ['68%'], citedOrigin: 'Pew Research Center', dataYear: 2016 });
    expect(candidates[1]).toMatchObject({ figures: ['2 million', '23,000'] });
    expect(candidates[1]?.dataYear).toBeUndefined();
    expect(candidates[2]).toMatchObject({ organisation: 'Comcast', result: 'cut response times by 40%' });
  });

  it("reads the years a page's text states up to when it was last updated, not only to its first date (#3)", () => {
    // A wiki's "published" date is its first version; its text speaks of years after it.
    const text = 'In 2013 there were about 650,000 New Zealand citizens living in Australia.';
    expect(findCandidates(text, { publishedTime: '2001-10-29T01:59:14Z' })[0]?.dataYear).toBeUndefined();
    expect(findCandidates(text, { publishedTime: '2001-10-29T01:59:14Z', updatedTime: '2019-09-26T11:35:37Z' })[0]?.dataYear).toBe(2013);
    // A forecast stays one.
    expect(findCandidates('By 2030, 40% of energy will be solar.', { publishedTime: '2001-10-29', updatedTime: '2019-09-26' })[0]?.dataYear).toBeUndefined();
    // Even when the page was updated (or stamps every visit as an update) after the year it looked ahead to.
    const forecasts = 'By 2020, 85% of customer interactions will be handled without a human. Video is expected to make up 82% of traffic in 2021.';
    expect(findCandidates(forecasts, { publishedTime: '2017-03-01', updatedTime: '2026-11-30' }).map((c) => c.dataYear)).toEqual([undefined, undefined]);
  });

  it('takes the origin and year from a source line after the sentence, never into the quote (#3)', () => {
    const roundup = 'Video drives 1200% more shares than text and images combined. Source: Wordstream, 2016\n\n72% of adults use Facebook.\n\nSource: Pew Research Center\n\n40% of shoppers buy on Instagram (Source: Statista, 2019). Source: eMarketer';
    expect(findCandidates(roundup, { publishedTime: '2020-01-01' }).map((c) => [c.text, c.citedOrigin, c.dataYear])).toEqual([
      ['Video drives 1200% more shares than text and images combined.', 'Wordstream', 2016],
      ['72% of adults use Facebook.', 'Pew Research Center', undefined],
      // The sentence's own citation comes first.
      ['40% of shoppers buy on Instagram (Source: Statista, 2019).', 'Statista', 2019],
    ]);
  });

  it('builds selectors from offsets into the text', () => {
    for (const candidate of candidates) {
      const { exact, prefix, suffix } = candidate.selector;
      expect(exact).toBe(candidate.text);
      expect(article).toContain(prefix + exact + suffix);
      expect(Candidate.parse(candidate)).toEqual(candidate);
    }
  });

  it('returns nothing for text without figures', () => {
    expect(findCandidates('')).toEqual([]);
    expect(findCandidates('Two brothers started a bakery. Three days later they had a customer.')).toEqual([]);
    // Money a bill sets is neither a statistic nor anyone's result (#3).
    expect(findCandidates("The Smithsonian's museum program won a $12.5 million increase, to $84.8 million, in the omnibus bill.")).toEqual([]);
    expect(findCandidates("Amtrak's northeast program won an increase of $157 million in the spending bill.")).toEqual([]);
  });

  it('skips title-case headings and worked examples', () => {
    expect(findCandidates('$150K Pearl Oscar Dress ...')).toEqual([]);
    expect(findCandidates('Prices Start at $1,299 for the Pro Model')).toEqual([]);
    expect(findCandidates('Take a company with 1,000 customers paying £50 a month.')).toEqual([]);
    expect(findCandidates('Prices start at $1,299, and 40% of buyers pick the Pro.')).toHaveLength(1);
  });

  it('skips a heading that opens on "How" and announces a story (#3)', () => {
    expect(findCandidates("How The Skimm's passionate readership helped its newsletter grow to 1.5 million subscribers")).toEqual([]);
    expect(findCandidates('Why 73% of marketers now plan video first\n\nA survey of 1,200 marketers found that 73% plan video first.')).toHaveLength(1);
    // A sentence that opens on "How" is read.
    expect(findCandidates('How much did it help? Sales rose 40% in a month, the company said.')).toHaveLength(1);
  });

  it('skips advice: instructions and recommendations to the reader', () => {
    expect(findCandidates('Step 4: Spend 20% of your budget on tests.')).toEqual([]);
    expect(findCandidates('Aim for 1,500 words or more on pillar pages.')).toEqual([]);
    expect(findCandidates('We recommend 3 to 5 posts a week.')).toEqual([]);
    expect(findCandidates('To rank, you need to publish 10x more than your rivals.')).toEqual([]);
    expect(findCandidates('Use of AI rose 40% last year.')).toHaveLength(1);
  });

  it('skips the writer’s plans, bars of page details and a survey’s margin of error', () => {
    expect(findCandidates('Next year we plan to open 15 more stores.')).toEqual([]);
    expect(findCandidates('By Ana Ruiz · 4 May 2025 · 120 comments')).toEqual([]);
    expect(findCandidates('The margin of error is plus or minus 3 percentage points.')).toEqual([]);
    expect(findCandidates('One in four founders told us they plan to raise prices.')).toHaveLength(1);
  });

  it('skips the lines of a list under a heading of goals (#3)', () => {
    expect(findCandidates('Our goals for next year:\n→ 50,000 subscribers to the newsletter\n→ 2,000 paying members')).toEqual([]);
    expect(findCandidates('What we measured:\n→ 50,000 subscribers read the newsletter in May')).toHaveLength(1);
  });

  it('skips a list of goals whose items are paragraphs of their own, up to the prose after it (#3, real40)', () => {
    const goals = ['Goals for next year:', 'Release one more app by March.', 'Hit $1,000 MRR (Monthly Recurring Revenue) by June 2025.', 'Hit $3,000 MRR by the end of 2025.'];
    expect(findCandidates(goals.join('\n\n'))).toEqual([]);
    // Prose between the heading and the line ends the list: its figure is the writer's own, stated.
    const prose = 'That was the plan a year ago, and most of it slipped: the second app took far longer to build than I had guessed it would, twice over, and the marketing I had promised myself never really happened until the autumn.';
    const after = [...goals.slice(0, 2), prose, 'Revenue reached $1,000 MRR in June 2025.'];
    expect(findCandidates(after.join('\n\n')).map((c) => c.text)).toEqual(['Revenue reached $1,000 MRR in June 2025.']);
  });

  it('reads a numbered section of goals with no colon as a list of goals, up to another list\'s lead-in (#3, real37)', () => {
    const goals = ['3. Goals for Year Two', 'Grow organic traffic from 500 to 1000 clicks a day.'];
    expect(findCandidates(goals.join('\n\n'))).toEqual([]);
    const reached = ['1. Goals for Year One', 'Publish 50 posts.', "Here's where I ended Year One:", 'Grew my newsletter to 3,000 subscribers.'];
    expect(findCandidates(reached.join('\n\n')).map((c) => c.text)).toEqual(['Grew my newsletter to 3,000 subscribers.']);
  });

  it('skips a heading whose figure a sentence tells again word for word (#3, real40)', () => {
    const text = ['Web traffic', '100 visitors per point', 'The post earned 350 points.', 'That works out to 100 visitors per point.', 'To sum up:', '100 visitors per point'].join('\n\n');
    expect(findCandidates(text).map((c) => c.text)).toEqual(['That works out to 100 visitors per point.']);
    // A line of figures told nowhere else is a measure, kept.
    expect(findCandidates('Results\n\n83% faster build times\n\nThe team ships every day.').map((c) => c.text)).toEqual(['83% faster build times']);
  });

  it('never returns a whole long paragraph', () => {
    const long = Array.from({ length: 20 }, (_, i) => `Sales in region ${i + 1} rose ${10 + i}% last year.`).join(' ');
    const found = findCandidates(long);
    expect(found).toHaveLength(20);
    for (const c of found) expect(c.text.length).toBeLessThan(80);
  });

  // How fast is for `npm run bench -- extraction` and `-- hard-pages`, not for a test on a shared machine.
  it('finds every figure on a large page, and nothing else', () => {
    const paragraph = 'According to Nielsen, 92 percent of consumers trust friends more than ads. The weather was nice in 2015.';
    const text = Array.from({ length: 2000 }, () => paragraph).join('\n\n');
    const found = findCandidates(text);
    expect(found).toHaveLength(2000);
    expect(new Set(found.map((candidate) => candidate.text))).toEqual(new Set(['According to Nielsen, 92 percent of consumers trust friends more than ads.']));
  });
});

describe('a success story told over a paragraph (#3)', () => {
  it('carries the organisation a paragraph opens with to a later result', () => {
    const text = [
      'Pennywhistle, an indie board-game studio in Leeds, asked players to film their most dramatic losing moments on TikTok. The hashtag collected 18,000 videos in three weeks.',
      'The report came out on Tuesday. The hashtag collected 18,000 videos in three weeks.',
    ].join('\n\n');
    expect(findCandidates(text).map((c) => [c.kind, c.organisation])).toEqual([
      ['success-story', 'Pennywhistle'],
      ['statistic', undefined],
    ]);
  });

  it('goes on into the next paragraph when it names the same actor again', () => {
    const text = [
      'After it started posting recipe videos on Instagram, Olmo Verde doubled its online orders.',
      "Olmo Verde's export sales rose 30% in 2024.",
      "Globex's export sales rose 30% in 2024.",
    ].join('\n\n');
    expect(findCandidates(text).map((c) => [c.kind, c.organisation])).toEqual([
      ['success-story', 'Olmo Verde'],
      ['success-story', 'Olmo Verde'],
      ['statistic', undefined],
    ]);
  });

  it("takes a roundup item's organisation from its heading, and a sentence's own name before the paragraph's", () => {
    const text = [
      '9. Cobalt Credit Union',
      "Yes, a credit union. Cobalt's staff answer money questions in under a minute. The credit union opened 2,400 accounts last year for members who found it on TikTok.",
      'The Results',
      'Yes, really. The credit union opened 2,400 accounts last year for members who found it on TikTok.',
      'Small shops are betting on live video. Tillbrook Candles, a two-person shop in Vermont, said its first month selling on TikTok Shop brought in $62,000, more than it made online in all of 2023.',
      'At Monzo, the bank’s in-app help centre now answers 40% of questions after the chatbot launch.',
      "The Florida paddleboard maker started filming clips on TikTok. By June, Brightwater's account had 620,000 followers, and its spring sales were up 140% on the year.",
    ].join('\n\n');
    expect(findCandidates(text).map((c) => [c.kind, c.organisation])).toEqual([
      ['success-story', 'Cobalt Credit Union'],
      // "The Results" names no one.
      ['statistic', undefined],
      ['success-story', 'Tillbrook Candles'],
      ['success-story', 'Monzo'],
      // The sentence's own owner, not the paragraph's opening words.
      ['success-story', 'Brightwater'],
    ]);
  });

  it('takes no organisation from a section heading that the paragraph under it never names', () => {
    const text = [
      'Key Findings',
      'Most brands posted more often this year. The company grew its sales 30% after its TikTok launch, one founder said.',
      '3. Cobalt Credit Union',
      'Yes, a credit union. The credit union opened 2,400 accounts last year for members who found it on TikTok.',
    ].join('\n\n');
    expect(findCandidates(text).map((c) => [c.kind, c.organisation])).toEqual([
      ['statistic', undefined],
      // A numbered heading is a roundup's item, named again or not.
      ['success-story', 'Cobalt Credit Union'],
    ]);
  });

  it('reads a result after a paragraph that says what the same actor did', () => {
    const text = [
      'Harbour Dental started texting reminders the day before each appointment.',
      'Harbour Dental says missed appointments fell, and the practice added 900 patients in a year.',
      'Harbour Dental opened on Tuesday.',
      'Harbour Dental says the practice added 900 patients in a year.',
      'Harbour Dental started texting reminders the day before each appointment.',
      'Globex says the firm added 900 customers in a year.',
    ].join('\n\n');
    expect(findCandidates(text).map((c) => [c.kind, c.organisation])).toEqual([
      ['success-story', 'Harbour Dental'],
      ['statistic', undefined],
      ['statistic', undefined],
    ]);
  });
});

describe('an organisation named with its own article (#3)', () => {
  it('keeps "La" or "Le" that a name carries in the middle of a sentence', () => {
    const french = findCandidates("Grâce à sa nouvelle newsletter, la marque Le Slip Français a fait passer le taux d'ouverture de 18 % à 31 %.", { lang: 'fr' });
    expect(french.map((c) => c.organisation)).toEqual(['Le Slip Français']);
    const spanish = findCandidates('Tras abrir su tienda online, La Hoja duplicó sus ventas en 2024.', { lang: 'es' });
    expect(spanish.map((c) => c.organisation)).toEqual(['La Hoja']);
  });
});

describe('a result as the briefing lists it (#3)', () => {
  it('leaves out the words that join it to its sentence and the saying it is reported with', () => {
    const joined = findCandidates('Our CTO, Mark Delaney, started posting every Tuesday about the boring parts of payroll engineering, and his posts now average 25,000 impressions.');
    expect(joined.map((c) => c.result)).toEqual(['his posts now average 25,000 impressions']);
    const said = findCandidates('Halden & Rowe, the department store chain, said on Thursday that its live shopping streams on Instagram generated $48 million in sales last quarter.');
    expect(said.map((c) => [c.organisation, c.result])).toEqual([['Halden & Rowe', 'its live shopping streams on Instagram generated $48 million']]);
  });
});

describe('the origin a sentence takes from the one before (#3)', () => {
  it('takes a speaker for "he adds", not a report named before', () => {
    const text =
      'The lab compared its results with the World Drug Report 2014, which reports that street cocaine in Spain is about 40 percent pure. “We have seen samples at 85 percent purity this year,” he adds.';
    expect(findCandidates(text).map((c) => c.citedOrigin)).toEqual(['World Drug Report', undefined]);
  });

  it('takes none for a sentence that says whose figure it is without a name ("Reports say", "I\'d estimate")', () => {
    const text =
      'Axonn Research found that 7 in 10 people view brands more positively after watching their videos. Reports say online video is a 600% more effective marketing tool than print. Animoto found that 4 times as many customers would rather watch a video. I would estimate that 80% of our own customers agree.';
    expect(findCandidates(text).map((c) => c.citedOrigin)).toEqual(['Axonn Research', undefined, 'Animoto', undefined]);
  });
});

describe('a story told of a platform (#3)', () => {
  it("gives a channel's result to the business the paragraph is about, unless the platform itself got it", () => {
    const retailer =
      "At Brookline Beauty, the quarter's social story was more modest but still positive. The cosmetics retailer said a TikTok creator program launched in the spring brought in 310,000 new loyalty members.";
    expect(findCandidates(retailer).map((c) => [c.organisation, c.result])).toEqual([['Brookline Beauty', 'brought in 310,000 new loyalty members']]);
    const platform =
      'At Brookline Beauty, the quarter was quiet. Though Twitter is loath to admit the importance of the milestone, the news that Instagram recently topped 300 million monthly active users is significant.';
    expect(findCandidates(platform).map((c) => c.organisation)).toEqual(['Instagram']);
  });
});

describe('a result told by someone who speaks for the business (#3)', () => {
  it('gives it to the business the paragraph is about, not to the speaker', () => {
    const who = (text: string) => findCandidates(text).map((c) => c.organisation);
    expect(who('Harlow Street Pharmacy started posting short videos on TikTok last spring. Its pharmacist, Dev Mehta, says walk-in traffic doubled after a video on generic drug prices went viral.')).toEqual(['Harlow Street Pharmacy']);
    expect(who('Saltmarsh Hot Sauce joined the TikTok series in May. "We went from 40 orders a day to about 900 during the first week of the series," Lindqvist said.')).toEqual(['Saltmarsh Hot Sauce']);
  });

  it('keeps the business the speaker is said to be from', () => {
    const who = (text: string) => findCandidates(text).map((c) => c.organisation);
    expect(who('At Harbor Foods, the series went unnoticed. "We went from 40 orders a day to about 900 after the series," said Ana Lindqvist of Saltmarsh Hot Sauce.')).toEqual(['Saltmarsh Hot Sauce']);
  });
});

describe('a name a clause or an apposition gives whoever got the result (#3)', () => {
  it('gives the result to the name a "which" clause hangs on, even a platform, and to the business a superlative names', () => {
    const who = (text: string) => findCandidates(text).map((c) => c.organisation);
    expect(who('Baidu and Sogou join a roster of companies supporting AMP, from Google to LinkedIn, which said it sees a 10% increase in time spent in an AMP article.')).toEqual(['LinkedIn']);
    expect(who('eBay was one of the first eCommerce companies to launch AMP in production. Likewise, one of India’s biggest retailers SnapDeal has gone all-in on AMP, and is seeing a 52% improvement in average daily orders.')).toEqual(['SnapDeal']);
    // Part of the name already found is no other name.
    expect(who('The result was The Harbor Book of Recipes, which grew the list by roughly 10%.')).not.toContain('Recipes');
  });
});

describe('a bare measure after the paragraph that says what someone did (#3)', () => {
  it('is the result of the one that paragraph names', () => {
    const text =
      "Hatchway, a project-planning tool for builders, moved its monthly product demo from a slide deck to a live walk-through of a real customer's site.\n\nAttendance tripled, and the sales team says upgrade conversations now start with the webinar.";
    expect(findCandidates(text).map((c) => [c.kind, c.organisation, c.result])).toEqual([['success-story', 'Hatchway', 'Attendance tripled']]);
  });

  it('is no one\'s when that paragraph tells of no act', () => {
    const text = 'Hatchway, a project-planning tool for builders, moved to Leeds last year.\n\nAttendance tripled, and the sales team says upgrade conversations now start with the webinar.';
    expect(findCandidates(text).map((c) => c.organisation)).toEqual([undefined]);
  });
});

describe('a result that names no one who got it (#3)', () => {
  it('is a statistic, since a success story needs someone named', () => {
    const text = 'Video keeps growing too: brands that posted short videos every week saw 48% more shares than brands that posted photos only, according to a study of 4,000 accounts.';
    expect(findCandidates(text).map((c) => [c.kind, c.organisation, c.result])).toEqual([['statistic', undefined, undefined]]);
  });
});

describe('the organisation a story shows (#3)', () => {
  it('shows none rather than a word that names no one, and the brand without the channel after it', () => {
    const who = (text: string) => findCandidates(text).map((c) => c.organisation);
    expect(who('Old Spice Facebook fans increased from 563k to 592k after the launch of the social campaign.')).toEqual(['Old Spice']);
    expect(who('Attendance tripled, and Hatchway says upgrade conversations now start with the webinar.')).toEqual([undefined]);
    expect(who('Her Thursday videos regularly get 30,000 views, and Saturday walk-in sales have roughly doubled since she started.')).toEqual([undefined]);
  });
});

describe('a result names what its figure counts (#3)', () => {
  it.each([
    ["Dollar Shave Club's launch video, which cost $4,500 to make, brought in 12,000 orders in the first 48 hours.", 'brought in 12,000 orders in the first 48 hours'],
    ['Thanks to a win-back series, coolblue recovered 11% of lapsed customers within one quarter.', 'recovered 11% of lapsed customers'],
    ['Hearth & Co. now gets 27% of its web traffic from Pinterest, more than from Google search.', 'now gets 27% of its web traffic'],
    ['Blendtec\'s "Will It Blend?" videos lifted sales 700% within two years.', 'lifted sales 700% within two years'],
  ])('%s', (text, result) => {
    expect(findCandidates(text).map((c) => c.result)).toEqual([result]);
  });
});

describe('a customer story\'s problem, labelled as one (#3, real30, real39)', () => {
  it('is neither kind: the scale the result starts from is no finding', () => {
    const kinds = (text: string) => findCandidates(text).map((c) => c.kind);
    expect(kinds('The challenge: Managing and tracking 250+ short links')).toEqual([]);
    expect(kinds('A Week-Long Bottleneck: Running models for all 210 markets was a slow operation that took over a week to complete.')).toEqual([]);
    expect(kinds('Managing and tracking 250+ short links was the challenge.')).toEqual(['statistic']);
  });
});
