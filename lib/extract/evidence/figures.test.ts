import { describe, expect, it } from 'vitest';
import { findFigures, mayHoldFigure, parseNumber, strongFigure } from './figures';

const figures = (sentence: string, lang?: string) => findFigures(sentence, { lang }).map((f) => f.text);
const strong = (sentence: string, lang?: string) => findFigures(sentence, { lang }).filter(strongFigure).map((f) => f.text);

/** A table of sentences and the figures read in each, one test per sentence. */
const readsFigures = (title: string, rows: [string, string[]][]) =>
  describe(title, () => {
    it.each(rows)('%s', (sentence, expected) => {
      expect(figures(sentence)).toEqual(expected);
    });
  });

describe('findFigures: what counts', () => {
  it.each([
    ['72% of marketers agree', ['72%']],
    ['72 percent of marketers agree', ['72 percent']],
    ['72 per cent of marketers agree', ['72 per cent']],
    ['sales grew 12 % last year', ['12 %']],
    ['3 in 10 buyers use it', ['3 in 10']],
    ['one in five adults use it', ['one in five']],
    ['one-third of all buyers', ['one-third of']],
    ['half of all buyers', ['half of']],
    ['a market worth $1.2 trillion', ['$1.2 trillion']],
    ['BMW set aside €40m for video', ['€40m']],
    ['advertisers spent £3bn on ads', ['£3bn']],
    ['it earned US$5 million an hour', ['US$5 million']],
    ['brands spent 40 million euros on ads', ['40 million euros']],
    ['the app has 2.3 billion users', ['2.3 billion']],
    ['she has 500,000 followers', ['500,000']],
    ['companies that blog get 2.3X more links', ['2.3X']],
    ['the result was a 10x reduction in costs', ['10x']],
    // A fraction written with an ordinal's ending (#3, real32).
    ['~1/5th of developers learned to code 20 or more years ago', ['1/5th of']],
    ['About 3/5ths of them learned to code in the last 10 years', ['3/5ths of']],
    // A change in a named measure after the multiplier (#3, real32).
    ['2x speed improvement after remote caching', ['2x']],
    ['they generate three times more leads', ['three times more']],
    ['Adobe doubled its conversion rate', ['doubled']],
    ['Cisco tripled its registrations', ['tripled']],
    ['revenue was up 700% on the year', ['700%']],
    ['its revenue rose by 40% to $2.5 billion', ['40%', '$2.5 billion']],
    ['the share price fell 12 points', ['12 points']],
    ['satisfaction rose from 72 to 86', ['from 72 to 86'.replace('from ', '')]],
    ['about 2 million people get sick', ['2 million']],
    ['About 23,000 die.', ['23,000']],
    ['the survey of 56,000 developers', ['56,000']],
    ['it killed more than 200 people', ['200']],
    ['some 50-60% faster', ['50-60%']],
    ['tens of thousands of civilians', ['tens of thousands']],
    ['over a billion Android users', ['a billion']],
    ['a 400&percnt; increase in sign-ups', ['400&percnt;']],
    ['sign-ups rose 100% in a year', ['100%']],
    ['100% of respondents agreed', ['100%']],
    ['they spend 2x more on sales', ['2x']],
    ['a 10x increase in leads', ['10x']],
    ['it saw 3x higher click-through rates', ['3x']],
    ['between 10 and 50 employees left', ['10 and 50']],
    ['ASOS increased add-to-basket rates by 2.5x after adding videos', ['2.5x']],
    ['This was about 1/3 of the replies.', ['1/3 of']],
    ['The average cost per click is $5.58', ['$5.58']],
    ['the breach cost the company $4 million', ['$4 million']],
    ['they spent $1,200 on ads and it costs $30 a month', ['$1,200', '$30']],
    ['The average finishing time was 4:14:03.', ['4:14:03']],
    ['Berlin has produced 12 world records', ['12']],
    ['Donations: $12,480', ['$12,480']],
    ['The CPC on Facebook ads is $0.97', ['$0.97']],
    ['a quarter of its revenue comes from ads', ['a quarter of']],
    ['deals now close in 38 days on average', ['38']],
    ['On average, teams answer 14 tickets an hour', ['14']],
    ['The median rent was $1,450 last year', ['$1,450']],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual(expected);
  });

  it('marks ranks, but as weak figures', () => {
    expect(figures('LinkedIn is ranked No. 1 for leads')).toEqual(['ranked No. 1']);
    expect(strong('LinkedIn is ranked No. 1 for leads')).toEqual([]);
    expect(strong('the world’s 10th-largest economy')).toEqual([]);
  });
});

describe('findFigures: locales', () => {
  it('reads ratios, qualifiers, count nouns and magnitudes in French, Spanish and Czech', () => {
    expect(figures('Près de 4 internautes sur 5 achètent en ligne', 'fr')).toEqual(['4 internautes sur 5']);
    expect(figures('il se prenait pour lui 24 heures sur 24', 'fr')).toEqual([]);
    expect(figures('analizó más de 2.000 publicaciones', 'es')).toEqual(['2.000']);
    expect(figures('presente en 11 países de América Latina', 'es')).toEqual(['11']);
    expect(figures('s cenovkou kolem 100 milionů liber', 'cs')).toEqual(['100 milionů']);
  });

  it('reads German and French numbers as single numbers', () => {
    expect(figures('Der Umsatz lag bei 1.234,5 Mio. Euro, ein Plus von 12,5 %.', 'de')).toEqual(['1.234,5 Mio. Euro', '12,5 %']);
    expect(figures('Twitter kommt auf 3,5 Mio. Nutzer.', 'de')).toEqual(['3,5 Mio.']);
    expect(figures('Rund 12 % der Unternehmen', 'de')).toEqual(['12 %']);
    expect(figures('2 209 Français ont été localisés', 'fr')).toEqual(['2 209']);
    expect(figures('1 234,5 millions d’euros', 'fr')).toEqual(['1 234,5 millions d’euros']);
    expect(figures('La empresa facturó 2.400 millones de euros, un 7,5 por ciento más.', 'es')).toEqual([
      '2.400 millones de euros',
      '7,5 por ciento',
    ]);
    expect(figures('La aplicación tiene 3,5 millones de usuarios.', 'es')).toEqual(['3,5 millones']);
    expect(figures('Die Kette verdoppelte ihre Follower und halbierte die Kosten.', 'de')).toEqual(['verdoppelte', 'halbierte']);
    expect(figures('Decathlon a multiplié par trois ses ventes.', 'fr')).toEqual(['multiplié par trois']);
    expect(figures('Tres de cada diez compradores pagan con tarjeta.', 'es')).toEqual(['Tres de cada diez']);
    expect(figures('Sept sur dix Français utilisent une messagerie.', 'fr')).toEqual(['Sept sur dix']);
    expect(figures('El gasto medio fue de 2.300 pesos.', 'es')).toEqual(['2.300 pesos']);
    expect(figures('La tienda vendió 4.500 productos y realizó 1.200 encuestas.', 'es')).toEqual(['4.500', '1.200']);
    expect(figures('Glovo redujo a la mitad sus costes; Picard a divisé par deux ses délais.', 'es')).toEqual(['a la mitad', 'divisé par deux']);
    expect(figures('全年网上零售额达到3.2万亿元，占比为21.5%，用户规模达8.8亿人。', 'zh')).toEqual(['3.2万亿元', '21.5%', '8.8亿']);
    expect(figures('研究人员招募了24名志愿者，销售额翻了一番。', 'zh')).toEqual(['24名', '翻了一番']);
    expect(figures('ライセンスは3800円で、利用者の約72％が満足している。', 'ja')).toEqual(['3800円', '72％']);
    expect(figures('2023年12月，iPhone 15在第3季度上市，电话400-123-4567。', 'zh')).toEqual([]);
    expect(figures('Holaluz duplicó sus clientes y multiplicó por cuatro sus ventas.', 'es')).toEqual(['duplicó', 'multiplicó por cuatro']);
    expect(figures('Lidl lists 1.234.567 fans')).toEqual(['1.234.567']);
  });

  it('parses numbers by locale', () => {
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('56,000')).toBe(56000);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1.234.567')).toBe(1234567);
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber('1,234', 'de')).toBe(1.234);
    expect(parseNumber('1.8.3')).toBeNaN();
  });
});

describe('findFigures: settings and word senses', () => {
  it.each([
    "We're expanding the range from ± a factor of 2 to ± a factor of 6 (shown as '17%' to '600%').",
    'The purpose of this exercise is twofold: you see what you have, and what you should not have bought.',
    'Pick "100%" in the zoom menu.',
  ])('%s', (sentence) => {
    expect(strong(sentence)).toEqual([]);
  });

  it('still reads real multipliers and quoted sentences with figures', () => {
    expect(strong('The number of complaints grew twofold, and costs rose by a factor of 3.')).toEqual(['twofold', '3']);
    expect(strong('"Sales rose 40% last year," she said.')).toEqual(['40%']);
  });

  it('still reads a capacity someone reached, up to an amount', () => {
    expect(strong('The new cluster allows us to serve up to 2,000,000 users a day.')).toEqual(['2,000,000']);
  });
});

describe('findFigures: false friends', () => {
  it.each([
    'in 2015 we moved offices',
    'as of May 2013 things changed',
    'on 2016-02-29 the leap day came',
    'We meet every Monday at 9:30 and at 5:30 p.m.',
    'Our 35-year-old founder answers email',
    'She is 35 years old',
    'We shot it on an iPhone 7',
    'it ran on Windows 10',
    'the Xbox One X is out',
    'exported in 4K and 1080p',
    'an MP3 player',
    'during COVID-19 lockdowns',
    'the rise of Web 2.0',
    'call 555-0100 now',
    'Rufen Sie uns an: 030 1234567.',
    'appelez le 01 23 45 67 89',
    'our office on 221B Baker Street',
    'at 10 rue de la Paix',
    '1. Pick one network.',
    '(2) Google the noun',
    'version 2.0 shipped',
    'Version 5.3 of 1Password',
    'an explosion of websites.[12] Then',
    'Respectively, these are alerts,22 and pages.',
    'two brothers started the company',
    'three days later they had a customer',
    'one day they decided',
    'After nearly 20 years of relations',
    'the 20th century and the 1990s',
    'contains 300 lists',
    'ISBN 9781404207196',
    'level=6 and 2^15 - 1',
    'the Fortune 500 list',
    'Unser Büro in der Hauptstraße 12 in Berlin',
    'The Raspberry Pi 3 has a 64-bit CPU',
    'a 300-pound manhole cover',
    '3 x − 1 + ( 1 + x ) 2 is an equation',
    'it truncates file names at about 30 characters',
    'The 13-inch model costs $1,299.',
    'The tablet starts at €499 in Germany.',
    'Members get $50 off the annual plan.',
    'Seats are $12 per user, billed yearly.',
    'Das Modell kostet 899 Euro.',
    'Our verdict: 8 out of 10.',
    'It has 16 GB of memory and 1 TB of storage.',
    'She finished in 2:11:53.',
    'It starts at $999 in the US, £999 in the UK and €1,149 in France.',
    'the bitstream is 100% documented',
    'programs end up using 100% WASI',
    // "100%" as a word of wholeness (#3).
    'New10 is 100% a subsidiary of ABN AMRO Bank N.V.',
    // Terms that let anyone give or spend up to an amount set it (#3, real33).
    'The maximum donation total rests on rules that allow a donor to give a candidate up to $2,700 each.',
    'Creating content is a 100% winning strategy.',
    // Wholeness of a trait: ownership, control, independence (#3, real33).
    'By using Plausible, customers keep 100% ownership of their website data.',
    'The company is 100% independent and 100% remote.',
    // A fabric, after a word ending in "um" that is no German "um" (#3, real38).
    'We will send you one of our premium 100% silk scarves to keep.',
    'To date they have been 100 percent in finding clients who left their homes.',
    'skyscraper content and 10x content',
    'with a 10x word count',
    'If it was a gift, mark it as $0.',
    '(func $add (param $0 i32) (param $1 i32) (result i32)',
    'The deck dates from around 1490',
    'my top 21 films of 2017',
    // A car's power is a specification, even as "a total of" (#3, real32).
    'an electric motor that makes a total of 225 hp on front-wheel-drive models',
    'It delivers 301 horsepower and 267 lb-ft of torque.',
    // A questionnaire's size (#3, real32).
    'We asked 25 questions in total.',
    'With over 50 questions, the 2017 survey covers a wide range of topics.',
    'Marketers at companies with 10 to 50 employees',
    'crossing to the other half of the device',
    'nets crossing between halves of the device',
    'Entry cost €155 for early registration.',
    'The winner took home €30,000 in prize money.',
    'Pricing: $15, $90 or $150 per seat',
    'Tickets: $25',
    'She gave half of it to her brother.',
    'Members get 20% off every order.',
    'Entries are capped at 5,000 riders.',
    'Campaigns need a minimum of $300 a day.',
    'We take the mean and standard deviation over a window of 60 minutes.',
    'We bought the old mill for $18,000 in 1972.',
  ])('%s', (sentence) => {
    expect(strong(sentence, /Rufen|Büro/.test(sentence) ? 'de' : /appelez|rue/.test(sentence) ? 'fr' : undefined)).toEqual([]);
  });
});

describe('findFigures: market reports, shares of groups and measured durations (#3)', () => {
  it.each([
    ['The index added 256.81 points to a record.', ['256.81 points']],
    ['The gauge dropped one basis point to 74 basis points.', ['74 basis points']],
    ['Silver was little changed at $17.25 an ounce.', ['$17.25']],
    ['The region sends two-thirds of its power output to its neighbours.', ['two-thirds of']],
    ['In 2015, 32 states bought the coal.', ['32']],
    ['All 120 economists in the poll expected a hike.', ['120']],
    ['At least five of 17 board members voted to sell.', ['five of 17 board members']],
    ['The survey found 17,448 buildings with basements.', ['17,448']],
    ['The study says the average session length on the app is 84 minutes.', ['84']],
    ["Nielsen's estimate is that the average teenager spends 15 hours a week online.", ['15']],
  ])('%s', (sentence, expected) => {
    expect(strong(sentence)).toEqual(expected);
  });

  it.each([
    "Inflation stayed just under the central bank's 2 percent target.",
    'The chip scored 3,050 points in the benchmark.',
    'Bake the loaf for 25 minutes.',
    'The band played 15 hours a week in the summer of 1999.',
  ])('is no figure: %s', (sentence) => {
    expect(strong(sentence)).toEqual([]);
  });
});

describe('model numbers (#3: product and model names with digits are not figures)', () => {
  it('reads "787-9" as a model, and a range that goes up as a range', () => {
    expect(findFigures("Emirates will buy Boeing's 787-9 Dreamliner jets.").map((f) => f.text)).toEqual([]);
    expect(findFigures('Airlines took 10-15 jets a month.').map((f) => f.type)).toEqual(['count']);
  });

  it('reads a number between a count and a capitalised name as a model', () => {
    expect(figures('Its fleet of roughly 400 737 Max jets has been grounded.')).toEqual(['400']);
    expect(figures('It comes in addition to five 787 Dreamliner sales this week.')).toEqual([]);
    expect(figures('It ordered 30 Boeing jets and 50 Airbus jets.')).toEqual(['30', '50']);
  });
});

readsFigures('a change by a fraction (#3)', [
  ['We cut churn by a third in six months.', ['by a third']],
  ['Sign-ups went up by about a third.', ['by about a third']],
  ['Costs fell by half last year.', ['by half']],
  // A third party is no fraction.
  ['The work was done by a third party.', []],
]);

readsFigures('a change by a multiple (#3)', [
  ['Northbound saw bookings rise 3.5 times compared with the previous season.', ['3.5 times']],
  ['Orders grew 4 times compared with last year.', ['4 times']],
  // Three times over, not threefold.
  ['The price fell 3 times this year.', []],
]);

readsFigures('money with a hyphenated magnitude, and percentages in words (#3)', [
  ['Russia owes $670-billion in foreign debt.', ['$670-billion']],
  ['The fund has sold €180-billion ($254-billion Canadian) in bonds.', ['€180-billion', '$254-billion']],
  ['It gained almost two percentage points as a referral source.', ['two percentage points']],
  ['Sales rose five percent last year.', ['five percent']],
  ['About twenty-five per cent of adults agreed.', ['twenty-five per cent']],
  ['Thirteen percent said no.', ['Thirteen percent']],
  // No number before it: no figure.
  ['What percent of them agreed is unknown.', []],
]);

readsFigures('an audience counted with a letter for its magnitude (#3)', [
  ['The video has 181k views and 2.3M likes.', ['181k', '2.3M']],
  ['We hit 10K new followers in May.', ['10K']],
  // A distance and a screen are not audiences.
  ['She ran a 5K race in June.', []],
  ['The 4K monitor sold out.', []],
  // A name between the figure and its audience; a lower-case "k" at the sentence's end or at either end of a change (real30).
  ['Back in 2021, we had 4k Discord members.', ['4k']],
  ['Today, we have a growing membership of 8.2k.', ['8.2k']],
  ['Contributions to the project increased from 9k to 15k+.', ['9k', '15k+']],
  // Not a capital "K" alone, nor a retirement plan.
  ['The show streams in 4K.', []],
  ['He ran the 10K.', []],
  ['Put more into your 401k.', []],
]);

readsFigures('a number after a sentence\'s end is no name\'s number (#3)', [
  ['It was compiled by Edelman Berland. 1,250 American adults were interviewed.', ['1,250']],
  ['See Vol. 12 of the series.', []],
]);

readsFigures('a count marked with a plus (#3)', [
  ['Instabase supports the indexing of 450+ data types.', ['450+']],
  ['Every client migrated over, all 43,000+ resources, without issue.', ['43,000+']],
  // An age, a rating and a version are no counts.
  ['Adults aged 65+ were most likely to vote.', []],
  ['The game is rated 18+ and sold in stores.', []],
  ['Works on iOS 14+ and Android 10+.', []],
  // A year-like number with a plus is a count; a year and a span of years stay none (#3).
  ['2000+ flows in production', ['2000+']],
  ['The firm has served customers since 2000.', []],
  ['The town has a 2000+ year history.', []],
]);

readsFigures('distances, however large (#3)', [
  ['Vera Rubin could see back to 1.2 million light-years.', []],
  ['It travelled 4 million miles.', []],
  ['That object could be as far away as 700 times the distance between the Earth and the Sun.', []],
  // A quantity of something is a figure; so is a multiple of a level.
  ['They laid 90 million miles of cable.', ['90 million']],
  ['Revenue was 3 times the level of 2019.', ['3 times the']],
]);

readsFigures('a line pairing a measure with its value (#3)', [
  ['Attendance: 31,204', ['31,204']],
  ['Followers Increase - 2300+', ['2300+']],
  ['Post Engagement Increase - 1,356 per post', ['1,356 per post']],
  ['Number of Posts: 20 a month', ['20 a month']],
  // Any plural thing counted, a change from one value to another, about a value, a multiple (#3).
  ['Registered Companies: 503 → 4,585', ['503 → 4,585']],
  ['Support emails: ~6,000', ['~6,000']],
  ['Feature Requests submitted: 400+', ['400+']],
  ['Revenue Growth: 5.6x (and hit breakeven — phew!)', ['5.6x']],
  // Prices, servings and pages are counted too, but they are no measure.
  ['Servings: 12', []],
  ['Pages: 320', []],
  // A time, a step, a chapter and a small count are no such lines.
  ['Time Spent on Post Creation - 1 hour a week', []],
  ['Step 3: 25', []],
  ['Chapter 12: 45', []],
  ['Users: 5', []],
  // A setting's key in a configuration file quoted in the text, one lower-case word (#3, real33).
  ['instances: 200', []],
  ['maxReplicas: 120', []],
]);

readsFigures('figures of speech, counts of events, thresholds and ages (#3)', [
  ['There are a million things you could be doing right now.', []],
  ['Google has won our award 3 times over 7 years.', []],
  // The first of two numbers takes the second's unit: durations are no figures.
  ['Cut clips into shorts of less than 30 or 60 seconds.', []],
  ['The course takes 2 to 3 weeks.', []],
  ['Between 1 and 2 million people signed up.', ['2 million']],
  // People of an age, told apart by it.
  ['Adrian shared what it was like to be a developer over 40.', []],
  ['Women under 30 spend 40% more time on TikTok.', ['40%']],
  ['Founders over 50,000 strong joined the network.', ['50,000']],
  // "Doubled down": an idiom, not a multiple.
  ['When teams found channels that worked, they doubled down and tested new inputs.', []],
  ['Sales doubled in a year.', ['doubled']],
  // A multiple told with "over" at the end, and a count of views in words, are figures.
  ['The campaign paid for itself 3 times over.', ['3 times over']],
  ['The video was viewed a million times.', ['a million']],
  // "More than" told with a plus before the magnitude.
  ['Airbnb raised a $7+ million series A.', ['$7+ million']],
  ['The app has 2+ million users.', ['2+ million']],
  // A threshold that defines a kind of thing is set, not measured.
  ['We look for small companies (less than 100 employees) that have set the online world alight.', []],
  ['These are small companies (loosely defined as less than 100 employees).', []],
  ['None of those would qualify, using our benchmark of 100 employees.', []],
]);

describe('money in words (#3)', () => {
  it.each([
    ['The agency got more than half a billion dollars above its request.', [['half a billion dollars', 'money']]],
    ['It raised two billion dollars last year.', [['two billion dollars', 'money']]],
    // A count in words stays a count.
    ['Tens of millions of people use it.', [['Tens of millions', 'count']]],
  ])('%s', (sentence, expected) => {
    expect(findFigures(sentence).map((f) => [f.text, f.type])).toEqual(expected);
  });
});

describe('mayHoldFigure: the quick test before a paragraph is read', () => {
  it.each([
    ['people spend, on average, 1.7 seconds with a piece of content'],
    ['Average first response time fell to 4.2 hours'],
    ['72% of marketers agree'],
    ['revenue of $2.5 billion'],
    ['Our data scientists are seeing 2X improvements'],
    ['4 out of 5 members drive business decisions'],
    ['Over 5K developers have access'],
    ['a reduction of 8.69 GW in demand'],
    ['On average a Pin drives 2 site visits'],
    // A sum told with a currency's code, as findFigures reads it.
    ['Many other creators made 0 USD from their videos'],
    ['The fund paid out 8 CHF a share'],
    ['2000+ flows in production'],
    // A ratio told with "in every" (#3, real44).
    ['responsible for about 1 in every 5 deaths'],
    ['more than one in every eight dollars'],
    // A change by a factor, as findFigures reads it (#3, real48).
    ['shortened the time for data ingestion by up to a factor of 2'],
    // A ratio told with a colon (#3, real48).
    ['They keep a ratio of 3:1 for staff'],
  ])('lets through: %s', (text) => {
    expect(mayHoldFigure(text)).toBe(true);
  });

  it.each([['Version 1.2.3 fixes two bugs'], ['A quiet street in the old town']])('skips: %s', (text) => {
    expect(mayHoldFigure(text)).toBe(false);
  });
});

readsFigures('figures of makers\' posts and roundups, and their false friends (#3, real30)', [
  // Recurring revenue is measured money; a goal is set, not reached, and an amount raised after it is.
  ['Woot, $1900 MRR!', ['$1900']],
  ['We reached $2,000 MRR in 30 days.', ['$2,000']],
  ['The MRR goal for sustainability is $5000.', []],
  ['I have a revenue goal of getting to $3,000 by the end of August.', []],
  ['The campaign beat its goal of $50,000, raising $75,000 in a week.', ['$75,000']],
  // Thousands in words; not figures of speech.
  ['We looked at over ten thousand different blogs.', ['ten thousand']],
  ['The largest servers are nearing six hundred thousand users.', ['six hundred thousand']],
  ['Twenty-five thousand people came.', ['Twenty-five thousand']],
  ['A picture is worth a thousand words.', []],
  ['I told you ten thousand times.', []],
  // A share of any plural thing counted; not of the people a story is about, nor a quarter that is a period.
  ['Nearly a quarter of shopping carts were abandoned on the mobile site.', ['a quarter of']],
  ['Half of the actions ended with a sale.', ['Half of']],
  ['“Half of them are turtles,” said Alden.', []],
  ['Apple expected growth in the March quarter of "low to mid single digits".', []],
]);

readsFigures('figures of a community\'s yearly numbers, a survey write-up and a customer story (#3, real34)', [
  // A count compared with last year's is measured, whatever it counts.
  ['46 meetups (up from 39)', ['46']],
  ['26 episodes total, down from 31.', ['26']],
  ['We now run 14 workshops.', []],
  // A share said with how near it is and what the people answered; not a half of something, nor a period.
  ['ClojureTV was a new answer this year but almost half are using it to watch videos.', ['almost half']],
  ['Nearly a third said they had cut back.', ['Nearly a third']],
  ['Almost half of it is filler.', []],
  ['The first half was dull.', []],
  // A thousand counts when it is said how near; "a thousand words" is a figure of speech.
  ['Milvus is trusted by more than a thousand organizations worldwide.', ['more than a thousand']],
  ['A picture is worth about a thousand words.', []],
  // Income, whatever it is per; a plan's price per month is set.
  ['After I added payment it began making money too: 500 USD per month.', ['500 USD']],
  ['Plans start at $29 per month.', []],
]);

readsFigures('figures of a sales-statistics post, a list of facts and a maker\'s launch numbers (#3, real35)', [
  // A share of ten people, by what they do or answer; not a step or a game of ten.
  ['Video is increasingly popular, with 7 of 10 watching at least one video during the buying process.', ['7 of 10']],
  ['8 out of 10 say they read reviews first.', ['8 out of 10']],
  ['Step 7 of 10 using the tool is easy.', []],
  // A share of the people tested, by what they did.
  ['Out of the 433 tested, over half failed to respond within five business days.', ['over half']],
  // A volume of content by the time it takes to come; a recipe's or a window's minutes stay none.
  ['Over 100 hours of video are uploaded to YouTube every minute.', ['100']],
  ['Bake for 25 minutes every day of the week.', []],
  // A multiple reached; the same words as a wish are a plan, no figure.
  ['The engineers were able to triple the number of E2E checks to increase test coverage.', ['triple the number']],
  ['We want to double the number of users.', []],
  // Upvotes are counted as likes are; health centres as hospitals.
  ['Figma Export to Video: 677 upvotes, 2nd product of the day', ['677']],
  ['MSF teams started supporting 14 health centres and two hospitals.', ['14']],
]);

readsFigures('figures of a blog\'s analytics, an app\'s year, an earnings report and a metrics platform (#3, real36)', [
  // A number after "in" is a year only when nothing after it says what it counts.
  ['This one must have been widely shared to bring in 1200 new users.', ['1200']],
  ['The castle was built in 1200 by monks.', []],
  // Purchases are counted.
  ['~300 purchases is brilliant!', ['300']],
  // Earnings per share, in cents; a price in cents is no figure.
  ['Excluding items, the company earned 54 cents per share.', ['54 cents']],
  ['A can of soda costs 99 cents.', []],
  // A volume of data by the day; a phone's storage is a specification.
  ['We are currently generating about 750GB per day of metrics.', ['750GB']],
  ['The phone has 256GB of storage.', []],
]);

readsFigures('figures of a trends report and of news on venture capital (#3, real37)', [
  // Millions as business reports write them; a length in millimetres is none.
  ['Etsy now has 2MM Global Active Sellers.', ['2MM']],
  ['Team-based games like Honor of Kings (80MM+ DAU) are growing fast.', ['80MM+']],
  ['They have 1.7MM employees.', ['1.7MM']],
  ['Use a 5mm drill bit for the frame.', []],
  // A share of a ranked set; one of them is a rank held.
  ['The study found 38 of the top 100 firms have at least one female partner.', ['38 of the top 100 firms']],
  ['Uber also has lower commute cost in 4 of 5 largest US cities.', ['4 of 5 largest US cities']],
  ['By 2008, they were one of the top 25 companies to work for.', []],
]);

readsFigures('shares of those just counted (#3, real37)', [
  ['Of them, 1/3 were mobile and 2/3 were desktop:', ['1/3 were', '2/3 were']],
  ['Fill the jar to 1/3 with water.', []],
]);

readsFigures('figures of a survey write-up (#3, real38)', [
  ['We can see that 3/4 is below 34 years old.', ['3/4 is']],
]);

readsFigures('a market wrap\'s shares and ratios (#3, real41)', [
  ['Eight of the 11 broad sectors of the benchmark index closed in the green.', ['Eight of the 11 broad sectors']],
  ['One of the 11 sectors closed lower.', ['One of the 11 sectors']],
  ['One of the top 25 companies to work for.', []],
  ['Advancing issues outnumbered decliners by a 1.56-to-1 ratio on the NYSE.', ['1.56-to-1']],
  ['The bill passed the Senate 52-to-48.', []],
]);

readsFigures('a game maker\'s launch numbers and an app maker\'s pricing (#3, real42)', [
  // Wishlists are counted; a price set is no figure, even where sales are told beside it.
  ['Before the launch, it had 3632 wishlists on Steam.', ['3632']],
  ['As sales dropped, we dropped the price to US$4.99 to hopefully kick things along a little.', []],
  ['I think the game is well-worth the 3 dollar pricetag.', []],
  ['Revenue dropped to $4.99 million.', ['$4.99 million']],
  ['The closing price of $50.42 was a record high.', ['$50.42']],
]);

readsFigures('a vendor\'s claim of full accuracy (#3, real38)', [
  ['Blotout lets advertisers measure and activate with 100 percent accuracy.', []],
  ['The model reached 94 percent accuracy on the test set.', ['94 percent']],
]);

readsFigures('land measured in thousands, not a plot in a story (#3, real42)', [
  ['ZIP began work on Stewart Island, a 170,000-hectare project.', ['170,000-hectare']],
  ['Since 2019, ZIP has expanded to 12,000 hectares.', ['12,000 hectares']],
  ['They started on a 400-hectare pilot site.', []],
]);

readsFigures('an exchange rate in a market wrap (#3, real42)', [
  ['The Japanese yen was little changed at 136.08 per dollar.', ['136.08 per dollar']],
  ['We shipped 3 per day.', []],
]);

readsFigures('a change told with its measure between the verb and "from", and a cost being paid (#3, real16, real14)', [
  ['At the same time, they were scaling their engineering team from 300 to 900.', ['300 to 900']],
  ['Growing my newsletter from 0 to 100 subs in 2 months taught me a lot.', ['0 to 100']],
  ['Pick any number from 1 to 10.', []],
  ['The infrastructure was costing them £2000 per month.', ['£2000']],
  ['With object storage, this is around $1800 per month in additional costs.', ['$1800']],
  ['The plan is $29 per month.', []],
]);

readsFigures('the largest magnitudes (#3, softcube)', [
  ['Forbes reports that we produce more than 2.5 quintillion bytes of data every day.', ['2.5 quintillion']],
  ['The debt is counted in quadrillions of lire.', []],
]);

readsFigures('money averaged over a time (#3, real37, real41)', [
  ['I was independent from 2006 to mid-2008 and averaged around $15,000 a year.', ['$15,000']],
  ['Afterwards, I was and still am averaging 500$/h.', ['500$']],
]);

readsFigures('an audience counted as a range with a letter for its magnitude (#3, real42)', [
  ['I had multiple youtubers with 100k-500k subscribers cover the game.', ['100k-500k']],
  ['We ran a 5K-10K race series.', []],
]);

readsFigures('a multiple of another measure, an average time and a peak counted (#3, real43)', [
  ['Even direct consumption subsidies for fossil fuels are double those for renewables.', ['double']],
  ['We will double the budget next year.', []],
  ['The average time to identify and contain a data breach is 287 days.', ['287']],
  ['The mean and standard deviation over a window of 60 minutes are computed.', []],
  ['Daily active users peaked at 65 in January.', ['65']],
  ['The river peaked at 65 in January.', []],
]);

readsFigures('nothing earned, on a line of money earned (#3, real43)', [
  ['Revenue: $0', ['$0']],
  ['Sign up for $0 today.', []],
]);

readsFigures('a measure\'s line with its period or scope in brackets, a balance, a unit named again (#3, real44, real37)', [
  ['Wishlists (Total): 2,755', ['2,755']],
  ['Wishlists Balance (2025): -17', ['-17']],
  ['Units Sold (2025): 363 Units', ['363']],
  ['Impressions (unique -> total): 21,420 -> 141,037', ['21,420 -> 141,037']],
  ['Chapter (Part 2): 45', []],
]);

readsFigures('a change or a part told by an exact number in the thousands (#3, real44)', [
  ['Private-sector employment increased by 194,000 in January.', ['194,000']],
  ['The big increases were in construction (a gain of 46,000).', ['46,000']],
  ['But only 7,000 of those net new jobs were in manufacturing.', ['7,000']],
  ['He was born in a town of 2,000 and left at 18.', []],
]);

readsFigures('percentages that add up to 100% (#3, real44)', [
  ['This explains why percentages for a seemingly unique question will not add up to 100%.', []],
  ['Single choice questions are shown in blue, and the sum of all percentages is 100%.', []],
  ['Sales rose 100% in a year.', ['100%']],
]);

readsFigures('a ratio told with "in every" (#3, real44)', [
  ['Debt payments are now more than one in every eight dollars of income.', ['one in every eight']],
  ['1 in every 4 users left.', ['1 in every 4']],
  ['It rained in every one of them.', []],
]);

readsFigures('a change with each value\'s year, protesters counted, someone\'s whole effort (#3, real45)', [
  ['The number of countries climbed from 48 in 2020 to 73 in 2021.', ['48 in 2020 to 73']],
  ['The next day, 100 protesters held a sit-in in the president’s office.', ['100']],
  ['Everyone is putting in their 100 percent because they feel safe.', []],
  ['Their revenue grew 100 percent in a year.', ['100 percent']],
]);

readsFigures('a figure that opens a title in quotes (#3, real45)', [
  ['In 2016, TIME Magazine named her as one of the ’30 Most Influential People on the Internet’.', []],
  ['Other solo devs (I believe "20 Minutes till Dawn" among them) followed this process.', []],
  ['She said "30 percent of our users came back" after the change.', ['30 percent']],
  // Inside a title in double quotes, not only at its start (#3, real46).
  ['We shared it in the post “Asia’s E-Commerce Giant Dangdang Increases Order Processing Speed by 30% — Saves Over Ten Million”.', []],
  ['“We grew revenue by 30% after the redesign,” she said.', ['30%']],
]);

readsFigures('a count\'s line named "Number of" or "follower count", contributions counted, a time doubled, a share of a group named in capitals (#3, real47)', [
  ['Number of signups on our hosted version: 300 → 621', ['300 → 621']],
  ['Average follower count: 4,300.', ['4,300']],
  ['Number of pages: 120', []],
  ['Rackspace has 68 credits, Pantheon has 43, and Platform.sh has 23.', ['68']],
  ['Women still spend more than double the time as men doing unpaid domestic work.', ['double']],
  ['We want to double the time we spend on support.', []],
  ['Only five of the 536 ARC Discovery Project grants had gone to creative arts projects.', ['five of the 536 ARC Discovery Project grants']],
  ['Two of the 536 Big Red Buttons.', []],
]);

readsFigures('a ratio told with a colon after its name, an average time in words (#3, real48)', [
  ['Brands that always A/B test their emails create an ROI of 48:1.', ['48:1']],
  ['The school has a student to teacher ratio of 20:1.', ['20:1']],
  ['West Ham won 4:1 at Villa.', []],
  ['We met at 8:30 to talk.', []],
  ['American consumers spend an average of three hours a day on their phones.', ['three hours']],
  ['The trip takes three hours by train.', []],
]);

readsFigures('a place on a ranked list is no count (#3, real48)', [
  ['Entrepreneur Magazine says he created one of the 100 most brilliant companies.', []],
  ['Amazon is one of the 100 largest employers.', []],
  ['38 of the top 100 firms use it.', ['38 of the top 100 firms']],
  ['He created 100 companies.', ['100']],
]);
