import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { isStatistic, wordCount } from './statistic';

const statistic = (sentence: string) => isStatistic(sentence, findFigures(sentence));

describe('isStatistic', () => {
  it.each([
    '72% of online adults in the U.S. used Facebook in 2015.',
    // A plan reported by a survey is what people said: a finding.
    '45% of shoppers plan to buy gifts online this year.',
    'Shoppers surveyed plan to spend an average of $1,000 on gifts.',
    '56% of marketers said short-form video was the trend they planned to invest in.',
    // A measured floor, not a set one.
    'IBM is responsible for a minimum of about 60% of the changes.',
    // A forecast of a measure is reported, not planned.
    'Analysts expect revenue to grow 5% next year.',
    // Counts of units: a fleet, a chain of papers.
    'Emirates had a fleet of 270 aircraft at the end of October.',
    'GateHouse began as a chain of 30 newspapers.',
    // A condition that holds no figure does not make one hypothetical.
    'Sales rose 12% last year, and analysts said the chain would keep growing if rates fell.',
    // Share prices and counts of equities are market data (#3).
    'The stock’s 52-week high is $29.43.',
    'Wall Street predicted $2.52 a share.',
    'Here are four stocks among the 66 equities making new 52-week lows today.',
    // Time spent, measured over people (#3).
    'The average social media user spends 2 hours and 24 minutes on social media every day.',
    'The country now generates half as much coal-fired electricity as it did in 2009.',
    // A total of fines is measured, not set.
    'Fines totalled $4 billion last year.',
    // What respondents want is what a survey found.
    '64% of shoppers want to see more video from brands.',
    // Compound fractions are shares of anything; "twice more likely" is a multiplier; "Add to this" is no instruction (#3).
    'Among millennials, YouTube accounts for two-thirds of the premium online video watched across devices.',
    'Among content types, video is twice more likely to be shared with friends.',
    'Add to this, 90% of online shoppers say video dramatically influences their buying decisions.',
    // A measure's line says enough in two words (#3).
    'Support emails: ~6,000',
    'Registered Companies: 503 → 4,585',
    // A marketing rate's line, however short (#3, real30).
    'CTR: 0.9%',
    'Fan CVR: 0.04%',
    // A line of several figures is data however it is capitalised (#3, real30).
    'Top Countries – US (53%), UK (6%), Canada (6%), Germany (4%)',
    // A drop-off is measured; commissions that rose are too.
    '96% drop off from the site after reading the article.',
    'Commissions rose 30% last year.',
    // A name that is also a verb of instructions opens no instruction: "Cook told", not "cook to" (#3).
    'Cook told analysts that the company had an active base of 2.35 billion active devices.',
    // Bonuses measured as a total are no prize.
    'Wall Street bonuses totalled $27 billion last year.',
    // A market rate that is not a central bank's, staff counts, a share price crossing a mark (#3).
    'Mortgage rates rose to 7% last week, the highest since 2001.',
    'The two Telegraph titles currently employ 521 journalists.',
    'Apple’s stock crossed $700 following record pre-orders.',
    // A change by a multiple; "every third" of a population (#3).
    'The new optimized campaigns have reduced conversion costs by 2.6 times.',
    'Every third smartphone owner in Ukraine is an Allo customer.',
    // A count with a letter for its magnitude, before adjectives (#3).
    'Instabase processes over 500K highly varied documents per day.',
    'Over 5K developers have direct access to the experts.',
    // "Hit" is as often past as an instruction (#3, real30).
    'Hit $2k MRR today.',
    // The reader's condition ends at its comma; a comma inside a number does not end it.
    'As the report shows, if you look at the data, 72% of marketers say video brings them the best return.',
    // A figure beside a judgement of something else keeps its clause.
    'It would be hard to overstate the change: sales rose 40% last year.',
    "Overall I'm pretty happy with it: if you look at how much we made in the slow weeks (usually ~$1,100 a day) you could argue we lost another $10k, but I doubt it.",
  ])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });

  it.each([
    // No one reached it: a claim of absence counts nothing.
    'Nobody has a million followers on Twitter.',
    // Rates a deal sets, limits, and what would be needed are set, not measured (#3).
    'Partner Programme, that gives 50% revenue share.',
    'Affiliates earn a 30% commission on every sale.',
    'We had tried the Search API, but it has limitations with result sets over 10,000.',
    'The system resources constrain the number of APIs that can be deployed in a single cluster to less than 1,000.',
    'In December I mentioned MRR would need to grow 50% for 12 months to reach $5000.',
    // A condition put to the reader is no one's measure (#3, real30).
    'However, if your average open rate is 17 percent then there is no real difference between Monday and Tuesday.',
    // A figure someone judges would be hard to reach is a hypothetical (#3).
    'But in this way, it would be virtually impossible to deploy a cluster with more than 300 nodes.',
    'Improving it to hundreds of thousands of users would be a difficult challenge.',
    // What follows from it, told to the reader too (#3).
    'Here is a way to think about it: if your cost per lead is £80 and one lead in ten becomes a customer, each customer costs you £800.',
    'The truth: Nobody has been able to point me to a single account that has earned over 250,000 followers on its own.',
    // Someone's plans (issue #3: plans and goals are not statistics).
    'Clark in October revealed lofty plans to expand the Emirates fleet by 30% by the end of 2025.',
    'WeWork is preparing to cut 4,000 jobs.',
    // Set amounts: limits and requirements.
    'Small investors will be allotted the maximum 10 per cent of the total they can get.',
    'It could not make a required minimum contribution of $124 million to its pension fund.',
    // An outcome on a condition.
    'The deal could eventually raise up to $12.9bn if a "green shoe" option is exercised.',
    // A figure inside a condition someone states (#3).
    'The analyst said that if online grocery grew another 15% next year, small chains would struggle to keep up.',
    // Instructions, the number right after the verb or after a word of it (#3).
    'Post 2x a week to get 30% more reach.',
    'Spend 10% of your budget on tests.',
    // A goal listed as an instruction to oneself, the money right after the verb (#3, real32).
    'Achieve $50 in revenue',
    'Reach 1,000 subscribers by March.',
    'Spend $300 a month on ads.',
    // Wishes and goals are not facts yet (#3).
    "We'd love to reach a million listeners by next summer.",
    // Goals the writer had, tried for or expected (#3).
    'Originally we hoped to help 250 people with $5,000.',
    'I was trying to build out a social following of roughly 6,500 people.',
    'So that would mean we should expect about 1,750 backers.',
    // A projection, and a company's plan for its money (#3, real41).
    'We projected to reach 20.000€ MRR after three years.',
    'Ford Motor Company has planned to invest up to 4.4 billion euros in its German operations.',
    'Brightline, which had set a goal of making video 30% of its sales this year, said it was behind.',
    // Money a bill sets aside or someone asks for (#3).
    'The research council will get $2.1 billion, an increase of $140 million over the request.',
    'The spending bill gives the agency $4.5 billion for the year.',
    "The museum requested $3 million; the city council's budget proposal offers $1.2 million.",
    // Fees are set (#3).
    'Private equity funds usually charge 1.5 percent of assets, plus 20 percent of profits.',
    'The index fund charges 0.05% a year.',
    // How precise a survey is, not what it found (#3).
    'The survey has a 5.5% margin of error at a 95% confidence level.',
    // Bail and fines are set by a court (#3).
    'She has pleaded not guilty and is being held in lieu of $1 million bail.',
    'The company was fined $2,500 for the spill.',
    // A wish is not a fact (#3).
    "When your client wants to gain '100,000 likes' just for fun, agencies need to ask questions:",
    // A central bank's rate and forecasts of it are set; so are a budget proposal's amounts and shares (#3).
    'Economists expect the central bank’s key interest rate to rise to 1.5 per cent on Wednesday.',
    'The $44.4 billion proposal — a 3.6% spending increase over the current fiscal year — is based on revenue estimates.',
    'Shapiro said he would invest $16 million in SNAP to mitigate the loss of food benefits.',
    // Distances in light years; a product's trait (#3).
    'In one picture, gas clouds swirl in a star-forming region 9,000 light years from Earth.',
    'And thanks to the twice as fast A6 chip, the iPhone 5 runs smoothly.',
    // Prizes are set amounts; "two quarters of" a trend is a stretch of time (#3).
    'The store will receive a $1-million bonus, lottery officials said.',
    'The drawing late Wednesday for the $1.586 billion jackpot was the largest-ever lottery prize in North America.',
    'An earnings recession - two quarters of declining profits - would be led by energy companies.',
    // "every third" of no population (#3).
    'It happens every third year, when the fair comes to town.',
    // Alternatives, emphasis and prizes (#3).
    'But remember whether you have 20 followers or 10,000, you should never sacrifice your mental health.',
    'We’re 100% happy with the decision to bring in Masterpoint.',
    'One random person who makes a suggestion will get a $25 Amazon gift certificate.',
    // Ages, thresholds and capacities, also as ranges (#3).
    'The Skimm focuses on women ages 22-34 in big cities throughout the country.',
    'In the previous section we eliminated potential anomalies with less than 10 entries.',
    'The 787-9 is a longer-range variant of the Dreamliner, seating 242 to 330 passengers.',
    // Offers and issue prices for shares are prices (#3).
    'In December, the firm bid $16.50 per share for Tribune.',
    '“They brought this public in 2014 at $16 a share.',
  ])('is not a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(false);
  });
});

describe('money a budget sets, beside money measured (#3)', () => {
  it.each([
    // A company's own budget, reported.
    'Carmaker Velora set aside €40m for its video campaign, the company said.',
    // A measured average, though the sentence speaks of requests.
    'The average grant requested by schools in 2023 was $31,000.',
    // A count beside a request is still a count.
    'Customers requested 2.4 million refunds last year.',
    // What was charged in all, or on average, is measured.
    'Banks charged customers $11 billion in overdraft fees last year.',
    'Airlines charged an average of $35 per checked bag in 2023.',
  ])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });
});

describe('wordCount', () => {
  it('counts runs of two letters or more, in any alphabet', () => {
    expect(wordCount('About 23,000 die.')).toBe(2);
    expect(wordCount('Ünïcödé wörds ça a b c')).toBe(3);
    expect(wordCount('')).toBe(0);
  });

  it('counts two Chinese or Japanese characters as a word, with the words of other alphabets beside them', () => {
    expect(wordCount('中国 sales grew 30%')).toBe(3);
    expect(wordCount('回答者の約85％が安全と回答')).toBe(5);
  });
});

describe('shares prescribed and a loan\'s terms are no statistics (#3, real34)', () => {
  it.each([
    'Rob Walling coined the 1-9-90 rule: 1% of startups should use VC money, 9% should use indie VC money, 90% should just bootstrap.',
    'About 30% of your budget should go to video.',
    'They come with a 1% interest rate and might be forgivable.',
    'The loans carry a fixed 3.75% APR.',
  ])('is not a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(false);
  });

  it.each([
    // What people think should happen is still a share of them, measured.
    '75% of marketers say brands should post more video.',
    // A rate measured on average, and a rate that moved.
    'Credit cards charge a 24% APR on average.',
    'The average interest rate on new loans rose to 7.2% in May.',
  ])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });
});

describe('a launch\'s numbers line by line, a survey\'s answers, and the writer\'s goals and progress (#3, real35)', () => {
  it.each([
    '🗳️ Upvotes: 138',
    '🚦 Traffic: 1,158',
    '💰 Revenue: $45',
    // An answer that lists alternatives or explains itself, with its share (#3, real46).
    'Teacher/Professor (3%)',
    'Gaming Notes (D&D, RPGs, General) (1%)',
    'Trello / Confluence / Jira (4%)',
    // What buyers paid on average or at most (#3, real46).
    'Average Price: $16.74',
    'Max Price: $78.62',
    // A gift's mean and mode (#3, real21).
    'Mean: $22',
    'Mode: $22',
    // Money spent, on its own line, is measured too, and nothing earned (#3, real43).
    'Expenses: $134.07',
    'Revenue: $0',
    // A name, an arrow, then what it counts (#3, real16).
    'Asana → 900 employees',
    // Money earned or spent with its period in brackets, its sign and its currency's code (#3, real44).
    'Gross Game Sales Profits (2025): +$5,394 CDN',
    'Gross Expenses (2025): -$4,908 CDN',
    '2025 Profits: $1,226 USD',
    'Units Sold (2025): 363 Units',
    'Respond quickly (51%)',
  ])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });

  it.each([
    // A rank is no measure, nor a price on a line of its own.
    '🏅 Day Rank: 14',
    'Price: $45',
    'Price (2025): $45 USD',
    'As a goal a modest goal, I set 100 new users, which meant around 100 upvotes too.',
    "We're about 30% done and I'm guessing we'll have a final version ready sometime around April 2021 or so.",
  ])('is not a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(false);
  });

  it('still counts how far others have come', () => {
    expect(statistic('The survey found that 30% of projects are done on time.')).toBe(true);
  });
});

describe('what a company asks for and plans to pay are no statistics (#3, real36)', () => {
  it.each([
    'Rackspace is seeking a state incentives package worth $1.25 million in tax rebates, according to documents.',
    'The company said it plans to add an additional 500 jobs over the next decade at an average wage of $88,600.',
  ])('is not a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(false);
  });

  it.each([
    // A survey's plan is still its finding, and an average paid is measured.
    'Respondents plan to spend an average of $1,000 on gifts.',
    'The company paid an average wage of $88,600 last year.',
  ])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });
});

describe('a result wished for is no statistic (#3, real37)', () => {
  it('reads "would have liked to" as the speaker\'s wish', () => {
    expect(statistic('"We would have liked to have seen 7% to 9% growth," said Dan Morgan, a portfolio manager.')).toBe(false);
    expect(statistic('"We saw 7% to 9% growth," said Dan Morgan, a portfolio manager.')).toBe(true);
  });
});

describe('a goal in a list of goals is no statistic (#3, real37)', () => {
  it('reads "Grow my newsletter to 10,000 subscribers." as a goal, and "Grew ..." as what happened', () => {
    expect(statistic('Grow my newsletter to 10,000 subscribers.')).toBe(false);
    expect(statistic('Grew my newsletter to 3,000 subscribers.')).toBe(true);
  });
});

describe('a launch\'s metric lines, and a vendor\'s promises, a discount set and a supposition are no statistics (#3, real38)', () => {
  it.each(['+165 New Users (+151%)', '19.9% Install Conversion', 'Increased ROI by 45%', 'Sales rose to $5 million after a discount of 20%.'])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });

  it.each([
    'Increase your ROI by up to 45%',
    'Decrease CPC by 30% or more',
    '50% Of Marketers Say Video Works Best For Them',
    '20% Off Everything',
    'For me, I set the discount at 20% (regularly priced at $100).',
    "Even if it only helped 1% of the readers (hopefully it is more), that's still over 1,300 people that benefited from my writing.",
  ])('is not a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(false);
  });
});

describe('a figure told as "Did you know ...?" (#3, real41)', () => {
  it('reads it as stated, and other questions as questions', () => {
    expect(statistic('Did you know 77% of small business marketers feel confident in their work the more they use AI?')).toBe(true);
    expect(statistic('Did you know half of businesses are already using AI at work?')).toBe(true);
    expect(statistic('Could 77% of small business marketers really feel confident in their work?')).toBe(false);
  });
});

describe('a writer\'s guess at their own chances, and a survey\'s company-size bands (#3, real34, real37)', () => {
  it.each([
    'There’s a 50% chance I will take indie VC money at some stage.',
    'Very Small Businesses (VSB) - fewer than 20 employees',
    'Small and Medium Businesses (SMB) - up to 1,000 employees',
    'Enterprise - more than 1,000 employees',
  ])('is not a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(false);
  });

  it.each([
    'Researchers put the chance of a recession at 35% this year.',
    'Instagram - over 1 billion users',
    'The company now has more than 1,000 employees.',
  ])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });
});

describe('an order given, a supposition and a condition with a contracted "would" (#3, real43)', () => {
  it.each([
    'We know that the chancellor has already told departments to come up with savings of 5%.',
    "In the absolute best case scenario, let's assume that all 1,800 players on Steam bought the game for my hypothetical full price of $10.",
    'I thought if I even got 10 people to endure that process, that’d be enough.',
    // What a building yet to open will hold (#3, real44).
    'At College Nine, construction is under way on apartments that are expected to open for 280 students as early as winter 2000.',
    'In 2002-03, the Cowell, Stevenson, and Porter apartments are scheduled to open, providing a total of 450 new bed spaces.',
    // What the reader is told they need (#3, real21, real35).
    'A rough estimate I gathered is you need ~25% of the total backers you need in pre-launch follows.',
    "This doesn't mean you need a $30,000 website.",
    // A demand (#3, real45).
    'The list included items that called for black students to make up 11 percent of the student body.',
  ])('is not a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(false);
  });

  it.each([
    'One in four founders told us they plan to raise prices in the next 12 months.',
    "Let's look at the data: 1,800 players on Steam bought the game.",
    'The store, which opened in May, is expected to provide 1,200 jobs, analysts said, after hiring 300 people.',
    'Only 12% of small businesses have the website you need.',
    'The technical demands are staggering: their systems handle 500 billion requests per day.',
    'Marketers say they’d keep video even if budgets shrink, and 72% already do.',
  ])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });
});

describe('a goal, a rule of thumb and what the reader is told to look at (#3, real47)', () => {
  it.each([
    'I mentioned that one of our top goals for launching on HN was to hit 1k stars on GitHub.',
    'At the top of that list was the desire to surpass 1k stars on GitHub.',
    'My minimum goal is actually a little more modest: 13 sales per day at US$9.99 by the end of 2014.',
    'You want at least 80% real followers with complete profiles and posting activity.',
    'Anything below 70% is a red flag.',
    'The sweet spot is 10-20% sponsored content mixed with genuine personal posts.',
    'Look at their last 50 posts.',
  ])('is not a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(false);
  });

  it.each([
    'The desire to buy local has grown: 40% of shoppers now say so.',
    'Only 12% of the followers you want are real.',
    'Anyone who looked at the data saw that 70% of followers were bots.',
  ])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });
});

describe('a line that gives a share, the answer or the measure first (#3, real48)', () => {
  it.each(['Coworking Space: 66.3%', 'Culinary/Food Programming: 55%', 'Business Incubator/Startup Support: 45%'])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });

  it.each(['Discount: 20%', 'Tax: 8%', 'Progress: 50%'])('is not a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(false);
  });
});

describe('a count on a line of its own, the number first (#3, real18, real46)', () => {
  it.each(['214 contributors', '⬇️ 53,666 Total Downloads', '🐦 1,067 Twitter Followers'])('is a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(true);
  });

  it.each(['3 Steps', '12 Tips', '25 questions'])('is not a statistic: %s', (sentence) => {
    expect(statistic(sentence)).toBe(false);
  });
});
