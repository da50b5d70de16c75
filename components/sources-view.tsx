import { useId, useState } from 'react';
import type { SourceWithCount } from '@/lib/sources';
import type { Source, SourceChanges } from '@/lib/schema';
import { formatStatedDate } from '@/lib/stated-date-format';

export interface SourcesViewProps {
  sources: readonly SourceWithCount[];
  onShowClips(sourceId: string): void;
  onSave(sourceId: string, changes: SourceChanges): Promise<void>;
}

const webHref = (url: string) => (/^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined);

/** The pages clips came from, with their clip counts; fix a page's citation once for all its clips. */
export function SourcesView({ sources, onShowClips, onSave }: SourcesViewProps) {
  const [editing, setEditing] = useState<string>();
  if (sources.length === 0) return <p className="notice">No sources yet: they appear with your first clip.</p>;
  return (
    <ul className="source-list" aria-label="Sources">
      {sources.map(({ source, clipCount }) => (
        <li key={source.id} className="clip-card-body source-card" aria-label={source.title}>
          {editing === source.id ? (
            <SourceEditor
              source={source}
              onCancel={() => setEditing(undefined)}
              onSave={async (changes) => {
                await onSave(source.id, changes);
                setEditing(undefined);
              }}
            />
          ) : (
            <>
              <h2 className="source-title">
                {webHref(source.canonicalUrl || source.url) ? (
                  <a href={webHref(source.canonicalUrl || source.url)} target="_blank" rel="noreferrer noopener">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
              </h2>
              <p className="clip-source">
                {[source.siteName, source.byline].filter(Boolean).join(' · ')}
                {source.siteName || source.byline ? ' · ' : ''}
                {formatStatedDate(source.publishedTime) ?? 'date unknown'} · {clipCount === 1 ? '1 clip' : `${clipCount} clips`}
              </p>
              <div className="clip-card-actions">
                <button type="button" className="secondary" aria-label={`Edit details: ${source.title}`} onClick={() => setEditing(source.id)}>
                  Edit details
                </button>
                <button type="button" aria-label={`Show clips from: ${source.title}`} onClick={() => onShowClips(source.id)}>
                  Show clips
                </button>
              </div>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function SourceEditor({ source, onSave, onCancel }: { source: Source; onSave(changes: SourceChanges): Promise<void>; onCancel(): void }) {
  const id = useId();
  const [title, setTitle] = useState(source.title);
  const [byline, setByline] = useState(source.byline ?? '');
  const [siteName, setSiteName] = useState(source.siteName ?? '');
  const [published, setPublished] = useState(source.publishedTime?.slice(0, 10) ?? '');
  const [error, setError] = useState<string>();
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setError('A source needs a title.');
    // Keep the page's full timestamp unless the user changed the date.
    const publishedTime = !published ? undefined : published === source.publishedTime?.slice(0, 10) ? source.publishedTime : published;
    try {
      await onSave({ title, byline: byline.trim() || undefined, siteName: siteName.trim() || undefined, publishedTime });
    } catch {
      setError('Casefile could not save these details; the source is as it was. Try again.');
    }
  }
  return (
    <form className="clip-editor" aria-label="Edit source" onSubmit={submit}>
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} value={title} onChange={(event) => setTitle(event.target.value)} />
      <label htmlFor={`${id}-byline`}>Author</label>
      <input id={`${id}-byline`} value={byline} onChange={(event) => setByline(event.target.value)} />
      <label htmlFor={`${id}-site`}>Site</label>
      <input id={`${id}-site`} value={siteName} onChange={(event) => setSiteName(event.target.value)} />
      <label htmlFor={`${id}-date`}>Published</label>
      <input id={`${id}-date`} type="date" value={published} onChange={(event) => setPublished(event.target.value)} />
      {error && <p role="alert" className="error">{error}</p>}
      <div className="clip-card-actions">
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
        <button type="submit">Save details</button>
      </div>
    </form>
  );
}
