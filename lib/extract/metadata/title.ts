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
