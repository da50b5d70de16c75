/**
 * Citation fields a page states about itself. Pure reading: the document is
 * never modified, and only a handful of selectors run (meta, link, ld+json
 * scripts, time), so it stays fast on 10 MB pages and works the same in a
 * content script, happy-dom and linkedom.
 */
import type { Citation } from '../schema';
import type { ReadabilityFields } from './article';
import { readJsonLd } from './metadata/json-ld';
import { readMetaTags } from './metadata/meta-tags';
import { publishedTime, updatedTime } from './metadata/published-time';
import { bylineNames, markupByline, microdataByline } from './metadata/byline';
import { cleanText, firstText, joinNames, maxLength } from './metadata/text';
import {
  describesAnotherPage,
  firstTitle,
  headings,
  headlineOrName,
  mayHaveAffix,
  splitTitle,
  stripSiteName,
} from './metadata/title';
import { canonicalLink, documentBase, resolveWebUrl } from './metadata/urls';

/**
 * The page's citation: JSON-LD, OpenGraph, article/citation/Dublin Core
 * meta tags, <time datetime>, link[rel=canonical]; Readability's fields as
 * the fallback. `publishedTime` is ISO 8601 or absent, never guessed.
 */
export function extractMetadata(doc: Document, url: string, fallback: ReadabilityFields = {}): Citation {
  return readMetadata(doc, url, fallback).citation;
}

/** What extraction reads of the page besides its article. */
export interface PageMetadata {
  citation: Citation;
  /** When the page says it last changed (ISO 8601): not part of the citation, but the latest date its text may speak of. */
  updatedTime?: string;
}

/** The page's citation, and when it last changed: one read of its meta tags and JSON-LD for both. */
export function readMetadata(doc: Document, url: string, fallback: ReadabilityFields = {}): PageMetadata {
  const meta = readMetaTags(doc);
  const base = documentBase(doc, url);
  const canonical = canonicalLink(doc, base);
  const ogUrl = resolveWebUrl(meta.first('og:url'), base);
  const ld = readJsonLd(doc, [canonical, ogUrl, url].filter((u): u is string => !!u));

  const canonicalUrl =
    canonical ?? ogUrl ?? ld.urls.map((u) => resolveWebUrl(u, base)).find(Boolean) ?? url;

  const statedSiteName = firstText(
    maxLength.siteName,
    ld.publisherName,
    meta.first('og:site_name'),
    meta.first('citation_journal_title', 'citation_conference_title', 'citation_publisher', 'dc.publisher'),
    ld.websiteName,
  );

  const byline =
    ld.byline ??
    joinNames(meta.all('citation_author')) ??
    // article:author is often a profile URL; joinNames drops those.
    joinNames(meta.all('article:author')) ??
    joinNames(meta.all('dc.creator')) ??
    joinNames(meta.all('dcterms.creator')) ??
    joinNames(meta.all('author')) ??
    joinNames([meta.first('parsely-author', 'sailthru.author', 'byl', 'article:author_name')]) ??
    // A section front's markup is full of its stories' bylines, none of them its own.
    (ld.isCollection ? undefined : bylineFromMarkup(doc, fallback.byline));

  const documentTitle = cleanText(typeof doc.title === 'string' ? doc.title : undefined, maxLength.title);
  // The page's h1/h2s are read only when a title needs them (under linkedom, reading them costs a walk of the page).
  let readHeadings: string[] | undefined;
  const pageHeadings = () => (readHeadings ??= headings(doc));
  const ogTitle = cleanText(meta.first('og:title'), maxLength.title);
  const twitterTitle = cleanText(meta.first('twitter:title'), maxLength.title);
  // A section's og:title on an article (yahoo-2): the <title> and the h1 agree on another headline.
  const sharedTitles = (text: string | undefined) =>
    text && documentTitle && describesAnotherPage(text, documentTitle, pageHeadings) ? undefined : text;
  const titleCandidates = [
    headlineOrName(ld.headline, ld.name, {
      siteNames: [statedSiteName, ld.publisherName, ld.websiteName],
      reference: `${documentTitle ?? ''} ${ogTitle ?? ''}`,
    }),
    sharedTitles(ogTitle),
    meta.first('citation_title'),
    meta.first('dc.title', 'dcterms.title'),
    sharedTitles(twitterTitle),
    meta.first('parsely-title', 'sailthru.title', 'title'),
    documentTitle,
  ].map((text) => cleanText(text, maxLength.title));
  const statedTitle = titleCandidates.find(Boolean);
  // The headlines the page states besides the one picked, to tell a site's name stuck to it.
  // The stated titles are tried first; the page's headings only when they tell nothing.
  const splitAgainstHeadlines = (text: string, also: (string | undefined)[] = []) => {
    const others = (list: readonly (string | undefined)[]) => list.filter((other) => other && other !== text);
    return (
      splitTitle(text, others([...also, ...titleCandidates])) ??
      (mayHaveAffix(text) ? splitTitle(text, others(pageHeadings())) : undefined)
    );
  };
  const split = statedTitle ? splitAgainstHeadlines(statedTitle) : undefined;
  const titleSite = documentTitle ? splitAgainstHeadlines(documentTitle, [split?.headline])?.site : undefined;

  const siteName = statedSiteName ?? titleSite ?? split?.site ?? cleanText(fallback.siteName, maxLength.siteName);
  const siteNames = [siteName, meta.first('og:site_name'), ld.publisherName, ld.websiteName].map((name) =>
    cleanText(name, maxLength.siteName),
  );
  const title =
    firstTitle([split?.headline ?? statedTitle, fallback.title], (text) =>
      stripSiteName(text, { siteNames, bylines: [byline] }),
    ) ??
    cleanText(url, maxLength.title) ??
    '';

  const excerpt = firstText(
    maxLength.excerpt,
    meta.first('og:description'),
    meta.first('description'),
    meta.first('twitter:description'),
    meta.first('dc.description', 'dcterms.description', 'dc.description.abstract', 'dcterms.abstract'),
    meta.first('citation_abstract'),
    ld.description,
    fallback.excerpt,
  );

  const lang = [
    doc.documentElement?.getAttribute('lang'),
    ld.inLanguage,
    meta.first('http-equiv:content-language', 'content-language'),
    meta.first('og:locale'),
    fallback.lang,
  ]
    .map(languageTag)
    .find(Boolean);

  const citation = withoutBlanks({
    url,
    canonicalUrl,
    title,
    byline,
    siteName,
    publishedTime: publishedTime(doc, { jsonLd: ld, meta, fallback: fallback.publishedTime }),
    lang,
    excerpt,
  });
  const updated = updatedTime({ jsonLd: ld, meta });
  return updated ? { citation, updatedTime: updated } : { citation };
}

/**
 * The byline the markup shows, for a page whose metadata names no author:
 * microdata, then Readability's (made into names), then a "By …" line.
 */
function bylineFromMarkup(doc: Document, readabilityByline: string | undefined): string | undefined {
  return (
    microdataByline(doc) ??
    // Readability reads the byline from the markup, with whatever sits beside it.
    (readabilityByline ? bylineNames(readabilityByline) : undefined) ??
    markupByline(doc)
  );
}

/** A BCP 47 tag ("en", "pt-BR"); og:locale's "en_US" becomes "en-US". Anything else is not a language. */
function languageTag(value: string | null | undefined): string | undefined {
  const tag = value?.trim().replace(/_/g, '-');
  return tag && tag.length <= maxLength.lang && /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(tag) ? tag : undefined;
}

/** Absent fields are left out rather than set to undefined, so the citation reads the same after cloning. */
function withoutBlanks(citation: Citation): Citation {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(citation)) if (value !== undefined) result[key] = value;
  return result as Citation;
}
