import { describe, expect, it } from 'vitest';
import { findCitedOrigin, namesOwnUnnamedSource, sourceLineAfter } from './cited-origin';

describe('findCitedOrigin', () => {
  it.each([
    ['According to the Pew Research Center, 68% of U.S. adults use Facebook.', 'Pew Research Center'],
    ['According to Pew Research Center, 68% of U.S. adults use Facebook (2016).', 'Pew Research Center'],
    ['A HubSpot survey found that 73% of marketers believe it works.', 'HubSpot'],
    ['Global sales reached $1.2 trillion in 2013 (Source: Statista, 2016).', 'Statista'],
    ['Customers spend 20% more (Bain & Company, 2014).', 'Bain & Company'],
    ['Data from Nielsen shows that 41% of users are young.', 'Nielsen'],
    ['Forrester reports that content with a call to action converts 3 times more.', 'Forrester'],
    ['A study by MIT found that false stories are 70 percent more likely to spread.', 'MIT'],
    ['Gartner predicts that by 2020, 85% of interactions will be automated.', 'Gartner'],
    ['Every year, about 2 million people get sick, according to the CDC.', 'CDC'],
    ['A 2014 survey by J.D. Power found that 33% of consumers agree.', 'J.D. Power'],
    ['Brands see customers spend up to 40% more, research by Bain & Co. shows.', 'Bain & Co.'],
    ['Researchers at Stanford University surveyed 7,800 students.', 'Stanford University'],
    ['Facebook earned US$5 million every hour, analysts at eMarketer estimated.', 'eMarketer'],
    ['It ranks first for 94% of marketers, says the Content Marketing Institute.', 'Content Marketing Institute'],
    ['A Gallup Korea poll released on Friday showed his approval rating at 13%.', 'Gallup Korea'],
    ['Selon Médiamétrie, 38 millions de Français se connectent chaque mois.', 'Médiamétrie'],
    ['Laut einer Studie des Digitalverbands Bitkom nutzen 87 % soziale Netzwerke.', 'Bitkom'],
    // The bracket closing a source is no part of its name, nor is the stop after it (#3).
    ['News on TikTok has risen to 17%, from 3% in 2020 (Pew Research Center).', 'Pew Research Center'],
    ['Apple sold 4 million watches in the quarter (via AllThingsD).', 'AllThingsD'],
    // A French name holds its elided particles (#3).
    ['2 209 Français ont été localisés, tandis que 393 n’ont pas pu être joints, selon le Quai d’Orsay.', 'Quai d’Orsay'],
    ["Selon la Banque d'Italie, le PIB a reculé de 0,3 %.", "Banque d'Italie"],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });

  it.each([
    'A study found that 40% of people agree.',
    'Researchers say 40% of people agree.',
    'Experts believe 40% of people agree.',
    'They said 40% of people agree.',
    'The company said sales rose 40%.',
    'It reported that 40% of people agree.',
    'Instagram has 700 million users, according to the companies’ own figures.',
  ])('names no one in: %s', (sentence) => {
    expect(findCitedOrigin(sentence)).toBeUndefined();
  });
});

describe('names that end like a verb (#3)', () => {
  it('reads "the Dubai Air Show" as a place, not "Dubai Air shows"', () => {
    expect(findCitedOrigin('Emirates ordered 30 jets, executives announced at the Dubai Air Show.')).toBeUndefined();
    expect(findCitedOrigin('A Pew survey shows 68% of adults use Facebook.')).toBe('Pew');
  });
});

describe('what a name is not (#3, on real market and business news)', () => {
  it.each([
    ['Benchmark 10-year notes US10YT=RR last rose 7/32 in price to yield 1.786%.', undefined],
    ['Copper CMCU3 rose 0.86% to $5,880.00 a tonne.', undefined],
    ['Alden on Tuesday announced that it had become the largest shareholder, with 32%.', 'Alden'],
    ['Of those who filled in The National Survey on Drug Use and Health, just over half were men.', 'National Survey on Drug Use and Health'],
    ['Home Depot (ticker: HD) reported $2.53 in per-share earnings.', 'Home Depot'],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });
});

describe('who said it, on news and customer stories (#3)', () => {
  it.each([
    // "per" inside a word introduces no one.
    ['Juniper Home, a furniture and home goods brand, reported a 28% lift in repeat purchases.', 'Juniper Home'],
    ["Gatorade's Super Bowl filter generated 160 million impressions.", undefined],
    // The name before an apposition said it, not the place inside it.
    ['Tillbrook Candles, a two-person shop in Vermont, said its first month brought in $62,000.', 'Tillbrook Candles'],
    ['Lee, the Democratic Party leader, said Yoon’s declaration had caused chaos in the country of 50 million people.', 'Lee'],
    // A place is where something was found, not who found it.
    ['That’s right — a man in England found a statue worth £20,000.', undefined],
    // A study's own name after "in" or "of" still names it.
    ['Put that in the context of Nielsen’s estimate that adults watch 15 hours of TV a week.', 'Nielsen'],
    ['Over 4,000 people answered in the State of Haskell survey.', 'State of Haskell'],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });
});

describe('names that open on a common word, and words that are no one (#3)', () => {
  it.each([
    ['The company had 12,500 employees on June 30, the New York Times reported.', 'New York Times'],
    ['According to the New York Times, 40% of readers pay.', 'New York Times'],
    ['Italy will ask for a 15 billion euro loan, La Stampa reported.', 'La Stampa'],
    ['Selon Le Monde, 38 % des Français lisent un quotidien.', 'Le Monde'],
    ['The New Pew Research Center data shows 40% agree.', 'Pew Research Center'],
    ['Results show a 40% rise in sign-ups.', undefined],
    ['By 56% to 35%, Hispanics said it is more important.', undefined],
    ['Thursday’s GDP figures also showed that services fell 1.8%.', undefined],
    ['Data arrives every minute instead of every 4 hours, a 240x improvement.', undefined],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });
});

describe('a name after a verb of saying (#3)', () => {
  it.each([
    ['It ranks first for 94% of marketers, says the Content Marketing Institute.', 'Content Marketing Institute'],
    ['Costs fell 40%, said Patrick McHugh, vice president of engineering.', 'Patrick McHugh'],
    ['Sales rose 12%, said Cook on Tuesday.', 'Cook'],
    // Not what was said about: the name goes on into the clause said.
    ['Another 27 percent said Pence had been underused.', undefined],
    ['The retailer said a TikTok creator program brought in 310,000 new members.', undefined],
    ['A recent report by the International Energy Agency stated capacity reached 8 GW.', 'International Energy Agency'],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });
});

describe('more names and no-names (#3)', () => {
  it.each([
    ['A detailed survey by New Media Campaigns revealed that SEO is 5.66 times better.', 'New Media Campaigns'],
    ['The campaign raised £8 million for Cancer Research, a great success.', undefined],
    ['Please note that 40% of tweets are spam.', undefined],
    ['The highest count I’ve found is 800,000.', undefined],
    ["I'd estimate that at least 80% of the tweets were favorited.", undefined],
    ['Another report of Growcode stated that videos improve conversions by 86%.', 'Growcode'],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });
});

describe('titles, lists and footnotes (#3)', () => {
  it.each([
    ['Cost Per Click: $0.08', undefined],
    ['The consensus forecasts 15% Earnings Per Share growth for 2022.', undefined],
    ['Per Statista, 62% of people search online first.', 'Statista'],
    ['We have more than 20,000 episodes of TV shows and movies.', undefined],
    ['Segmented campaigns drive up to 760% more revenue, Campaign Monitor claims.', 'Campaign Monitor'],
    ['Sales came in at $979 million, ahead of StreetAccount’s estimates of $973 million.', 'StreetAccount'],
    ['We moved tens of billions of rows of data from MySQL to TiDB without downtime.', undefined],
    ['Its GDP per capita is US$36,254, according to the Human Development Index[8] figures.', 'Human Development Index'],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });
});

describe('a report that names itself before "which", and indexes that moved (#3)', () => {
  it.each([
    [
      'Take a look at the United Nations Office on Drugs and Crime World Drug Report 2014, which reports that street cocaine is 40 percent pure.',
      'United Nations Office on Drugs and Crime World Drug Report',
    ],
    ['The findings echo a report published by IZEA in March, which found that 51% of respondents bought.', 'IZEA'],
    ['Japan’s Topix index gained 0.9 percent in Tokyo.', undefined],
    ['The Markit iTraxx Europe Index of credit-default swaps rose 3 basis points.', undefined],
    ['MSCI’s broadest index of Asia-Pacific shares outside Japan closed 0.68% higher.', undefined],
    ['The Digital Publishers’ Revenue Index shows a 3.88% growth in display advertising.', 'Digital Publishers Revenue'],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });
});

describe('sources named in Spanish and Portuguese (#3)', () => {
  it.each([
    ['En Colombia hay 35 millones de usuarios de redes sociales, según DataReportal.', 'DataReportal'],
    ['Según el IAB Spain, el 85 % de los internautas usa redes sociales.', 'IAB Spain'],
    ['Según una encuesta de la Confederación Española de la Pequeña y Mediana Empresa, el 41% de las pymes lo hacen.', 'Confederación Española de la Pequeña y Mediana Empresa'],
    ['Segundo pesquisa da Opinion Box, 99% dos brasileiros têm o aplicativo.', 'Opinion Box'],
    ['Las ventas se triplicaron, según la propia Soler.', 'Soler'],
    ['Según El País, el 40 % de los lectores paga.', 'El País'],
    ['Facebook sigue en segundo lugar con el 89 %.', undefined],
    ['Nuestro estudio se basa en 1.500 encuestas.', undefined],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });
});

describe("a roundup's citation closing the sentence (#3)", () => {
  it.each([
    ['Facebook has 2.2 billion monthly users [Statista].', 'Statista'],
    ['Facebook has 2.2 billion monthly users [Source: Statista, 2018].', 'Statista'],
    ['81% of consumers trust friends over brands – Nielsen', 'Nielsen'],
    ['Half of all searches will be by voice — Pew Research Center, 2015.', 'Pew Research Center'],
    ['“95% of all our riders have heard about Uber from other Uber riders.” — Travis Kalanick', 'Travis Kalanick'],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });

  it.each([
    'Sales rose 40% — Apple’s best quarter ever.',
    'Read the full 2024 report [PDF].',
    'Revenue grew 12% [Updated].',
    'Got some sales with a ROAS of 3 making $150 to $170 - NOT HAPPY.',
    'He said 2 million [the company] had sold.',
    'Margins widened to 12% - in line with forecasts.',
  ])('names no one in "%s"', (sentence) => {
    expect(findCitedOrigin(sentence)).toBeUndefined();
  });
});

describe("a roundup's name in parentheses closing the sentence (#3)", () => {
  it.each([
    ['The average cart abandonment rate is 70.19% (Baymard Institute).', 'Baymard Institute'],
    ['82% of Twitter users watch video content on Twitter (Bloomberg )', 'Bloomberg'],
    ['59% of executives are more likely to choose video (MWP) .', 'MWP'],
    ['Samsung shipped 60.6 million smartphones, for a 20% market share (IDC).', 'IDC'],
    // A source the sentence names goes before a name in parentheses, which may say whom the figure is of.
    ['Pew found that 40% of young adults (Gen Z) use it.', 'Pew'],
    ['According to Pew, 40% of young adults use it (Gen Z).', 'Pew'],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });

  it.each([
    // A term defined, a measure's short name, a place, a figure, an aside.
    'Our Net Promoter Score rose 12 points (NPS).',
    'Loans to small and medium-sized enterprises rose 8% (SMEs).',
    'Visits rose 30% for pages built on Accelerated Mobile Pages (AMP).',
    'Revenue grew 25% a year (CAGR).',
    'Sales rose 5% in Britain (UK).',
    'LinkedIn is in second place (72%), just ahead of Instagram (71%).',
    'Spend on earned media rose 71% (i.e., social media and content marketing).',
    'Spend rose 20% (one stat down, 25 more to go).',
  ])('names no one in "%s"', (sentence) => {
    expect(findCitedOrigin(sentence)).toBeUndefined();
  });
});

describe('who reports, named before an apposition or as the company the sentence opens on (#3)', () => {
  it.each([
    ['Mike German, leader of the Liberal Democrats in the assembly, claimed that one in three homes face rises.', 'Mike German'],
    ['Ticket sales reached $1.3 million per minute, Gary Grief, executive director of the Texas lottery, told a news conference.', 'Gary Grief'],
    ["Apple's overall revenue rose 4% in its first fiscal quarter, the company reported Thursday.", 'Apple'],
    ["Taco Bell's lens was viewed 224 million times in a day, which the chain says made it its best campaign.", 'Taco Bell'],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });

  it.each([
    // Words between who reports and the verb, and more verbs of saying and finding.
    ['Days later, rival IDC today announced similar numbers for shipments of smartphones.', 'IDC'],
    ['“It got me sick,” Dr. Feel, an Evolution user, wrote after taking cocaine cut with 23 percent Levamisole.', 'Dr. Feel'],
    ['[T]he Army Corps of Engineers had identified 17,448 buildings with shelter spaces.', 'Army Corps of Engineers'],
    ['In the Q and A session Tim Cook mentioned that they had 85 million users sign up to iCloud.', 'Tim Cook'],
    ['Comparatively Larry Page mentioned that there were 90 million users on Google+.', 'Larry Page'],
    ["Glossier's referral programme drove 90% of its growth, co-founder Emily Weiss has said.", 'Emily Weiss'],
    ['According to a collaborative study done by iAcquire and SurveyMonkey, around 40% of people switch.', 'iAcquire and SurveyMonkey'],
    // Who ran a study measured, not who paid for it; an imperative opening a sentence names no one.
    ['A study commissioned by WP Engine and conducted by Vanson Bourne found that 99% of respondents see benefits.', 'Vanson Bourne'],
    ['Take data from the Interactive Advertising Bureau, for example: 44 percent of millennials read reviews.', 'Interactive Advertising Bureau'],
  ])('%s', (sentence, origin) => {
    expect(findCitedOrigin(sentence)).toBe(origin);
  });

  it.each([
    'Revenue rose 4% in the quarter, the company said.',
    "Today's sales rose 4%, the company said.",
    'Apple, Google and Microsoft grew 4% last year.',
    'Wall Street predicted $2.52 a share.',
    // "via" in the run of a sentence is a channel.
    'The team uploaded over 200 videos answering questions sent by users via Facebook, Reddit and Twitter.',
    'In a separate study, 91% find push notification via SMS useful.',
  ])('names no one in "%s"', (sentence) => {
    expect(findCitedOrigin(sentence)).toBeUndefined();
  });
});

describe('namesOwnUnnamedSource (#3)', () => {
  it.each([
    "I'd estimate that at least 80% of the tweets were favorited.",
    'We found that 40% of sign-ups came from Twitter.',
    'Reports say online video is a 600% more effective marketing tool.',
    'In another estimate, video will be 80% of all traffic.',
    'According to statistics, you are 53 times more likely to rank first.',
  ])('"%s" says whose figure it is, naming no one', (sentence) => {
    expect(namesOwnUnnamedSource(sentence)).toBe(true);
  });

  it.each(['The report found that 40% of sign-ups came from Twitter.', '72% of adults use Facebook.', 'We have 40 employees.'])('"%s" does not', (sentence) => {
    expect(namesOwnUnnamedSource(sentence)).toBe(false);
  });
});

describe('sourceLineAfter (#3)', () => {
  const after = (text: string, sentence: string) => sourceLineAfter(text, text.indexOf(sentence) + sentence.length)?.line;

  it('reads the source line after a sentence, in its paragraph or as the next paragraph', () => {
    expect(after('Video drives 1200% more shares. Source: Wordstream, 2016', 'shares.')).toBe('Source: Wordstream, 2016');
    expect(after('72% use Facebook.\n\nSource: Pew Research Center, 2015\n\nNext point.', 'Facebook.')).toBe('Source: Pew Research Center, 2015');
    expect(after('72% use it. (Source: Pew, 2015) Then 40% did.', 'use it.')).toBe('(Source: Pew, 2015)');
    expect(after('72% use it.\n\nData: Statista. More words follow here.', 'use it.')).toBe('Data: Statista.');
  });

  it('names who the line names, whichever word opens it', () => {
    expect(sourceLineAfter('72% use it.\n\nData: Statista, 2019', 11)).toEqual({ line: 'Data: Statista, 2019', origin: 'Statista' });
    expect(sourceLineAfter('72% use it. Quelle: Bitkom', 11)).toEqual({ line: 'Quelle: Bitkom', origin: 'Bitkom' });
    expect(sourceLineAfter('72% use it. Source: https://example.org/report', 11)).toEqual({ line: 'Source: https://example.org/report' });
  });

  it("reads a roundup's citation in parentheses standing after the sentence's full stop", () => {
    expect(sourceLineAfter('Content is shared 27 million times a day. (Comscore)\n\n90% market with content.', 41)).toEqual({ line: '(Comscore)', origin: 'Comscore' });
    expect(sourceLineAfter('45% watch more than an hour a week. (HubSpot, 2016 )\n\nNext.', 35)).toEqual({ line: '(HubSpot, 2016 )', origin: 'HubSpot' });
    expect(sourceLineAfter('72% use it. (AOL and Nielsen) Then 40% did.', 11)).toEqual({ line: '(AOL and Nielsen)', origin: 'AOL and Nielsen' });
    // An aside in parentheses is no citation.
    expect(sourceLineAfter('72% use it. (The team chose only people who had used it.)', 11)).toBeUndefined();
    expect(sourceLineAfter('72% use it. (One stat down, 25 more to go.)', 11)).toBeUndefined();
  });

  it('reads none where the next sentence or paragraph is no source line', () => {
    expect(after('72% use it. Sources say more.', 'use it.')).toBeUndefined();
    expect(after('72% use it.\n\nThe source of this is unclear.', 'use it.')).toBeUndefined();
    expect(after('72% use it.', 'use it.')).toBeUndefined();
  });
});
