/** When the page says it was published: the first stated date that reads as ISO 8601. */
import { toStatedDate } from '../stated-date';
import type { JsonLdFields } from './json-ld';
import type { MetaTags } from './meta-tags';
import { datelineDates, postedLineDates } from './dateline';
import { belongsToArticle } from './microdata';

/**
 * Meta tags that state the publication date, most specific first. Modified
 * dates (article:modified_time, dateModified) are never read for it: a
 * citation gives the date of publication (`updatedTime` below reads them).
 */
const publishedDateKeys = [
  'article:published_time',
  'article:published', // The New York Times
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'parsely-pub-date',
  'sailthru.date',
  'publishdate',
  'publish_date',
  'publish-date',
  'pubdate',
];

/**
 * <time> elements that mark the publication date without microdata, most
 * explicit first: the old `pubdate` attribute, then the h-entry and hAtom
 * classes. Selectors only: a 10 MB page is not walked by hand.
 */
const markedTimes = ['time[pubdate]', 'time.dt-published', 'time.published'];

export function publishedTime(
  doc: Document,
  { jsonLd, meta, fallback }: { jsonLd: JsonLdFields; meta: MetaTags; fallback?: string },
): string | undefined {
  const first = (raws: Iterable<string | null | undefined>) => {
    for (const raw of raws) {
      const date = raw ? toStatedDate(raw) : undefined;
      if (date) return date;
    }
    return undefined;
  };
  return (
    first(jsonLd.datesPublished) ??
    first(publishedDateKeys.flatMap((key) => meta.all(key))) ??
    first(jsonLd.datesCreated) ??
    first(microdataDates(doc)) ??
    first(markedTimeDates(doc)) ??
    // Last of all, the first dated <time> inside an <article>: a <time> elsewhere
    // is as likely a comment's or a related story's.
    first([firstTimeInArticle(doc)]) ??
    // A section front shows its stories' dates, none of them its own.
    (jsonLd.isCollection ? undefined : (first(datelineDates(doc)) ?? first(postedLineDates(doc)))) ??
    first([fallback])
  );
}

/** Meta tags that state when the page last changed, most specific first. */
const updatedDateKeys = ['article:modified_time', 'og:updated_time', 'dcterms.modified', 'dc.date.modified', 'last-modified'];

/**
 * When the page says it last changed, from its JSON-LD and meta tags: never
 * its citation's date, but the latest its text may speak of. A wiki page's
 * "published" date is its first version (2001 for Wikipedia's New Zealand),
 * and a roundup of statistics is updated every year under its first date;
 * the years their text states run up to this one (#3).
 */
export function updatedTime({ jsonLd, meta }: { jsonLd: JsonLdFields; meta: MetaTags }): string | undefined {
  for (const raw of [...jsonLd.datesModified, ...updatedDateKeys.flatMap((key) => meta.all(key))]) {
    const date = raw ? toStatedDate(raw) : undefined;
    if (date) return date;
  }
  return undefined;
}

/**
 * `itemprop="datePublished"` values that belong to the article or the page.
 * Pages embed other dated things (a VideoObject's upload date comes first on
 * Yahoo's pages), so a value whose item is another kind of work is passed over.
 */
function* microdataDates(doc: Document): Generator<string | null | undefined> {
  for (const element of Array.from(doc.querySelectorAll('[itemprop~="datePublished"]'))) {
    if (!belongsToArticle(element)) continue;
    // <meta content>, <time datetime>, or (as cnet does) <time content>; else the element's own short text.
    // <abbr title> is hAtom's way (Blogger: <abbr itemprop="datePublished" title="2016-05-08T00:55:00-07:00">12:55 AM</abbr>).
    yield element.getAttribute('content') ??
      element.getAttribute('datetime') ??
      (element.tagName.toUpperCase() === 'ABBR' ? element.getAttribute('title') : null) ??
      shortText(element);
  }
}

/**
 * One walk of the document for all the marked kinds, then each kind in order
 * of trust. The walk collects <time> elements by tag name, which browsers
 * answer from a fast path; a list of selectors would be matched on every element.
 */
function markedTimeDates(doc: Document): (string | null)[] {
  const found = Array.from(doc.getElementsByTagName('time')).filter((element) =>
    markedTimes.some((selector) => element.matches(selector)),
  );
  return markedTimes.flatMap((selector) =>
    found.filter((element) => element.matches(selector)).map((element) => element.getAttribute('datetime')),
  );
}

/** Articles first, then a <time> inside them: cheaper than `article time` on a page with thousands of <time>s. */
function firstTimeInArticle(doc: Document): string | undefined {
  for (const article of Array.from(doc.getElementsByTagName('article'))) {
    const datetime = article.querySelector('time[datetime]')?.getAttribute('datetime');
    if (datetime) return datetime;
  }
  return undefined;
}

function shortText(element: Element): string | undefined {
  const text = element.textContent ?? '';
  return text.length <= 100 ? text : undefined;
}
