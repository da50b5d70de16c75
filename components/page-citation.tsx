import { formatStatedDate } from '@/lib/stated-date-format';
import type { Citation } from '@/lib/schema';

/** Title, site, author and date of a page, as the page states them. */
export function PageCitation({ citation }: { citation: Citation }) {
  const published = formatStatedDate(citation.publishedTime);
  return (
    <section className="citation" aria-label="Source">
      <h1 className="citation-title" dir="auto">{citation.title}</h1>
      <p className="citation-meta">
        {[citation.siteName, citation.byline].filter(Boolean).join(' · ')}
        {citation.siteName || citation.byline ? ' · ' : ''}
        {published ? <time dateTime={citation.publishedTime}>{published}</time> : <span>date unknown</span>}
      </p>
    </section>
  );
}
