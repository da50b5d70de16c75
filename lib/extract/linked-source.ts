/**
 * Where a candidate's figure comes from, when its sentence links to it:
 * roundups of statistics cite by linking the figure or the publisher
 * ("<a href=https://www.pewresearch.org/...>72% of adults</a> use ...") rather
 * than by naming the source in the text (#3). Only a link to another site
 * counts: links within the page's own site are its navigation and its other
 * articles. A link within the page is a footnote marker ("[12]"): the note it
 * points to gives the source, by its own first link to another site.
 */
import { hostOf } from '../web-url';
import { addressYear } from './evidence/data-year';
import { footnoteSource } from './footnote';
import type { TextLink } from './plain-text';

export interface LinkedSource {
  url: string;
  /** The link's text when it names the source in a parenthesis or brackets ("(Wyzowl)", "[Statista]"), or the publisher its footnote names. */
  name?: string;
  /** The year the source dates itself: its footnote's year ("Pew (2015)"), else its dated address ("/2015/10/08/…"). */
  year?: number;
}

/** A name of a few capitalised words: "Wyzowl", "Pew Research Center", "Sprout Social". */
const sourceName = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|and|for|the|&|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,5}$/u;
/** Link texts that say there is a source without naming it: "(Source)", "[Link]", "(Study)". */
const unnamed = /^(?:source|sources|link|links|here|this|study|report|survey|data|research|more|read more|via|see|ref|reference|citation)$/i;

/** A footnote is short: a longer element a link points to is a section of the page, not a note. */
const footnoteChars = 1000;

export interface LinkedSourceOptions {
  /** The address the page's relative links resolve against. */
  base: string | undefined;
  /** The page's own address: links to its site are not sources. */
  pageUrl: string;
  /** Finds the page's footnotes. */
  elementById?: (id: string) => Element | null;
  /** The article's last date (lastWritten): bounds a note's year. */
  writtenBy?: string;
}

/**
 * The source a span of `text` links to, looked up fast: candidates come in
 * text order, as the links do.
 */
export function linkedSources(text: string, links: TextLink[], { base, pageUrl, elementById, writtenBy }: LinkedSourceOptions) {
  const pageHost = hostOf(pageUrl);
  const otherSite = (href: string): string | undefined => {
    const url = webAddress(href, base);
    return url && hostOf(url) !== pageHost ? url : undefined;
  };
  // A year the source gives itself, else its dated address's.
  const dated = (url: string, year = addressYear(url)): LinkedSource => (year === undefined ? { url } : { url, year });
  // Each note read once: a wiki cites one note from many sentences ("^ a b c").
  const notes = new Map<string, LinkedSource | undefined>();
  /** The first link to another site in the footnote `href` points to, dated and named by the note. */
  const noteSource = (href: string): LinkedSource | undefined => {
    const id = fragmentOf(href.trim(), base);
    if (id === undefined || !elementById) return undefined;
    if (!notes.has(id)) notes.set(id, readNote(id, elementById));
    return notes.get(id);
  };
  const readNote = (id: string, byId: (id: string) => Element | null): LinkedSource | undefined => {
    // As a browser finds a fragment's target: by the decoded id, then as written.
    const note = byId(safeDecode(id)) ?? byId(id);
    if (!note || (note.textContent?.length ?? 0) > footnoteChars) return undefined;
    for (const anchor of Array.from(note.getElementsByTagName('a'))) {
      const url = otherSite(anchor.getAttribute('href') ?? '');
      if (!url) continue;
      const { name, year } = footnoteSource(note, writtenBy);
      const source = dated(url, year);
      return name ? { ...source, name } : source;
    }
    return undefined;
  };
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
      const url = otherSite(link.href);
      if (!url) {
        const noted = noteSource(link.href);
        if (noted) return noted;
        continue;
      }
      const label = text.slice(link.start, link.end);
      // "(Wyzowl)", "(Wyzowl, 2024)", "[Statista]": a name set apart, as a citation is.
      const setApart = /^[([]$/.test(text.charAt(link.start - 1)) && /^[)\],;]$/.test(text.charAt(link.end));
      const source = dated(url);
      return setApart && sourceName.test(label) && !unnamed.test(label) && !/\d/.test(label) ? { ...source, name: label } : source;
    }
    return undefined;
  };
}

/** The fragment, as written, of a link within the page: "#cite_note-12", or the page's own address with one. */
function fragmentOf(href: string, base: string | undefined): string | undefined {
  if (href.startsWith('#')) return href.slice(1) || undefined;
  if (!href.includes('#') || !base) return undefined;
  try {
    const url = new URL(href, base);
    const page = new URL(base);
    if (!url.hash || url.origin !== page.origin || url.pathname !== page.pathname || url.search !== page.search) return undefined;
    return url.hash.slice(1) || undefined;
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
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
