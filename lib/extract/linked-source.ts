/**
 * Where a candidate's figure comes from, when its sentence links to it:
 * roundups of statistics cite by linking the figure or the publisher
 * ("<a href=https://www.pewresearch.org/...>72% of adults</a> use ...") rather
 * than by naming the source in the text (#3). Only a link to another site
 * counts: links within the page's own site are its navigation and its other
 * articles, and a link within the page is a footnote marker.
 */
import type { TextLink } from './plain-text';

export interface LinkedSource {
  url: string;
  /** The link's text when it names the source in a parenthesis: "(Wyzowl)", "(Pew Research Center, 2024)". */
  name?: string;
}

/** A name of a few capitalised words: "Wyzowl", "Pew Research Center", "Sprout Social". */
const sourceName = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|and|for|the|&|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,5}$/u;

/** The source a span of `text` links to, looked up fast: candidates come in text order, as the links do. */
export function linkedSources(text: string, links: TextLink[], base: string | undefined, pageUrl: string) {
  const pageHost = hostOf(pageUrl);
  return (start: number, end: number): LinkedSource | undefined => {
    // The first link that ends after the span starts; links are in text order.
    let low = 0;
    let high = links.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (links[middle]!.end <= start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < links.length && links[i]!.start < end; i++) {
      const link = links[i]!;
      const url = webAddress(link.href, base);
      if (!url || hostOf(url) === pageHost) continue;
      const label = text.slice(link.start, link.end);
      const inParenthesis = text[link.start - 1] === '(' && /^[),;]/.test(text.slice(link.end, link.end + 1));
      return inParenthesis && sourceName.test(label) && !/\d/.test(label) ? { url, name: label } : { url };
    }
    return undefined;
  };
}

/** `href` resolved against the page, when it is an http(s) address. */
function webAddress(href: string, base: string | undefined): string | undefined {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return undefined;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    // A clip keeps addresses of up to 8,192 characters; one longer is a tracking blob, not a source.
    return url.href.length <= 2000 ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A site's host without "www.": "pewresearch.org". */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return undefined;
  }
}
