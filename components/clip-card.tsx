import type { ClipWithSource } from '@/lib/clips';
import { CitedLink } from './cited-link';
import type { RowProps } from './clip-list';
import type { ClipChanges } from '@/lib/schema';
import { formatStatedDate } from '@/lib/stated-date-format';
import { staleMark, staleness } from '@/lib/staleness';
import { storyFact } from '@/lib/story-fact';
import { ClipEditor } from './clip-editor';
import { Highlighted } from './highlighted';
import { kindLabels } from './kind-labels';

/** How a clip is named to a screen reader: its first words. */
export function clipLabel(quote: string): string {
  const folded = quote.replace(/\s+/g, ' ').trim();
  return folded.length > 60 ? `${folded.slice(0, 57)}…` : folded;
}

/** Safe link target: only http(s) addresses become links. */
function webHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined;
}

export interface ClipCardProps {
  item: ClipWithSource;
  today: string;
  staleAfterYears: number;
  /** Search terms to mark in the text. */
  terms?: readonly string[];
  knownTags?: readonly string[];
  editing?: boolean;
  onEdit?(id: string): void;
  onSave?(id: string, changes: ClipChanges): Promise<void>;
  onCancel?(): void;
  onDelete(id: string): void;
  /** In a virtualised list: the card's position and measuring. */
  row?: Omit<RowProps, 'key'>;
  selected?: boolean;
  onSelect?(id: string, selected: boolean): void;
  /** Clips from other pages that likely state the same figure. */
  duplicates?: readonly ClipWithSource[];
  /** Merge the given clip into this one, keeping both citations. */
  onMerge?(otherId: string): void;
  /** Star a statistic as a key figure for the briefing. */
  onStar?(id: string, starred: boolean): void;
}

const siteLabel = (item: ClipWithSource) => item.source?.siteName || item.source?.title || 'another page';

/** One clip in the library: kind, quote, note, tags and where it came from. Shown as text only. */
export function ClipCard(props: ClipCardProps) {
  const { item, today, staleAfterYears, terms = [], knownTags = [], editing, onEdit, onSave, onCancel, onDelete, row, selected, onSelect } = props;
  const { duplicates = [], onMerge, onStar } = props;
  const { clip, source } = item;
  const mark =
    clip.kind === 'statistic'
      ? staleMark(staleness({ dataYear: clip.dataYear, publishedTime: source?.publishedTime }, today, staleAfterYears))
      : undefined;
  const published = formatStatedDate(source?.publishedTime);
  const href = source && webHref(source.canonicalUrl || source.url);
  const label = clipLabel(clip.quote);
  const story = storyFact(clip.organisation, clip.result);
  return (
    <li
      {...row}
      className={selected ? 'clip-card selected' : 'clip-card'}
      aria-label={`${kindLabels[clip.kind]}: ${label}`}
      data-clip-id={clip.id}
    >
      <div className="clip-card-body">
      {onSelect && !editing && (
        <input
          type="checkbox"
          className="clip-select"
          aria-label={`Select clip: ${label}`}
          checked={!!selected}
          onChange={(event) => onSelect(clip.id, event.target.checked)}
        />
      )}
      {editing && onSave && onCancel ? (
        <ClipEditor clip={clip} knownTags={knownTags} onSave={(changes) => onSave(clip.id, changes)} onCancel={onCancel} />
      ) : (
        <>
          <span className="clip-kind">{kindLabels[clip.kind]}</span>
          {mark && <span className="stale"> · {mark}</span>}
          <blockquote dir="auto">
            <Highlighted text={clip.quote} terms={terms} />
          </blockquote>
          {story && (
            <p className="clip-who">
              {story.label}: {story.text}
            </p>
          )}
          {(clip.citedOrigin || clip.dataYear || clip.citedUrl) && (
            <p className="clip-origin">
              Data:{' '}
              {(clip.citedOrigin || clip.dataYear) && <Highlighted text={[clip.citedOrigin, clip.dataYear].filter(Boolean).join(', ')} terms={terms} />}
              {(clip.citedOrigin || clip.dataYear) && clip.citedUrl && ' · '}
              <CitedLink url={clip.citedUrl} />
            </p>
          )}
          {clip.note && (
            <p className="clip-note">
              Note: <Highlighted text={clip.note} terms={terms} />
            </p>
          )}
          {clip.tags.length > 0 && (
            <ul className="clip-tags" aria-label="Tags">
              {clip.tags.map((tag) => (
                <li key={tag}>
                  <Highlighted text={tag} terms={terms} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {source && (
        <p className="clip-source">
          {href ? (
            <a href={href} target="_blank" rel="noreferrer noopener">
              <Highlighted text={source.title} terms={terms} />
            </a>
          ) : (
            <span>{source.title}</span>
          )}
          {source.siteName && ' · '}
          {source.siteName && <Highlighted text={source.siteName} terms={terms} />}
          {source.byline && ` · ${source.byline}`}
          {' · '}
          {published ? <time dateTime={source.publishedTime}>{published}</time> : 'date unknown'}
        </p>
      )}
      {item.alsoSources && item.alsoSources.length > 0 && (
        <p className="clip-source">Also cited in: {item.alsoSources.map((other) => other.siteName || other.title).join(', ')}</p>
      )}
      {!editing && duplicates.length > 0 && (
        <div className="duplicate-notice" role="note">
          {duplicates.map((other) => (
            <p key={other.clip.id}>
              Likely the same figure as a clip from {siteLabel(other)}: “{clipLabel(other.clip.quote)}”{' '}
              {onMerge && (
                <button type="button" className="secondary" aria-label={`Merge with clip from ${siteLabel(other)}: ${label}`} onClick={() => onMerge(other.clip.id)}>
                  Merge
                </button>
              )}
            </p>
          ))}
        </div>
      )}
      {!editing && (
        <div className="clip-card-actions">
          {onStar && clip.kind === 'statistic' && (
            <button
              type="button"
              className="secondary"
              aria-pressed={!!clip.starred}
              aria-label={`Key figure: ${label}`}
              title="Starred statistics lead the briefing as key figures"
              onClick={() => onStar(clip.id, !clip.starred)}
            >
              {clip.starred ? '★ Key figure' : '☆ Key figure'}
            </button>
          )}
          {onEdit && (
            <button type="button" className="secondary" aria-label={`Edit clip: ${label}`} onClick={() => onEdit(clip.id)}>
              Edit
            </button>
          )}
          <button type="button" className="danger" aria-label={`Delete clip: ${label}`} onClick={() => onDelete(clip.id)}>
            Delete
          </button>
        </div>
      )}
      </div>
    </li>
  );
}
