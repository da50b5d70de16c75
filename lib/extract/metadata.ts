/** Citation fields a page states about itself. (Being written: see issue #2.) */
import type { Citation } from '../schema';
import type { ReadabilityFields } from './article';

/**
 * The page's citation: JSON-LD, OpenGraph, article/citation/Dublin Core
 * meta tags, <time datetime>, link[rel=canonical]; Readability's fields as
 * the fallback. `publishedTime` is ISO 8601 or absent, never guessed.
 */
export function extractMetadata(doc: Document, url: string, fallback: ReadabilityFields = {}): Citation {
  return {
    url,
    canonicalUrl: url,
    title: fallback.title ?? doc.title ?? url,
    byline: fallback.byline,
    siteName: fallback.siteName,
    lang: fallback.lang,
    excerpt: fallback.excerpt,
  };
}
