/** The article's title, as the page states it, without the site's name stuck to it. */
import { cleanText, maxLength } from './text';

/**
 * JSON-LD has two title fields and sites disagree on which is the title:
 * aktualne.cz puts the site's name in `name`, Wikipedia puts a description in
 * `headline`. A field equal to a site name is not the title; otherwise the
 * one that shares more words with the page's <title>/og:title wins, and the
 * headline when in doubt.
 */
export function headlineOrName(
  headline: string | undefined,
  name: string | undefined,
  { siteNames, reference }: { siteNames: readonly (string | undefined)[]; reference: string },
): string | undefined {
  if (!headline || !name || same(headline, name)) return headline ?? name;
  if (siteNames.some((site) => site && same(site, name))) return headline;
  if (siteNames.some((site) => site && same(site, headline))) return name;
  return overlap(name, reference) > overlap(headline, reference) ? name : headline;
}

/**
 * The title without a leading or trailing site name ("Title | Site",
 * "Title - Site", "Site: Title") or a trailing author ("Title | by Author"),
 * when those equal what the page states as its site name or byline. A title
 * that is nothing but the site's name stays as it is.
 */
export function stripSiteName(
  title: string,
  { siteNames, bylines }: { siteNames: readonly (string | undefined)[]; bylines: readonly (string | undefined)[] },
): string {
  const sites = siteNames.filter((site): site is string => !!site);
  const trailing = [...sites, ...bylines.flatMap((byline) => (byline ? [byline, `by ${byline}`] : []))];
  let current = title;
  // "Title | by Author | Site" takes two passes; a few more cost nothing.
  for (let pass = 0; pass < 4; pass++) {
    const next = withoutTrailing(current, trailing) ?? withoutLeading(current, sites);
    if (!next) break;
    current = next;
  }
  return current;
}

const trailingSeparator = /\s+(?:[|\-–—·•»~/:]|::)\s*$/;
const leadingSeparator = /^\s*(?:[|\-–—·•»~/:]|::)\s+/;

function withoutTrailing(title: string, suffixes: readonly string[]): string | undefined {
  for (const suffix of suffixes) {
    if (suffix.length >= title.length || !title.toLowerCase().endsWith(suffix.toLowerCase())) continue;
    const rest = title.slice(0, title.length - suffix.length);
    if (!trailingSeparator.test(rest)) continue;
    const stripped = rest.replace(trailingSeparator, '').trim();
    if (hasWords(stripped)) return stripped;
  }
  return undefined;
}

function withoutLeading(title: string, prefixes: readonly string[]): string | undefined {
  for (const prefix of prefixes) {
    if (prefix.length >= title.length || !title.toLowerCase().startsWith(prefix.toLowerCase())) continue;
    const rest = title.slice(prefix.length);
    // "Site: Title" has no space before the colon; "Site | Title" has.
    const separated = /^:\s+/.test(rest) ? rest.replace(/^:\s+/, '') : rest.replace(leadingSeparator, '');
    if (separated === rest) continue;
    const stripped = separated.trim();
    if (hasWords(stripped)) return stripped;
  }
  return undefined;
}

/** Title candidates in order of trust, cleaned and stripped; the first that has words. */
export function firstTitle(
  candidates: readonly (string | undefined)[],
  strip: (title: string) => string,
): string | undefined {
  for (const candidate of candidates) {
    const text = cleanText(candidate, maxLength.title);
    if (text) return strip(text);
  }
  return undefined;
}

const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const same = (a: string, b: string) => words(a).join(' ') === words(b).join(' ');

/** The share of `candidate`'s words that also occur in `reference`. */
function overlap(candidate: string, reference: string): number {
  const inReference = new Set(words(reference));
  const own = words(candidate);
  return own.length ? own.filter((word) => inReference.has(word)).length / own.length : 0;
}

/**
 * The page's headings that could be its headline: the first forty h1s and
 * h2s, the h2s only with three words or more (blogs put the post's title in an h2 under the blog's
 * h1). Sphinx's "¶" anchors and white space are left out.
 */
export function headings(doc: Document): string[] {
  const found: string[] = [];
  const add = (element: Element, minWords: number) => {
    const text = cleanText(element.textContent, maxLength.title)?.replace(/\s*[¶§#]+$/u, '');
    if (text && text.length <= 300 && words(text).length >= minWords) found.push(text);
  };
  for (const heading of Array.from(doc.querySelectorAll('h1, h2')).slice(0, 40)) {
    add(heading, heading.tagName.toUpperCase() === 'H1' ? 1 : 3);
  }
  return found;
}

export interface SplitTitle {
  /** The headline as the title writes it. */
  headline: string;
  /** The site's name the title adds to it ("Headline - Section - Site" gives "Site"). */
  site?: string;
}

/** A separator between a title's parts: "|", "::", a spaced dash, "·", "»", "/", "_", "@", a colon, or an opening bracket. */
const partSeparator = /\s*(?:\|{1,2}|::|_|\s[-–—·•»~/@:]\s|\s[-–—]|[-–—]\s)\s*/;
const startsWithSeparator = /^\s*(?:\|{1,2}|::|_|[-–—·•»~/@]\s|[[(（＜<])/;
const endsWithSeparator = /(?:\|{1,2}|::|_|\s[-–—·•»~/@]|:)\s*$/;
/** The site part of a title is a name, not a sentence. */
const maxSiteWords = 8;

/**
 * A <title> read against a headline the page states elsewhere (og:title, an
 * h1): when the title is that headline plus a separator and more ("Mozilla -
 * Wikipedia", "Silicon Exposed: Open Verilog flow…", "Headline_Section_Site",
 * "Headline [LWN.net]"), the headline is the title and the outermost part the
 * site's name. Undefined when no headline starts or ends the title that way.
 */
export function splitTitle(title: string, headlines: readonly (string | undefined)[]): SplitTitle | undefined {
  // The longest headline wins; between two as long, the one the title starts with.
  let best: (SplitTitle & { score: number }) | undefined;
  const lower = title.toLowerCase();
  for (const candidate of headlines) {
    const headline = candidate?.trim();
    if (!headline || headline.length >= title.length || !hasWords(headline)) continue;
    const h = headline.toLowerCase();
    const before = title.slice(0, title.length - h.length);
    if (lower.startsWith(h) && startsWithSeparator.test(title.slice(h.length))) {
      const score = h.length + 0.5;
      if (!best || score > best.score) {
        best = { headline: title.slice(0, h.length).trim(), site: sitePart(title.slice(h.length), 'last'), score };
      }
    } else if (lower.endsWith(h) && endsWithSeparator.test(before)) {
      const score = h.length;
      if (!best || score > best.score) {
        best = { headline: title.slice(before.length).trim(), site: sitePart(before, 'first'), score };
      }
    }
  }
  return best && { headline: best.headline, site: best.site };
}

function sitePart(rest: string, which: 'first' | 'last'): string | undefined {
  const parts = rest
    .split(partSeparator)
    .map((part) => part.replace(/^[\s|:_]+|[\s|:_]+$/g, '').trim())
    .filter(hasWords);
  let part = which === 'last' ? parts[parts.length - 1] : parts[0];
  if (!part) return undefined;
  // "My Hero Academia [Archive of Our Own]", "[LWN.net]", "＜Site＞": the bracketed name is the site
  // (round brackets after a name are part of it: "Bradley M. Kuhn ( Brad )").
  const bracketed = /[[（＜<(]([^\]）＞>)]+)[\]）＞>)]$/.exec(part);
  if (bracketed?.[1] && (bracketed.index === 0 || (which === 'last' && !part.endsWith(')')))) part = bracketed[1].trim();
  // An identifier ("draft-dejong-remotestorage-04") is the document's name, not a site's.
  if (/^[\p{Ll}\d]+(?:-[\p{Ll}\d]+){2,}$/u.test(part)) return undefined;
  return words(part).length <= maxSiteWords ? cleanText(part, maxLength.siteName) : undefined;
}

/**
 * Whether a meta title (og:title) names another page than the one shown: it
 * shares no word with the <title>, and the <title> is the page's h1. Sites
 * that lay an article over a section page keep the section's og:title.
 */
export function describesAnotherPage(metaTitle: string, documentTitle: string, pageHeadings: () => readonly string[]): boolean {
  return overlap(metaTitle, documentTitle) === 0 && pageHeadings().some((heading) => same(heading, documentTitle));
}

/** Whether a title has a separator or a bracket that a site's name could hang on. */
export function mayHaveAffix(title: string): boolean {
  return partSeparator.test(title) || /[[(（＜<:]/.test(title);
}
