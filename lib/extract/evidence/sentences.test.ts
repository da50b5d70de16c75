import { describe, expect, it, vi } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string, lang?: string) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps offsets into the text and numbers paragraphs', () => {
    const text = 'First one. Second one.\n\nThird one.';
    const spans = splitSentences(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['First one.', 0],
      ['Second one.', 0],
      ['Third one.', 1],
    ]);
  });

  it.each([
    ['68% of U.S. adults use Facebook. Next sentence.', ['68% of U.S. adults use Facebook.', 'Next sentence.']],
    ['The U.K. Office for National Statistics said so. Then more.', ['The U.K. Office for National Statistics said so.', 'Then more.']],
    ['It grew in the U.S. The rest did not.', ['It grew in the U.S.', 'The rest did not.']],
    ['Apple Inc. reported 40% growth. Microsoft Corp. and Acme Ltd. did too.', ['Apple Inc. reported 40% growth.', 'Microsoft Corp. and Acme Ltd. did too.']],
    ['Mr. Smith met Dr. Jones at St. Paul. They talked.', ['Mr. Smith met Dr. Jones at St. Paul.', 'They talked.']],
    ['Some brands, e.g. retailers, i.e. shops, lag. Others vs. them lead.', ['Some brands, e.g. retailers, i.e. shops, lag.', 'Others vs. them lead.']],
    ['LinkedIn is No. 1 for leads. Approx. 40% agree.', ['LinkedIn is No. 1 for leads.', 'Approx. 40% agree.']],
    ['It was Jan. 5, 2016 when it launched. Sales rose.', ['It was Jan. 5, 2016 when it launched.', 'Sales rose.']],
    ['J. K. Rowling sold 500 million books. Brian K. Sharpe said so.', ['J. K. Rowling sold 500 million books.', 'Brian K. Sharpe said so.']],
    ['A 2014 survey by J.D. Power found that 33% agree. Next.', ['A 2014 survey by J.D. Power found that 33% agree.', 'Next.']],
    ['Blendtec\'s "Will It Blend?" videos lifted sales 700%. Next.', ['Blendtec\'s "Will It Blend?" videos lifted sales 700%.', 'Next.']],
    ['Mozilla was created in 1998.[1] The community is large.[2][3] It grows.', ['Mozilla was created in 1998.[1]', 'The community is large.[2][3]', 'It grows.']],
    // An apostrophe a page's encoding turned into "?" ends no sentence (#3).
    ['It?s expected that 41% of users will abandon it. Next.', ['It?s expected that 41% of users will abandon it.', 'Next.']],
    ['Will it work? Yes, it did.', ['Will it work?', 'Yes, it did.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('merges German and French abbreviations', () => {
    expect(split('Twitter kommt auf 3,5 Mio. Nutzer. Das ist z.B. bzw. ca. 12 % mehr.', 'de')).toEqual([
      'Twitter kommt auf 3,5 Mio. Nutzer.',
      'Das ist z.B. bzw. ca. 12 % mehr.',
    ]);
    expect(split('Der Umsatz lag bei 2 Mrd. Euro. Danach fiel er.', 'de')).toEqual(['Der Umsatz lag bei 2 Mrd. Euro.', 'Danach fiel er.']);
  });

  it('skips paragraphs the caller does not want, keeping paragraph numbers', () => {
    const text = 'No figures here.\n\nSales rose 40%. Really.';
    const spans = splitSentences(text, 'en', (p) => p.includes('%'));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Sales rose 40%.', 1],
      ['Really.', 1],
    ]);
  });

  it('falls back to English for an unknown language tag', () => {
    expect(split('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
  });
});

describe('the segmenter', () => {
  it('is made only when a paragraph needs splitting, once per language, shared by regional tags', async () => {
    const Real = Intl.Segmenter;
    const made: string[] = [];
    class Counting extends Real {
      constructor(locale?: Intl.LocalesArgument, options?: Intl.SegmenterOptions) {
        super(locale, options);
        made.push(String(locale));
      }
    }
    const intl = Intl as { Segmenter: typeof Intl.Segmenter };
    intl.Segmenter = Counting;
    try {
      vi.resetModules();
      const { splitSentences: split } = await import('./sentences');
      split('No figures here.\n\nNone here either.', 'en-US', () => false);
      expect(made).toEqual([]);
      split('One. Two.', 'en-US');
      split('Three. Four.', 'en');
      split('Five. Six.', 'EN-gb');
      split('Sept. Huit.', 'fr-FR');
      split('Neuf. Dix.', 'fr');
      expect(split('Eleven. Twelve.', '_')).toEqual([
        { start: 0, end: 7, paragraph: 0 },
        { start: 8, end: 15, paragraph: 0 },
      ]);
      expect(made).toEqual(['en', 'fr']);
    } finally {
      intl.Segmenter = Real;
    }
  });
});

describe('tickers (#3)', () => {
  it('does not end a sentence at the dot that opens a ticker', () => {
    const text = 'The Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02. Then it rained.';
    expect(splitSentences(text, 'en').map((s) => text.slice(s.start, s.end))).toEqual([
      'The Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02.',
      'Then it rained.',
    ]);
  });
});

describe('a sentence that opens on a number (#3, real48)', () => {
  const sentences = (text: string) => splitSentences(text, 'en').map((s) => text.slice(s.start, s.end));

  it('ends the sentence before it, though ICU reads "emails. 66% of" as one sentence', () => {
    expect(sentences('Stop guessing when to send your emails. 66% of marketers use AI for it.')).toEqual([
      'Stop guessing when to send your emails.',
      '66% of marketers use AI for it.',
    ]);
    expect(sentences('They sold the company to Facebook. $4,000 per sponsor went to the team.')).toEqual([
      'They sold the company to Facebook.',
      '$4,000 per sponsor went to the team.',
    ]);
  });

  it('keeps a number with the abbreviation before it', () => {
    for (const text of ['It ended on Dec. 9 with 5 arrests.', 'He paid Rs. 500 for it.', 'It costs approx. 30 dollars.', 'See Fig. 3 and Sec. 4 below.', 'Revenue: $124.30 billion vs. $124.12 billion estimated']) {
      expect(sentences(text)).toEqual([text]);
    }
  });
});
