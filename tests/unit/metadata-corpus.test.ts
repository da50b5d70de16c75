/**
 * extractMetadata on real pages from the shared Readability corpus
 * (../shared/corpus/readability-pages). The expected values below were not
 * copied from Readability's expected-metadata.json, which misses many dates
 * and bylines the pages do state: each was checked by eye in the page's
 * source.html — the JSON-LD scripts, the <meta> and <link rel=canonical>
 * tags, the <time> elements and their microdata scope — and, where the page
 * states two different values (medium-3's JSON-LD and article:published_time
 * disagree), against the date the page shows its readers. The pages are
 * passed the address Readability's own tests use, so a canonicalUrl other
 * than that one was found on the page. No Readability fallback is passed:
 * these are the fields the page states about itself, in its metadata or in
 * the byline its markup shows ("By …", "Posted by …").
 * Dates are ISO 8601 as the page wrote them (offset kept, fractions of a
 * second dropped); a date the page writes ambiguously is left out (ehow-2).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractMetadata } from '../../lib/extract/metadata';
import { Citation } from '../../lib/schema';

const corpus = path.resolve(__dirname, '../../../shared/corpus/readability-pages');
const corpusPresent = fs.existsSync(corpus);
if (!corpusPresent) {
  console.warn(`Skipping the metadata corpus tests: ${corpus} is absent (it comes with ../shared, beside the project).`);
}

/** The address Readability's tests give every page. */
const pageUrl = 'http://fakehost/test/page.html';

interface Expected {
  title: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  canonicalUrl: string;
}

const pages: Record<string, Expected> = {
  // JSON-LD NewsArticle whose `name` is the site's name; author array; +0100 offset.
  aktualne: {
    title: 'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout',
    byline: 'Aleš Vávra',
    siteName: 'Aktuálně.cz',
    publishedTime: '2021-11-01T10:52:50+01:00',
    canonicalUrl:
      'https://sport.aktualne.cz/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/',
  },
  // JSON-LD Article whose `headline` is a description and `name` the title.
  'wikipedia-2': {
    title: 'New Zealand',
    byline: 'Contributors to Wikimedia projects',
    siteName: 'Wikimedia Foundation, Inc.',
    publishedTime: '2001-10-29T01:59:14Z',
    canonicalUrl: 'https://en.wikipedia.org/wiki/New_Zealand',
  },
  // A wiki page with no JSON-LD, no OpenGraph and no date: <title> and the canonical link only.
  // The h1 "Mozilla" shows where the headline ends and " - Wikipedia", the site, begins.
  wikipedia: {
    title: 'Mozilla',
    siteName: 'Wikipedia',
    canonicalUrl: 'https://en.wikipedia.org/wiki/Mozilla',
  },
  // Medium: the JSON-LD publisher is the publication, og:site_name the platform.
  'lazy-image-1': {
    title: 'Node.js and CPU profiling on production (in real-time without downtime)',
    byline: 'Vincent Vallet',
    siteName: 'Voodoo Engineering',
    publishedTime: '2019-10-18T17:23:34Z',
    canonicalUrl:
      'https://medium.com/voodoo-engineering/node-js-and-cpu-profiling-on-production-in-real-time-without-downtime-d6e62af173e2',
  },
  // JSON-LD headline "… - John C. Welch - Medium": author and site stripped. The page shows
  // "Oct 15, 2015", as its JSON-LD says; its article:published_time (2015-12-11) is not used.
  'medium-3': {
    title: 'Samantha and The Great Big Lie',
    byline: 'John C. Welch',
    siteName: 'Medium',
    publishedTime: '2015-10-15T02:19:15Z',
    canonicalUrl: 'https://medium.com/@johncwelch/samantha-and-the-great-big-lie-d146a92473a1',
  },
  // Two JSON-LD authors; microseconds in datePublished; non-breaking spaces in the headline.
  'videos-2': {
    title: 'Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…',
    byline: 'Alexandre Hervaud and Jérémy Piette',
    siteName: 'Libération',
    publishedTime: '2017-11-24T18:42:20',
    canonicalUrl: 'https://next.liberation.fr/culture/2017/11/24/screenshot-vape-wave-6-days-alphonse-president_1612047',
  },
  // Four JSON-LD scripts (VideoObjects first, an @context object); the article's date is the
  // one it shows ("Dec. 6, 2024, 10:00 PM UTC"), not article:published_time.
  'schema-org-context-object': {
    title: 'South Korean president’s impeachment fails after ruling party lawmakers walk out',
    byline: 'Stella Kim and Jennifer Jett',
    siteName: 'NBC News',
    publishedTime: '2024-12-06T22:00:40Z',
    canonicalUrl:
      'https://www.nbcnews.com/news/world/south-korea-martial-law-president-yoon-suk-yeol-impeachment-vote-rcna183138',
  },
  // Top-level JSON-LD array; the canonical link sits in <body> (https), og:url says http.
  'article-author-tag': {
    title: 'The Deck of Cards That Made Tarot A Global Phenomenon',
    byline: 'Laura June Topolsky',
    siteName: 'Atlas Obscura',
    publishedTime: '2015-07-10T09:53:00-04:00',
    canonicalUrl: 'https://www.atlasobscura.com/articles/the-deck-of-cards-that-made-tarot-a-global-phenomenon',
  },
  // OpenGraph only; og:title ends in " - Breitbart", the og:site_name. The byline's
  // markup glues the date and a comment count to the name: "by Lucas Nolan22 Dec 2016651".
  breitbart: {
    title: "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
    byline: 'Lucas Nolan',
    siteName: 'Breitbart',
    publishedTime: '2016-12-22T10:43:37-08:00',
    canonicalUrl:
      'http://www.breitbart.com/tech/2016/12/22/neutral-snopes-fact-checker-david-emery-un-angry-trump-supporters/',
  },
  // Only an Organization in JSON-LD; meta author; microdata <meta itemprop=datePublished> in the NewsArticle.
  'citylab-1': {
    title: 'The Modern Ambitions Behind Neon',
    byline: 'Sarah Archer',
    siteName: 'CityLab',
    publishedTime: '2019-04-30T13:39:00-04:00',
    canonicalUrl: 'https://www.citylab.com/design/2019/04/neon-signage-20th-century-history/588400/',
  },
  // <time itemprop=datePublished content=…> nested (wrongly) in the author's Person item.
  cnet: {
    title: "Zuckerberg offers peek at Facebook's acquisition strategies",
    byline: 'Steven Musil',
    siteName: 'CNET',
    publishedTime: '2017-01-18T23:00:00-08:00',
    canonicalUrl: 'https://www.cnet.com/news/zuckerberg-offers-peek-at-facebooks-acquisition-strategies/',
  },
  // publishdate "05/29/2007 09:49:00": month first, since 29 cannot be a month; og:title ends "| eHow".
  'ehow-1': {
    title: 'How to Build a Terrarium',
    byline: 'Lucy Akins',
    siteName: 'eHow',
    publishedTime: '2007-05-29T09:49:00',
    canonicalUrl: 'http://www.ehow.com/how_2042752_build-terrarium.html',
  },
  // publish_date "05/08/2014" is 8 May or 5 August: left out rather than guessed.
  'ehow-2': {
    title: 'How to Throw a Graduation Party on a Budget',
    byline: 'Gina Roberts-Grey',
    siteName: 'eHow',
    canonicalUrl: 'http://www.ehow.com/how_4851888_throw-graduation-party-budget.html',
  },
  // Dublin Core: DC.Title, two DC.Creator written "Surname, Given", DC.Date.Issued.
  'ietf-1': {
    title: 'remoteStorage',
    byline: 'Kooman, F.; Jong, Michiel de',
    publishedTime: '2014-12-15',
    canonicalUrl: pageUrl,
  },
  // meta name=date without a zone; DC.creator is the magazine.
  heise: {
    title: '1Password für Mac generiert Einmal-Passwörter',
    byline: 'Mac & i',
    siteName: 'Mac & i',
    publishedTime: '2015-04-08T12:46:00',
    canonicalUrl: 'http://www.heise.de/mac-and-i/meldung/1Password-fuer-Mac-generiert-Einmal-Passwoerter-2596987.html',
  },
  // article:published (NYT's own name); article:author is a profile URL, meta author the name.
  // No og:site_name: the site is what the <title> adds to the og:title.
  'nytimes-1': {
    title: 'United States to Lift Sudan Sanctions',
    byline: 'Jeffrey Gettleman',
    siteName: 'The New York Times',
    publishedTime: '2017-01-13T00:00:04-05:00',
    canonicalUrl: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html',
  },
  // A section front: CollectionPage JSON-LD, the NewsMediaOrganization as the site, no date.
  'nytimes-5': {
    title: 'The New York Times en Español',
    siteName: 'The New York Times',
    canonicalUrl: 'https://www.nytimes.com/es/',
  },
  // Parse.ly tags only.
  'parsely-metadata': {
    title: 'Some Other Title',
    byline: 'Jane Doe',
    publishedTime: '2024-04-20T04:20:00Z',
    canonicalUrl: pageUrl,
  },
  // The first itemprop=datePublished belongs to an embedded VideoObject; the Article's comes later.
  // "By GILLIAN MOHNEY" in cite.byline.
  'yahoo-3': {
    title: 'Veteran Wraps Baby in American Flag, Photo Sparks Controversy',
    byline: 'GILLIAN MOHNEY',
    siteName: 'Yahoo',
    publishedTime: '2015-03-11T19:46:14Z',
    canonicalUrl:
      'https://gma.yahoo.com/veteran-wraps-baby-american-flag-photo-sparks-controversy-175203890--abc-news-topstories.html',
  },
  // WordPress: <time class="date published">; og:title ends in "– Firefox Nightly News".
  'firefox-nightly-blog': {
    title: 'These Weeks in Firefox: Issue 85',
    siteName: 'Firefox Nightly News',
    publishedTime: '2020-12-18T16:09:48+00:00',
    canonicalUrl: 'https://blog.nightly.mozilla.org/2020/12/18/these-weeks-in-firefox-issue-85/',
  },
  // The date only in a <time datetime> inside <article> (its sibling "PDT08:05:41-07:00" is not a date).
  // "Posted by Nikhil Marathe on March 10, 2015".
  '002': {
    title: 'This API is so Fetching!',
    byline: 'Nikhil Marathe',
    siteName: 'Mozilla Hacks – the Web developer blog',
    publishedTime: '2015-03-10T08:05:41-07:00',
    canonicalUrl: 'https://hacks.mozilla.org/2015/03/this-api-is-so-fetching/',
  },
  // og:site_name is a URL (kept: it is what the page states); no date anywhere in its
  // metadata, but h5.article-posted-date "2/26/2015 7:11 AM PST BY TMZ STAFF" under the
  // headline: 26 cannot be a month, and PST is no offset outside RFC 2822, so the day alone.
  'tmz-1': {
    title: "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!",
    byline: 'TMZ STAFF',
    publishedTime: '2015-02-26',
    siteName: 'http://www.tmz.com',
    canonicalUrl: 'http://www.tmz.com/2015/02/26/lupita-nyongo-pearl-dress-stolen-oscars/',
  },
  // A blog's JSON-LD Article with a date and no time.
  'toc-missing': {
    title: 'Simple Anomaly Detection Using Plain SQL',
    byline: 'Haki Benita',
    siteName: 'Haki Benita',
    publishedTime: '2020-09-21',
    canonicalUrl: 'https://hakibenita.com/sql-anomaly-detection',
  },
  // Medium without JSON-LD: article:author is a profile URL, meta author the name.
  'keep-images': {
    title: 'Inside the Deep Web Drug Lab',
    byline: 'Joseph Cox',
    siteName: 'Medium',
    publishedTime: '2015-03-27T13:07:55Z',
    canonicalUrl: 'https://medium.com/backchannel/inside-the-deep-web-drug-lab-9718cd0fe504',
  },
  // No meta tags but a description: the date from <time itemprop=datePublished>.
  // "Posted by Alon Zakai." in the footer.
  // The second h1 is the headline; the <title> adds " · V8", the first h1.
  'v8-blog': {
    title: 'Outside the web: standalone WebAssembly binaries using Emscripten',
    siteName: 'V8',
    byline: 'Alon Zakai',
    publishedTime: '2019-11-21',
    canonicalUrl: pageUrl,
  },
  // Tumblr's SocialMediaPosting with a plain-string author.
  tumblr: {
    title: 'Minecraft 1.8 - The Bountiful Update',
    byline: 'mcupdate',
    siteName: 'Minecraft Update News',
    publishedTime: '2014-09-02T08:35:27-04:00',
    canonicalUrl: 'http://mcupdate.tumblr.com/post/96439224994/minecraft-18-the-bountiful-update',
  },
  // A Chinese news page: meta publishdate and author; the <title> is "headline _section _site",
  // the h1 the headline.
  gmw: {
    title: '宇航员在太空中喝酒会怎么样？后果很严重',
    siteName: '光明网',
    byline: '肖春芳',
    publishedTime: '2017-03-10',
    canonicalUrl: pageUrl,
  },
  // Nothing but <title>, and "By John Gruber" in the sidebar.
  'daringfireball-1': {
    title: 'Daring Fireball: Colophon',
    byline: 'John Gruber',
    canonicalUrl: pageUrl,
  },
  // JSON-LD ReportageNewsArticle; the author's name has a trailing space in the page.
  folha: {
    title: 'Tite diz que errou ao levar taça da Libertadores a Lula em 2012',
    byline: 'Bruno (Henrique Zecchin) Rodrigues',
    siteName: 'Folha de S.Paulo',
    publishedTime: '2018-12-21T12:55:00Z',
    canonicalUrl:
      'https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml',
  },
};

/**
 * A happy-dom window of our own: the test environment's window reports every
 * stylesheet and iframe of a saved page it is not allowed to load, burying
 * the test output under stack traces.
 */
const quietWindow = new Window({
  settings: {
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    disableJavaScriptFileLoading: true,
    disableJavaScriptEvaluation: true,
    handleDisabledFileLoadingAsSuccess: true,
  },
});
afterAll(() => quietWindow.happyDOM.close());

/**
 * Browsers run this code on the live page; happy-dom stands in for them here,
 * and linkedom is what `npm run extract` uses under Node. Both must agree.
 */
const parsers: [string, (html: string) => Document][] = [
  ['happy-dom', (html) => new quietWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document],
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
];

/**
 * happy-dom's HTML parser stops at cnet's inline <svg> sprite sheet (it keeps
 * 105 of the page's 267 kB, with no <article> and no <time>); browsers and
 * linkedom read the whole page. That page is checked under linkedom only.
 */
const misparsedByHappyDom = new Set(['cnet']);

describe.skipIf(!corpusPresent).each(parsers)('extractMetadata on pages of the Readability corpus (%s)', (parser, parse) => {
  const names = Object.keys(pages).filter((name) => parser !== 'happy-dom' || !misparsedByHappyDom.has(name));
  it.each(names)('%s', (name) => {
    const html = fs.readFileSync(path.join(corpus, name, 'source.html'), 'utf8');
    const citation = extractMetadata(parse(html), pageUrl);
    expect(Citation.safeParse(citation).success).toBe(true);
    expect({
      title: citation.title,
      byline: citation.byline,
      siteName: citation.siteName,
      publishedTime: citation.publishedTime,
      canonicalUrl: citation.canonicalUrl,
    }).toEqual(pages[name]);
  });
});
