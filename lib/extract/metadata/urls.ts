/** Page-stated URLs made absolute; only http(s) ever comes back. */
import { maxLength } from './text';

/**
 * The URL relative links on the page resolve against: the page's own URL, or
 * its <base href> (itself relative to the page). Undefined when neither is a
 * URL (a page parsed from a string with no address).
 */
export function documentBase(doc: Document, pageUrl: string): string | undefined {
  const page = parseUrl(pageUrl);
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href')?.trim();
  const base = baseHref ? parseUrl(baseHref, page?.href) : undefined;
  return (base ?? page)?.href;
}

/** `href` resolved against `base`, if the result is an http(s) URL of sane length. */
export function resolveWebUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed || trimmed.length > maxLength.url) return undefined;
  const url = parseUrl(trimmed, base);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  return url.href.length > maxLength.url ? undefined : url.href;
}

/**
 * <link rel="canonical">: the rel may hold several tokens, in any case. Saved
 * pages put it in <body> too (a parser moves it there after stray markup), so
 * the whole document is searched.
 */
export function canonicalLink(doc: Document, base: string | undefined): string | undefined {
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rel = link.getAttribute('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (!rel.includes('canonical')) continue;
    const resolved = resolveWebUrl(link.getAttribute('href'), base);
    if (resolved) return resolved;
  }
  return undefined;
}

/** For comparing two ways of writing one page's address: no fragment, no trailing slash, any scheme. */
export function sameAddress(a: string, b: string): boolean {
  const key = (value: string) =>
    value.replace(/#.*$/, '').replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase();
  return key(a) === key(b);
}

function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
