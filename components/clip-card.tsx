import type { ClipWithSource } from '@/lib/clips';
import { formatStatedDate } from '@/lib/stated-date-format';
import { staleMark, staleness } from '@/lib/staleness';
import { kindLabels } from './kind-choice';

/** How a clip is named to a screen reader: its first words. */
export function clipLabel(quote: string): string {
  const folded = quote.replace(/\s+/g, ' ').trim();
  return folded.length > 60 ? `${folded.slice(0, 57)}…` : folded;
}

/** Safe link target: only http(s) addresses become links. */
function webHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined;
}

/** One clip in the library: kind, quote, note, tags and where it came from. Shown as text only. */
export interface ClipCardProps {
  item: ClipWithSource;
  today: string;
  staleAfterYears: number;
  onDelete(id: string): void;
}

export function ClipCard({ item, today, staleAfterYears, onDelete }: ClipCardProps) {
  const { clip, source } = item;
  const mark =
    clip.kind === 'statistic'
      ? staleMark(staleness({ dataYear: clip.dataYear, publishedTime: source?.publishedTime }, today, staleAfterYears))
      : undefined;
  const published = formatStatedDate(source?.publishedTime);
  const href = source && webHref(source.canonicalUrl || source.url);
  return (
    <li className="clip-card" aria-label={`${kindLabels[clip.kind]}: ${clipLabel(clip.quote)}`}>
      <span className="clip-kind">{kindLabels[clip.kind]}</span>
      {mark && <span className="stale"> · {mark}</span>}
      <blockquote>{clip.quote}</blockquote>
      {clip.organisation && (
        <p className="clip-who">
          Who: {clip.organisation}
          {clip.result ? ` — ${clip.result}` : ''}
        </p>
      )}
      {(clip.citedOrigin || clip.dataYear) && (
        <p className="clip-origin">
          Data: {[clip.citedOrigin, clip.dataYear].filter(Boolean).join(', ')}
        </p>
      )}
      {clip.note && <p className="clip-note">Note: {clip.note}</p>}
      {clip.tags.length > 0 && (
        <ul className="clip-tags" aria-label="Tags">
          {clip.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {source && (
        <p className="clip-source">
          {href ? (
            <a href={href} target="_blank" rel="noreferrer noopener">
              {source.title}
            </a>
          ) : (
            <span>{source.title}</span>
          )}
          {source.siteName && ` · ${source.siteName}`}
          {source.byline && ` · ${source.byline}`}
          {' · '}
          {published ? <time dateTime={source.publishedTime}>{published}</time> : 'date unknown'}
        </p>
      )}
      <div className="clip-card-actions">
        <button type="button" className="danger" aria-label={`Delete clip: ${clipLabel(clip.quote)}`} onClick={() => onDelete(clip.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}
