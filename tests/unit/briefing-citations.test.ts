/**
 * References as APA 7 and MLA 9 prescribe them for a web page, written by
 * citeproc from CSL. Each expectation is spelled out from the style rules:
 *
 * APA 7 (Publication Manual §9–10, "webpage on a website"):
 *   Author, A. A., Author, B. B., & Author, C. C. (Year, Month Day). Title of page. Site Name. URL
 *   - up to 20 authors, all listed, "&" before the last; initials for given names;
 *   - no date: "(n.d.)", and for a page that changes, "Retrieved Month Day, Year, from URL";
 *   - no author: the title moves to the author position, before the date;
 *   - group author that is also the site: the site name is omitted.
 * MLA 9 (MLA Handbook, core elements; "a page on a website"):
 *   Last, First, et al. "Title of Page." Website Name, Day Mon. Year, URL.
 *   - one author: Last, First; two: "Last, First, and First Last"; three or more: first author "et al.";
 *   - titles in title case, in quotation marks (a part of a larger site); abbreviated months ("Nov.");
 *   - no date: omit it, and give "Accessed Day Mon. Year." at the end;
 *   - no author: begin with the title;
 *   - organisation that is both author and publisher: skip the author, begin with the title.
 */
import { describe, expect, it } from 'vitest';
import { formatReferences, parseByline, sourceToCsl } from '../../lib/briefing/citations';
import type { Source } from '../../lib/schema';
import { hostile, pew, who } from './briefing-fixture';

const noDate: Source = {
  id: '8d4b6e5f-1a7b-4c9d-8afb-2a3b4c5d6e7f',
  url: 'https://example.org/blog/how-we-cut-churn',
  canonicalUrl: '',
  title: 'How we cut churn in half',
  byline: 'Jane Doe',
  siteName: 'Example Blog',
  capturedAt: '2026-11-20T09:00:00.000Z',
};
const noAuthor: Source = { ...noDate, id: '9e5c7f60-2b8c-4d0e-9b0c-3b4c5d6e7f80', byline: undefined, publishedTime: '2021-03' };
const twoAuthors: Source = { ...noDate, id: 'af6d8071-3c9d-4e1f-8c1d-4c5d6e7f8091', byline: 'By Ludwig van Beethoven & Martin Luther King Jr.', publishedTime: '2020-01-02T23:30:00-08:00' };

const apa = (source: Source) => formatReferences([source], 'apa')[0];
const mla = (source: Source) => formatReferences([source], 'mla')[0];

describe('APA 7', () => {
  it('a page with three authors and a date', () => {
    expect(apa(pew)).toBe(
      'Greenwood, S., Perrin, A., & Duggan, M. (2016, November 11). Social Media Update 2016. Pew Research Center. Retrieved November 20, 2026, from https://www.pewresearch.org/internet/2016/11/11/social-media-update-2016/',
    );
  });

  it('no date: (n.d.) and a retrieval date', () => {
    expect(apa(noDate)).toBe('Doe, J. (n.d.). How we cut churn in half. Example Blog. Retrieved November 20, 2026, from https://example.org/blog/how-we-cut-churn');
  });

  it('no author: the title takes the author position; a year and month only', () => {
    expect(apa(noAuthor)).toBe('How we cut churn in half. (2021, March). Example Blog. Retrieved November 20, 2026, from https://example.org/blog/how-we-cut-churn');
  });

  it('an organisation as author, which is also the site: no site name', () => {
    expect(apa(who)).toBe(
      'World Health Organization. (2025, May 15). World health statistics 2025: monitoring health for the SDGs. Retrieved November 21, 2026, from https://www.who.int/data/gho/publications/world-health-statistics',
    );
  });

  it('two authors, particles and suffixes; the date as the page states it, never shifted', () => {
    expect(apa(twoAuthors)).toBe('van Beethoven, L., & King, M. L., Jr. (2020, January 2). How we cut churn in half. Example Blog. Retrieved November 20, 2026, from https://example.org/blog/how-we-cut-churn');
  });
});

describe('MLA 9', () => {
  it('a page with three authors and a date', () => {
    expect(mla(pew)).toBe(
      'Greenwood, Shannon, et al. “Social Media Update 2016.” Pew Research Center, 11 Nov. 2016, https://www.pewresearch.org/internet/2016/11/11/social-media-update-2016/. Accessed 20 Nov. 2026.',
    );
  });

  it('no date: omitted, and an access date at the end', () => {
    expect(mla(noDate)).toBe('Doe, Jane. “How We Cut Churn in Half.” Example Blog, https://example.org/blog/how-we-cut-churn. Accessed 20 Nov. 2026.');
  });

  it('no author: begins with the title', () => {
    expect(mla(noAuthor)).toBe('“How We Cut Churn in Half.” Example Blog, Mar. 2021, https://example.org/blog/how-we-cut-churn. Accessed 20 Nov. 2026.');
  });

  it('an organisation that is author and publisher: no author, begins with the title', () => {
    expect(mla(who)).toBe(
      '“World Health Statistics 2025: Monitoring Health for the SDGs.” World Health Organization, 15 May 2025, https://www.who.int/data/gho/publications/world-health-statistics. Accessed 21 Nov. 2026.',
    );
  });

  it('two authors: the second in normal order after ", and"', () => {
    expect(mla(twoAuthors)).toBe('van Beethoven, Ludwig, and Martin Luther King Jr. “How We Cut Churn in Half.” Example Blog, 2 Jan. 2020, https://example.org/blog/how-we-cut-churn. Accessed 20 Nov. 2026.');
  });
});

describe('hostile sources', () => {
  it('come out as plain text, with no javascript: address', () => {
    for (const style of ['apa', 'mla'] as const) {
      const [reference] = formatReferences([hostile], style);
      expect(reference).toContain('<script>alert(1)</');
      expect(reference?.toLowerCase()).toContain('[big](javascript:alert(1))');
      expect(reference).not.toMatch(/javascript:alert\(1\)\.?$/);
      expect(sourceToCsl(hostile, style).URL).toBeUndefined();
    }
  });

  it('a title that starts with a tag keeps its text as the page gave it', () => {
    // citation-js marks an entry's first tag with its id, in text output too (issue #6).
    const tagged: Source = { ...hostile, url: 'https://a.example/', canonicalUrl: 'https://a.example/', title: '<img src=/leak onerror="x()">Growth' };
    for (const style of ['apa', 'mla'] as const) {
      const [reference] = formatReferences([tagged], style);
      // MLA title-cases the words; the characters are the page's.
      expect(reference?.toLowerCase()).toContain('<img src=/leak onerror="x()">growth');
      expect(reference).not.toContain('data-csl-entry-id');
    }
  });

  it('keeps one reference per source, in the order given', () => {
    const references = formatReferences([who, pew, hostile], 'apa');
    expect(references).toHaveLength(3);
    expect(references[0]).toMatch(/^World Health Organization/);
    expect(references[1]).toMatch(/^Greenwood/);
  });
});

describe('sourceToCsl', () => {
  it('maps a source to a CSL-JSON web page', () => {
    expect(sourceToCsl(pew, 'apa')).toEqual({
      id: pew.id,
      type: 'webpage',
      title: 'Social Media Update 2016',
      author: [
        { given: 'Shannon', family: 'Greenwood' },
        { given: 'Andrew', family: 'Perrin' },
        { given: 'Maeve', family: 'Duggan' },
      ],
      'container-title': 'Pew Research Center',
      issued: { 'date-parts': [[2016, 11, 11]] },
      accessed: { 'date-parts': [[2026, 11, 20]] },
      URL: 'https://www.pewresearch.org/internet/2016/11/11/social-media-update-2016/',
    });
  });

  it.each([
    ['Shannon Greenwood, Andrew Perrin and Maeve Duggan', [{ given: 'Shannon', family: 'Greenwood' }, { given: 'Andrew', family: 'Perrin' }, { given: 'Maeve', family: 'Duggan' }]],
    ['By Jane Doe', [{ given: 'Jane', family: 'Doe' }]],
    ['Pew Research Center', [{ literal: 'Pew Research Center' }]],
    ['Bill & Melinda Gates Foundation', [{ literal: 'Bill & Melinda Gates Foundation' }]],
    ['Reuters', [{ literal: 'Reuters' }]],
    ['Jane Doe & John Smith', [{ given: 'Jane', family: 'Doe' }, { given: 'John', family: 'Smith' }]],
    ['Martin Luther King Jr.', [{ given: 'Martin Luther', family: 'King', suffix: 'Jr.' }]],
    ['', []],
  ])('byline %j', (byline, names) => {
    expect(parseByline(byline)).toEqual(names);
  });
});
