import { useId, useState } from 'react';
import { ClipTooLongError } from '@/lib/clip-length';
import { parseTags } from '@/lib/clips';
import type { Clip, ClipChanges } from '@/lib/schema';
import { isWebUrl } from '@/lib/web-url';
import { KindChoice } from './kind-choice';

export interface ClipEditorProps {
  clip: Clip;
  knownTags: readonly string[];
  onSave(changes: ClipChanges): Promise<void>;
  onCancel(): void;
}

/** Edit a clip in place: quote, kind, note, tags (with autocomplete), cited origin, source link, data year. */
export function ClipEditor({ clip, knownTags, onSave, onCancel }: ClipEditorProps) {
  const id = useId();
  const [kind, setKind] = useState(clip.kind);
  const [quote, setQuote] = useState(clip.quote);
  const [note, setNote] = useState(clip.note);
  const [tags, setTags] = useState(clip.tags.join(', '));
  const [citedOrigin, setCitedOrigin] = useState(clip.citedOrigin ?? '');
  const [citedUrl, setCitedUrl] = useState(clip.citedUrl ?? '');
  const [dataYear, setDataYear] = useState(clip.dataYear?.toString() ?? '');
  const [error, setError] = useState<string>();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!quote.trim()) return setError('A clip needs a quote: type one, or delete the clip.');
    const year = dataYear.trim() ? Number(dataYear) : undefined;
    if (year !== undefined && !(Number.isInteger(year) && year >= 1800 && year <= 2200)) {
      return setError('The data year should be a year such as 2015, or left empty.');
    }
    const link = citedUrl.trim() || undefined;
    if (link !== undefined && !isWebUrl(link)) {
      return setError('The source link should be a web address starting with https:// (or http://), or left empty.');
    }
    try {
      await onSave({ kind, quote, note, tags: parseTags(tags), citedOrigin: citedOrigin.trim() || undefined, citedUrl: link, dataYear: year });
    } catch (failure) {
      setError(failure instanceof ClipTooLongError ? failure.message : 'Casefile could not save your changes; the clip is as it was. Try again.');
    }
  }

  // Autocomplete the tag being typed (after the last comma) from the tags already used.
  const typed = tags.split(',');
  const head = typed.slice(0, -1).map((tag) => tag.trim()).filter(Boolean);
  const suggestions = knownTags.filter((tag) => !head.includes(tag)).map((tag) => [...head, tag].join(', '));

  return (
    <form className="clip-editor" onSubmit={submit} aria-label="Edit clip">
      <KindChoice name={`${id}-kind`} value={kind} onChange={setKind} />
      <label htmlFor={`${id}-quote`}>Quote</label>
      <textarea id={`${id}-quote`} rows={4} value={quote} onChange={(event) => setQuote(event.target.value)} />
      <label htmlFor={`${id}-note`}>Note</label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      <label htmlFor={`${id}-tags`}>Tags</label>
      <input id={`${id}-tags`} list={`${id}-tag-list`} value={tags} onChange={(event) => setTags(event.target.value)} />
      <datalist id={`${id}-tag-list`}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <div className="editor-row">
        <span>
          <label htmlFor={`${id}-origin`}>Cited origin</label>
          <input id={`${id}-origin`} value={citedOrigin} onChange={(event) => setCitedOrigin(event.target.value)} />
        </span>
        <span>
          <label htmlFor={`${id}-link`}>Source link</label>
          <input id={`${id}-link`} inputMode="url" value={citedUrl} onChange={(event) => setCitedUrl(event.target.value)} />
        </span>
        <span>
          <label htmlFor={`${id}-year`}>Data year</label>
          <input id={`${id}-year`} inputMode="numeric" value={dataYear} onChange={(event) => setDataYear(event.target.value)} />
        </span>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="clip-card-actions">
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
        <button type="submit">Save changes</button>
      </div>
    </form>
  );
}
