/**
 * References for the Sources list, in APA 7 or MLA 9 (issue #5).
 * (Being replaced by CSL-produced references.)
 */
import type { Source } from '../schema';
import { calendarDate, formatStatedDate } from '../stated-date-format';

export type CitationStyle = 'apa' | 'mla';

/** One plain-text reference per source, in the given order. */
export function formatReferences(sources: readonly Source[], _style: CitationStyle): string[] {
  return sources.map((source) => {
    const published = formatStatedDate(source.publishedTime) ?? 'n.d.';
    const accessed = formatStatedDate(calendarDate(source.capturedAt));
    return [
      source.byline && `${source.byline}.`,
      `${source.title}.`,
      `${source.siteName ? `${source.siteName}, ` : ''}${published}${published.endsWith('.') ? '' : '.'}`,
      `${source.canonicalUrl || source.url}.`,
      `Accessed ${accessed}.`,
    ]
      .filter(Boolean)
      .join(' ');
  });
}
