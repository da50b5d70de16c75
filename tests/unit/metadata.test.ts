/**
 * Golden pages for lib/extract/metadata: a small page in, the citation out.
 * Each page exercises one source (JSON-LD @graph, OpenGraph, citation_*,
 * Dublin Core, <time>, nothing but <title>) or one kind of hostile input.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata, readMetadata } from '../../lib/extract/metadata';
import { datelineCandidates } from '../../lib/extract/metadata/dateline';
import { toStatedDate } from '../../lib/extract/stated-date';
import { Citation, StatedDate } from '../../lib/schema';

const pageUrl = 'https://example.org/news/2016/leap-day.html';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The citation, checked against the schema every caller will parse it with. */
function citationOf(html: string, url = pageUrl, fallback = {}) {
  const citation = extractMetadata(parse(html), url, fallback);
  expect(Citation.safeParse(citation).success).toBe(true);
  return citation;
}

const page = (head: string, body = '<p>Text.</p>', htmlAttributes = 'lang="en"') =>
  `<!doctype html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`;

const ldJson = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('extractMetadata: JSON-LD', () => {
  it('reads an Article inside @graph, resolving @id references (the Yoast shape)', () => {
    const html = page(`
      <title>Leap day explained - The Example Times</title>
      <link rel="canonical" href="/news/2016/leap-day">
      <meta name="description" content="Why February has 29 days this year.">
      ${ldJson({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': 'https://example.org/#website', name: 'The Example Times' },
          {
            '@type': 'WebPage',
            '@id': 'https://example.org/news/2016/leap-day',
            name: 'Leap day explained - The Example Times',
            isPartOf: { '@id': 'https://example.org/#website' },
            datePublished: '2016-02-28T09:00:00+00:00',
          },
          {
            '@type': 'NewsArticle',
            headline: 'Leap day explained',
            mainEntityOfPage: { '@id': 'https://example.org/news/2016/leap-day' },
            author: { '@id': 'https://example.org/#/person/ada' },
            publisher: { '@id': 'https://example.org/#organization' },
            datePublished: '2016-02-29T10:00:00.000Z',
            dateModified: '2016-03-01T10:00:00Z',
          },
          { '@type': 'Person', '@id': 'https://example.org/#/person/ada', name: 'Ada Lovelace' },
          { '@type': 'Organization', '@id': 'https://example.org/#organization', name: 'Example Times Ltd' },
        ],
      })}`);
    expect(citationOf(html)).toEqual({
      url: pageUrl,
      canonicalUrl: 'https://example.org/news/2016/leap-day',
      title: 'Leap day explained',
      byline: 'Ada Lovelace',
      siteName: 'Example Times Ltd',
      publishedTime: '2016-02-29T10:00:00Z',
      lang: 'en',
      excerpt: 'Why February has 29 days this year.',
    });
  });

  it('joins an author array, in any of the shapes pages use', () => {
    const authors = (author: unknown) =>
      citationOf(page(ldJson({ '@type': 'BlogPosting', headline: 'H', author }))).byline;
    expect(authors([{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Chen' }])).toBe(
      'Ann Lee and Bo Chen',
    );
    expect(authors(['Ann Lee', 'Bo Chen', { name: 'By  Cy   Diaz' }])).toBe('Ann Lee, Bo Chen and Cy Diaz');
    expect(authors([['Ann Lee'], [{ name: 'Ann Lee' }]])).toBe('Ann Lee');
    expect(authors({ '@type': 'Person', givenName: 'Ann', familyName: 'Lee' })).toBe('Ann Lee');
    expect(authors('https://www.facebook.com/ann.lee')).toBeUndefined();
  });

  it('finds the article in a top-level array, behind CDATA markers, after other scripts', () => {
    const html = page(`
      <script type="application/ld+json">{"@type": "VideoObject", "name": "Clip", "uploadDate": "2020-01-01"}</script>
      <script type="application/ld+json"><![CDATA[
        [{"@type": "BreadcrumbList"}, {"@type": ["Article", "ReportageNewsArticle"], "headline": "The report",
          "publisher": {"@type": "Organization", "name": "Daily"}, "dateCreated": "2019-05-01"}]
      ]]></script>`);
    const citation = citationOf(html);
    expect(citation.title).toBe('The report');
    expect(citation.siteName).toBe('Daily');
    expect(citation.publishedTime).toBe('2019-05-01');
  });

  it('picks between headline and name the way the page\'s <title> reads', () => {
    // Wikipedia: headline is a description, name is the title.
    const wikipedia = page(`<title>New Zealand - Wikipedia</title>${ldJson({
      '@type': 'Article', name: 'New Zealand', headline: 'constitutional monarchy in Oceania',
    })}`);
    expect(citationOf(wikipedia).title).toBe('New Zealand');
    // aktualne.cz: name is the site's name, headline is the title.
    const aktualne = page(`<title>Souček řádí - Aktuálně.cz</title>${ldJson({
      '@type': 'NewsArticle', name: 'Aktuálně.cz', headline: 'Součka je snadné přehlédnout',
      publisher: { '@type': 'Organization', name: 'Aktuálně.cz' },
    })}`);
    expect(citationOf(aktualne).title).toBe('Součka je snadné přehlédnout');
  });

  it('takes the article whose address is this page when there are several', () => {
    const html = page(`
      <link rel="canonical" href="https://example.org/b">
      ${ldJson([
        { '@type': 'NewsArticle', headline: 'Related story', url: 'https://example.org/a' },
        { '@type': 'NewsArticle', headline: 'This story', url: 'https://example.org/b' },
      ])}`);
    expect(citationOf(html).title).toBe('This story');
  });
});

describe('extractMetadata: meta tags', () => {
  it('reads an OpenGraph-only page, stripping the site name from the title', () => {
    const html = page(`
      <title>Ignored</title>
      <meta property="og:title" content="Ten facts about leap years | The Example Times">
      <meta property="og:site_name" content="The Example Times">
      <meta property="og:url" content="/news/2016/leap-day.html?ref=og">
      <meta property="og:description" content="  Ten   facts. ">
      <meta property="article:published_time" content="2016-02-29 10:00:00">
      <meta property="article:modified_time" content="2017-01-01T00:00:00Z">
      <meta property="article:author" content="https://www.facebook.com/someone">
      <meta name="author" content="By Jane Doe">`);
    expect(citationOf(html, 'http://example.org/x')).toEqual({
      url: 'http://example.org/x',
      canonicalUrl: 'http://example.org/news/2016/leap-day.html?ref=og',
      title: 'Ten facts about leap years',
      byline: 'Jane Doe',
      siteName: 'The Example Times',
      publishedTime: '2016-02-29T10:00:00',
      lang: 'en',
      excerpt: 'Ten facts.',
    });
  });

  it('reads a scholarly page from citation_* tags', () => {
    const html = page(`
      <title>Orbital resonance | Journal of Calendars</title>
      <meta name="citation_title" content="Orbital resonance and the leap day">
      <meta name="citation_author" content="Lovelace, Ada">
      <meta name="citation_author" content="Babbage, Charles">
      <meta name="citation_publication_date" content="2016/02/29">
      <meta name="citation_journal_title" content="Journal of Calendars">
      <meta name="citation_abstract" content="We study the leap day.">`);
    expect(citationOf(html)).toEqual({
      url: pageUrl,
      canonicalUrl: pageUrl,
      title: 'Orbital resonance and the leap day',
      byline: 'Lovelace, Ada; Babbage, Charles',
      siteName: 'Journal of Calendars',
      publishedTime: '2016-02-29',
      lang: 'en',
      excerpt: 'We study the leap day.',
    });
  });

  it('reads Dublin Core, in any spelling', () => {
    const html = page(`
      <meta name="DC.Title" content="remoteStorage">
      <meta name="DC.Creator" content="Kooman, F.">
      <meta name="DC.Creator" content="Jong, Michiel de">
      <meta name="DC.Date.Issued" content="2014-12-15">
      <meta property="dc:description" content="A protocol.">`);
    const citation = citationOf(html);
    expect(citation.title).toBe('remoteStorage');
    expect(citation.byline).toBe('Kooman, F.; Jong, Michiel de');
    expect(citation.publishedTime).toBe('2014-12-15');
    expect(citation.excerpt).toBe('A protocol.');
  });

  it('reads keys listed together in one property attribute, and Parse.ly tags', () => {
    const html = page(`
      <meta property="og:title twitter:title" content="Shared title">
      <meta name="parsely-author" content="Jane Doe">
      <meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">`);
    expect(citationOf(html)).toMatchObject({
      title: 'Shared title',
      byline: 'Jane Doe',
      publishedTime: '2024-04-20T04:20:00Z',
    });
  });

  it('decodes entities that pages escape twice in meta content', () => {
    const html = page(`
      <meta property="og:title" content="That&amp;#039;s &amp;quot;it&amp;quot; &amp;amp; more">
      <meta property="og:description" content="&amp;#x1F62D; &amp;#xFFFFFFFF; &amp;#xg;">`);
    const citation = citationOf(html);
    expect(citation.title).toBe('That\'s "it" & more');
    expect(citation.excerpt).toBe('😭 \uFFFD &#xg;');
  });

  it('keeps a title suffix that is not the site name', () => {
    const html = page(`
      <title>Lorem ipsum – dolor sit</title>
      <meta property="og:site_name" content="Example">`);
    expect(citationOf(html).title).toBe('Lorem ipsum – dolor sit');
  });

  it('reads the language from og:locale when <html> has none, and ignores nonsense', () => {
    expect(citationOf(page('<meta property="og:locale" content="en_GB">', '', '')).lang).toBe('en-GB');
    expect(citationOf(page('', '', 'lang="not a language"')).lang).toBeUndefined();
  });
});

describe('extractMetadata: the <title> read against the headline', () => {
  const of = (head: string, body = '') => {
    const { title, siteName } = citationOf(page(head, body));
    return { title, siteName };
  };

  it("takes the site's name from what the <title> adds to a headline the page states", () => {
    expect(of('<title>Mozilla - Wikipedia</title>', '<h1>Mozilla</h1>')).toEqual({ title: 'Mozilla', siteName: 'Wikipedia' });
    expect(of('<title>Silicon Exposed: Open flow</title><meta property="og:title" content="Open flow">')).toEqual({
      title: 'Open flow',
      siteName: 'Silicon Exposed',
    });
    expect(of('<title>宇航员在太空中喝酒 _探索者 _光明网</title>', '<h1>宇航员在太空中喝酒</h1>')).toEqual({
      title: '宇航员在太空中喝酒',
      siteName: '光明网',
    });
    expect(of('<title>Weekly Edition for March 26 [LWN.net]</title>', '<h1>Weekly Edition for March 26</h1>')).toEqual({
      title: 'Weekly Edition for March 26',
      siteName: 'LWN.net',
    });
    expect(of('<title>Post title here | Code | Ann Lee</title>', '<h1>Ann</h1><h2>Post title here</h2>')).toEqual({
      title: 'Post title here',
      siteName: 'Ann Lee',
    });
  });

  it('keeps a subtitle, a title of its own, and names no site from an identifier', () => {
    expect(of('<title>Outside the web: standalone binaries</title>', '<h1>Outside the web</h1>')).toEqual({
      title: 'Outside the web: standalone binaries',
    });
    expect(of('<title>Lorem ipsum – My website</title>')).toEqual({ title: 'Lorem ipsum – My website' });
    expect(of('<title>draft-dejong-remotestorage-04 - remoteStorage</title><meta name="DC.Title" content="remoteStorage">')).toEqual({
      title: 'remoteStorage',
    });
  });

  it('takes the headline the <title> starts with between two headings as long ("Doc — Project")', () => {
    expect(of('<title>Shared History — Evolve Project</title>', '<h1>Evolve Project</h1><h1>Shared History¶</h1>')).toEqual({
      title: 'Shared History',
      siteName: 'Evolve Project',
    });
  });

  it("passes over a section's og:title on an article whose <title> and h1 agree", () => {
    const head = '<title>Space ship breaks up over Siberia</title><meta property="og:title" content="Yahoo News - Latest">';
    expect(of(head, '<h1>Space ship breaks up over Siberia</h1>').title).toBe('Space ship breaks up over Siberia');
  });
});

describe('extractMetadata: bylines in the markup', () => {
  const bylineOf = (body: string, fallback = {}, head = '<title>T</title>') =>
    citationOf(page(head, body), pageUrl, fallback).byline;

  it("makes Readability's byline into names: first line, no date, no editor, no button", () => {
    expect(bylineOf('', { byline: 'By GILLIAN MOHNEY\n    March 11, 2015 3:46 PM' })).toBe('GILLIAN MOHNEY');
    expect(bylineOf('', { byline: 'By\n\t\tScott Cunningham' })).toBe('Scott Cunningham');
    expect(bylineOf('', { byline: 'by Lucas Nolan22 Dec 2016651' })).toBe('Lucas Nolan');
    expect(bylineOf('', { byline: 'Written by Rob Ewaschuk Edited by Betsy Beyer' })).toBe('Rob Ewaschuk');
    expect(bylineOf('', { byline: 'By Brenda  Goodman, MA\n   WebMD Health News' })).toBe('Brenda Goodman, MA');
    expect(bylineOf('', { byline: 'Follow Author' })).toBeUndefined();
    expect(bylineOf('', { byline: 'Last Updated: January 7, 2025' })).toBeUndefined();
  });

  it("reads the article's microdata author, not a comment's", () => {
    const body = `
      <article itemscope itemtype="https://schema.org/NewsArticle">
        <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name"> AFP</span></span>
        <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
          <span itemprop="author">A Reader</span>
        </div>
      </article>`;
    expect(bylineOf(body, { byline: 'Par Someone Else' })).toBe('AFP');
  });

  it('reads "Posted by" and "By" lines, and a name after a lone "by"', () => {
    expect(bylineOf('<footer><p>Posted by Alon Zakai.</p></footer>')).toBe('Alon Zakai');
    expect(bylineOf('<div>Posted by kovarex, TOGos on 2019-02-15, <a href="/">all posts</a></div>')).toBe('kovarex, TOGos');
    expect(bylineOf('<h5>2/26/2015 7:11 AM PST BY TMZ STAFF</h5>')).toBe('TMZ STAFF');
    expect(bylineOf('<small>On 6/13/2018 by @lazharichir</small>')).toBe('@lazharichir');
    expect(bylineOf('<div><span>by</span> <h3><a href="/p/1">Sleyca</a></h3></div>')).toBe('Sleyca');
    expect(bylineOf('<div class="article-author">Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC</div>')).toBe('Joe Wee');
    // A class or id says "author" in any case.
    expect(bylineOf('<div class="PostAuthor">Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC</div>')).toBe('Joe Wee');
    expect(bylineOf('<div id="BYLINE">Joe Wee Monday, February 29, 2016</div>')).toBe('Joe Wee');
  });

  it('takes no sentence that merely contains "by" for a byline', () => {
    expect(bylineOf('<p>By clicking here you agree to the terms.</p>')).toBeUndefined();
    expect(bylineOf('<p>It began in the <a href="/x">codebase</a> by <a href="/y">Dave Hyatt</a>, who left.</p>')).toBeUndefined();
    expect(bylineOf('<p>Powered by WordPress</p>')).toBeUndefined();
  });

  it('gives a section front no byline: its markup holds the bylines of the stories it lists', () => {
    const head = `<title>Section</title>${ldJson({ '@type': 'CollectionPage', name: 'Section' })}`;
    expect(bylineOf('<p>By Tariq Panja</p>', { byline: 'Tariq Panja' }, head)).toBeUndefined();
  });

  it('drops a home page in parentheses, and reads one author stated as RDFa and as HTML once', () => {
    expect(bylineOf('', {}, '<meta name="author" content="Bradley M. Kuhn (http://ebb.org/bkuhn/)">')).toBe(
      'Bradley M. Kuhn',
    );
    expect(
      bylineOf('', {}, '<meta name="DC.creator" content="Ann Lee (name)"><meta property="dc:creator" content="Ann Lee">'),
    ).toBe('Ann Lee');
  });
});

describe('extractMetadata: dates in the page body', () => {
  const dateOf = (head: string, body: string) => citationOf(page(head, body)).publishedTime;

  it('reads microdata on <time>, skipping dates of embedded media', () => {
    const body = `
      <div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12T13:11:07Z"></div>
      <article itemscope itemtype="https://schema.org/Article">
        <span itemprop="author" itemscope itemtype="https://schema.org/Person">
          <time itemprop="datePublished" content="2017-01-18T23:00:00-0800">January 18, 2017</time>
        </span>
      </article>`;
    expect(dateOf('', body)).toBe('2017-01-18T23:00:00-08:00');
  });

  it('reads <time pubdate>, the h-entry class, then the first dated <time> in the article', () => {
    expect(dateOf('', '<time pubdate datetime="2011-11-11">x</time>')).toBe('2011-11-11');
    expect(dateOf('', '<time class="dt-published" datetime="2012-12-12T12:12">x</time>')).toBe('2012-12-12T12:12');
    expect(dateOf('', '<time datetime="2001-01-01">x</time><article><time datetime="2013-03-13">y</time></article>')).toBe(
      '2013-03-13',
    );
    // A <time> outside any article could be anything: a comment, a related story.
    expect(dateOf('', '<time datetime="2001-01-01">x</time>')).toBeUndefined();
  });

  it('prefers meta tags to the page body, and never reads a modified date', () => {
    expect(
      dateOf(
        '<meta property="article:modified_time" content="2020-01-01"><meta name="date" content="2016-02-29">',
        '<article><time datetime="2019-09-09">y</time></article>',
      ),
    ).toBe('2016-02-29');
  });

  it('leaves the date out when nothing readable is stated', () => {
    expect(dateOf('<meta property="article:published_time" content="yesterday">', '')).toBeUndefined();
    expect(dateOf('<meta name="date" content="05/08/2014">', '')).toBeUndefined();
  });
});

describe('extractMetadata: dates the markup shows without metadata', () => {
  const dateOf = (body: string, head = '<title>T</title>') => citationOf(page(head, body)).publishedTime;

  it("reads hAtom's <abbr title> and elements whose class says they hold the date", () => {
    expect(dateOf('<abbr class="published" itemprop="datePublished" title="2016-05-08T00:55:00-07:00">12:55 AM</abbr>')).toBe(
      '2016-05-08T00:55:00-07:00',
    );
    expect(dateOf('<dl><dt class="published">Published:</dt><dd class="published">2017-08-15</dd></dl>')).toBe('2017-08-15');
    expect(dateOf('<h5 class="article-posted-date">2/26/2015 7:11 AM PST BY TMZ STAFF</h5>')).toBe('2015-02-26');
    expect(dateOf('<p class="topAttributionWithDate">Tuesday 15 October 2019 by Ann Lee</p>')).toBe('2019-10-15');
    expect(dateOf('<span class="pubTime">2016年10月14日07:17</span>')).toBe('2016-10-14T07:17');
    expect(dateOf('<time class="date" datetime="2016-10-13T17:00:03.000Z">October 13, 2016</time>')).toBe('2016-10-13T17:00:03Z');
    expect(dateOf('<span class="publish-time" data-publishtime="1425913200851"><a>3/09/15 8:00am</a></span>')).toBe(
      '2015-03-09T15:00:00Z',
    );
    expect(dateOf('<div class="article-author">Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC</div>')).toBe('2016-02-29');
    expect(dateOf('<div>Posted by kovarex, TOGos on 2019-02-15, <a href="/">all posts</a></div>')).toBe('2019-02-15');
  });

  it('reads no date that is not a whole one, not the page\'s, or on a section front', () => {
    expect(dateOf('<span class="pb-timestamp">March 18 at 12:22 PM</span>')).toBeUndefined();
    expect(dateOf('<span class="date">03/04/2016</span>')).toBeUndefined();
    expect(dateOf('<span class="reference-accessdate">. Retrieved 2016-05-01</span>')).toBeUndefined();
    expect(dateOf('<span class="bday dtstart published updated">1998-02-28</span>')).toBeUndefined();
    expect(dateOf('<p class="last-updated">Updated March 9, 2017</p>')).toBeUndefined();
    expect(dateOf('<time datetime="2023-12-20T20:09:56Z">Wednesday</time>')).toBeUndefined();
    // Two byline blocks: an edition of several articles, each with its own date.
    expect(
      dateOf('<div class="FeatureByline">By A. B. March 25, 2015</div><div class="FeatureByline">By C. D. March 24, 2015</div>'),
    ).toBeUndefined();
    const front = `<title>Section</title>${ldJson({ '@type': 'CollectionPage', name: 'Section' })}`;
    expect(dateOf('<span class="date">March 25, 2015</span>', front)).toBeUndefined();
  });
});

describe('readMetadata: when the page last changed (#3)', () => {
  it("reads JSON-LD's dateModified, never as the citation's date", () => {
    // Wikipedia's shape: datePublished is the page's first version.
    const html = page(ldJson({ '@context': 'https://schema.org', '@type': 'Article', name: 'New Zealand', datePublished: '2001-10-29T01:59:14Z', dateModified: '2019-09-26T11:35:37Z' }));
    const { citation, updatedTime } = readMetadata(parse(html), pageUrl);
    expect(citation.publishedTime).toBe('2001-10-29T01:59:14Z');
    expect(updatedTime).toBe('2019-09-26T11:35:37Z');
  });

  it('reads article:modified_time and og:updated_time, and nothing from a page that states none', () => {
    expect(readMetadata(parse(page('<meta property="article:modified_time" content="2024-01-05">')), pageUrl).updatedTime).toBe('2024-01-05');
    expect(readMetadata(parse(page('<meta property="og:updated_time" content="not a date"><meta property="og:updated_time" content="2023-02-01T10:00:00Z">')), pageUrl).updatedTime).toBe('2023-02-01T10:00:00Z');
    expect(readMetadata(parse(page('<meta property="article:published_time" content="2016-02-29">')), pageUrl)).not.toHaveProperty('updatedTime');
  });
});

describe('datelineCandidates', () => {
  // What it stands in for: the selector a browser matches slowly on a large page.
  const selector = [
    'time[datetime]', '[class*="date" i]', '[class*="time" i]', '[class*="publish" i]', '[class*="posted" i]',
    '[class*="author" i]', '[class*="byline" i]', '[class*="attribution" i]',
  ].join(', ');
  const body = [
    '<div class="UpdateDate"><span class="x">a</span><time datetime="2016-02-29">b</time><time>c</time></div>',
    '<p class="ByLine">d</p><p class="AttributionBox">e</p><p class="posted-on">f</p><p class="times">g</p>',
    '<p class="publisher-name">h</p><p id="date">i</p><p class="">j</p><p>k</p>',
    '<svg class="timeline-icon"><title class="date">l</title></svg>',
    ...Array.from({ length: 640 }, (_, i) => `<span class="${i % 2 ? 'post-date' : 'other'}">${i}</span>`),
  ].join('');
  const html = page('<title>T</title>', body, 'lang="en" class="js datepicker"');
  const parsers: [string, (html: string) => Document][] = [
    ['the browser DOM', parse],
    ['linkedom', (text) => parseHTML(text).document as unknown as Document],
  ];

  it.each(parsers)('finds the first 300 elements the selector finds, in document order (%s)', (_name, parseWith) => {
    const doc = parseWith(html);
    const expected = Array.from(doc.querySelectorAll(selector)).slice(0, 300);
    const found = datelineCandidates(doc);
    expect(found).toHaveLength(300);
    expect(found.every((element, i) => element === expected[i])).toBe(true);
    expect(found[0]).toBe(doc.documentElement);
  });
});

describe('extractMetadata: poor and hostile pages', () => {
  it('makes do with nothing but <title>', () => {
    expect(citationOf('<html><head><title>  Just   a title </title></head><body></body></html>')).toEqual({
      url: pageUrl,
      canonicalUrl: pageUrl,
      title: 'Just a title',
    });
  });

  it('falls back to the URL for a title, and to Readability for the rest', () => {
    const citation = citationOf('<html><body><p>x</p></body></html>', pageUrl, {
      byline: 'By  Someone',
      siteName: 'Site',
      publishedTime: 'February 29, 2016',
      excerpt: 'From Readability.',
      lang: 'fr',
    });
    expect(citation).toEqual({
      url: pageUrl,
      canonicalUrl: pageUrl,
      title: pageUrl,
      byline: 'Someone',
      siteName: 'Site',
      publishedTime: '2016-02-29',
      lang: 'fr',
      excerpt: 'From Readability.',
    });
    expect(citationOf('<html><body></body></html>', pageUrl, { title: 'Readability title' }).title).toBe(
      'Readability title',
    );
    expect(citationOf('<html><body></body></html>', pageUrl, { publishedTime: 'last week' }).publishedTime).toBeUndefined();
  });

  it('survives wrong types, broken JSON, __proto__ keys, huge strings and script URLs', () => {
    const huge = 'x'.repeat(1_000_000);
    const html = page(`
      <title>Fallback title</title>
      <link rel="canonical" href="javascript:alert(1)">
      <meta property="og:url" content="data:text/html,hello">
      <script type="application/ld+json">{"@type": "Article", "headline": "broken",</script>
      <script type="application/ld+json">null</script>
      <script type="application/ld+json">[[[[[[[[[[{"@type": "Article", "headline": "too deep"}]]]]]]]]]]</script>
      <script type="application/ld+json">{"__proto__": {"headline": "polluted", "@type": "Article"}, "@type": "WebPage"}</script>
      ${ldJson({
        '@type': ['Article', 7, null],
        headline: 42,
        name: ['not', 'a', 'string'],
        author: [[null, 7, { name: ['x'] }, { '@id': 'nowhere' }], { name: huge }],
        publisher: 'Not an object',
        datePublished: { year: 2016 },
        dateCreated: huge,
        description: huge,
        url: 'javascript:alert(1)',
      })}`);
    const citation = citationOf(html);
    expect(citation.title).toBe('Fallback title');
    expect(citation.canonicalUrl).toBe(pageUrl);
    expect(citation.byline?.length).toBeLessThanOrEqual(1000);
    expect(citation.excerpt?.length).toBeLessThanOrEqual(5000);
    expect(citation.publishedTime).toBeUndefined();
    expect(({} as Record<string, unknown>).headline).toBeUndefined();

    const long = citationOf(page(ldJson({ '@type': 'Article', headline: `Long ${huge}` })));
    expect(long.title).toHaveLength(2000);
  });

  it('never touches the document', () => {
    const html = page(`<title>T - S</title><meta property="og:site_name" content="S">${ldJson({ '@type': 'Article', headline: 'T' })}`,
      '<article><time datetime="2016-02-29">x</time></article>');
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    extractMetadata(doc, pageUrl);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractMetadata under linkedom (the Node `npm run extract` path)', () => {
  it('reads the same citation as in the browser DOM', () => {
    const html = page(`
      <title>Ten facts | The Example Times</title>
      <link rel="canonical" href="https://example.org/ten-facts">
      <meta property="og:site_name" content="The Example Times">
      ${ldJson({ '@type': 'NewsArticle', headline: 'Ten facts', author: ['Ann Lee', 'Bo Chen'], datePublished: '2016-02-29' })}`,
      '<article itemscope itemtype="https://schema.org/Article"><time itemprop="datePublished" datetime="2016-02-28">x</time></article>');
    const { document } = parseHTML(html);
    const underLinkedom = extractMetadata(document, pageUrl);
    expect(underLinkedom).toEqual(extractMetadata(parse(html), pageUrl));
    expect(underLinkedom).toMatchObject({ title: 'Ten facts', byline: 'Ann Lee and Bo Chen', publishedTime: '2016-02-29' });
  });
});

describe('toStatedDate', () => {
  const cases: [string, string | undefined][] = [
    ['2016-02-29', '2016-02-29'],
    ['2016-02-29T10:00:00Z', '2016-02-29T10:00:00Z'],
    ['2016-02-29T10:00:00+01:00', '2016-02-29T10:00:00+01:00'],
    ['2016-02-29T10:00:00.000Z', '2016-02-29T10:00:00Z'],
    ['2023-12-20T20:09:56.0000000Z', '2023-12-20T20:09:56Z'],
    ['2017-11-24T18:42:20.314667', '2017-11-24T18:42:20'],
    ['2016-02-29 10:00:00', '2016-02-29T10:00:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2015-07-10 09:53:00 -0400', '2015-07-10T09:53:00-04:00'],
    ['2016-02-29T10:00+05', '2016-02-29T10:00+05:00'],
    ['2018-04-05T06:00', '2018-04-05T06:00'],
    ['2016-02-29 10:00:00 UTC', '2016-02-29T10:00:00Z'],
    ['2016-02', '2016-02'],
    ['20170113', '2017-01-13'],
    ['20170113033838', '2017-01-13T03:38:38'],
    ['2016/02/29', '2016-02-29'],
    ['29.02.2016', '2016-02-29'],
    ['05/29/2007 09:49:00', '2007-05-29T09:49:00'],
    ['29/05/2007', '2007-05-29'],
    ['07/07/2007', '2007-07-07'],
    ['February 29, 2016', '2016-02-29'],
    ['Feb. 29, 2016', '2016-02-29'],
    ['JAN. 13, 2017', '2017-01-13'],
    ['29 February 2016', '2016-02-29'],
    ['2016年10月14日07:17', '2016-10-14T07:17'],
    ['2016年2月30日', undefined],
    ['Monday, February 29th, 2016', '2016-02-29'],
    ['the 29th of February 2016', undefined],
    ['29th of February, 2016', '2016-02-29'],
    ['Thursday 27 July 2017', '2017-07-27'],
    ['February 2016', '2016-02'],
    ['March 11, 2015 3:46 PM', '2015-03-11T15:46'],
    ['March 11, 2015 at 12:05 am', '2015-03-11T00:05'],
    ['Mon, 29 Feb 2016 10:00:00 GMT', '2016-02-29T10:00:00Z'],
    ['Mon, 29 Feb 2016 10:00:00 +0100', '2016-02-29T10:00:00+01:00'],
    ['Mon, 29 Feb 2016 10:00:00 EST', '2016-02-29T10:00:00-05:00'],
    ['Sat Dec 07 2024 01:36:42 GMT+0000 (UTC)', '2024-12-07T01:36:42+00:00'],
    // A zone name outside RFC 2822 is not an offset we may assume: the date stays, the time goes.
    ['January 18, 2017 11:00 PM PST', '2017-01-18'],
    ['Feb 29, 2016 10:00 IST', '2016-02-29'],
    // Ambiguous, impossible or not a date at all.
    ['05/08/2014', undefined],
    ['2015-02-29', undefined],
    ['2016-13-01', undefined],
    ['2016-02-30', undefined],
    ['2016-02-29T25:00:00Z', undefined],
    ['2016-02-29T10:00:00+25:00', undefined],
    ['2016', undefined],
    ['0000-00-00', undefined],
    ['0001-01-01T00:00:00', undefined],
    ['PDT08:05:41-07:00', undefined],
    ['yesterday', undefined],
    ['8h', undefined],
    ['2016-02-29 by Jane Doe', undefined],
    ['', undefined],
    ['   ', undefined],
    [`2016-02-29${' '.repeat(1_000_000)}`, undefined],
  ];

  const labelled = cases.map(([raw, expected]) => {
    const label = raw.length > 60 ? `${JSON.stringify(raw.slice(0, 12))}… (${raw.length} characters)` : JSON.stringify(raw);
    return [label, raw, expected] as const;
  });

  it.each(labelled)('%s → %j', (_label, raw, expected) => {
    const result = toStatedDate(raw);
    expect(result).toBe(expected);
    if (result) expect(StatedDate.safeParse(result).success).toBe(true);
  });
});
