/**
 * Web addresses: which ones may become a link anywhere Casefile shows one
 * (http(s) only), and the site one belongs to, as the library and the
 * briefing name it.
 */

/** http(s) only: no other scheme becomes a link in the popup, the library or any briefing. */
export function isWebUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url) && URL.canParse(url);
}

/** An address in the Wayback Machine: the page it archived follows the capture's time. */
const archived = /^\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/i;

/**
 * A site's host without "www.": "pewresearch.org". For a page in the
 * Wayback Machine, the archived page's host: an archived article's links
 * are all archive links, and its sources are the sites they archived.
 */
export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./, '').toLowerCase();
    const original = host === 'web.archive.org' ? archived.exec(parsed.pathname + parsed.search)?.[1] : undefined;
    return original ? new URL(original).hostname.replace(/^www\./, '').toLowerCase() : host;
  } catch {
    return undefined;
  }
}
