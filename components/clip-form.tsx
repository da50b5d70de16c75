import { useId, useState } from 'react';
import { parseTags } from '@/lib/clips';
import { sendMessage } from '@/lib/messaging';
import type { Citation, ClipKind, TextQuoteSelector } from '@/lib/schema';
import { KindChoice } from './kind-choice';

/** What the form starts with: a selection, the article's lead, or a candidate to edit. */
export interface ClipFormStart {
  kind: ClipKind;
  quote: string;
  hint: string;
  selector?: TextQuoteSelector;
  citedOrigin?: string;
  citedUrl?: string;
  dataYear?: number;
  organisation?: string;
  result?: string;
  /** Set when the clip is already saved: the form then changes it. */
  clipId?: string;
}

export interface ClipFormProps {
  tabId: number;
  citation: Citation;
  articleText: string;
  start: ClipFormStart;
  onSaved(result: { clipId: string; pageClipCount: number }): void;
}

/**
 * Quote, kind, note and tags for one clip (issue #2); also how a found
 * candidate is edited before or after one-click saving (issue #3).
 */
export function ClipForm({ tabId, citation, articleText, start, onSaved }: ClipFormProps) {
  const [kind, setKind] = useState<ClipKind>(start.kind);
  const [quote, setQuote] = useState(start.quote);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [clipId, setClipId] = useState(start.clipId);
  const [status, setStatus] = useState<{ saving: boolean; saved: boolean; already?: boolean; error?: string }>({ saving: false, saved: false });
  const id = useId();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!quote.trim()) {
      setStatus({ saving: false, saved: false, error: 'Type or paste a quote to save.' });
      return;
    }
    setStatus({ saving: true, saved: false });
    // The selector still finds the quote only while the quote is unedited.
    const selector = start.selector && quote.trim() === start.quote.trim() ? start.selector : undefined;
    try {
      const response = clipId
        ? await sendMessage('updateClip', { clipId, changes: { kind, quote, note, tags: parseTags(tags) } })
        : await sendMessage('saveClip', {
            tabId,
            citation,
            articleText,
            draft: { kind, quote, note, tags: parseTags(tags), selector, citedOrigin: start.citedOrigin, citedUrl: start.citedUrl, dataYear: start.dataYear, organisation: start.organisation, result: start.result },
          });
      if (response.ok) {
        setClipId(response.clipId);
        setStatus({ saving: false, saved: true, already: response.alreadySaved });
        onSaved(response);
      } else {
        setStatus({ saving: false, saved: false, error: response.message });
      }
    } catch {
      setStatus({ saving: false, saved: false, error: 'Casefile could not save this clip; nothing was changed. Try again.' });
    }
  }

  return (
    <form className="clip-form" onSubmit={save} aria-label="Clip">
      <KindChoice name={`${id}-kind`} value={kind} onChange={setKind} />
      <label htmlFor={`${id}-quote`}>Quote</label>
      <textarea
        id={`${id}-quote`}
        // Right-to-left quotes (Hebrew, Arabic) read in their own direction (issue #6).
        dir="auto"
        value={quote}
        rows={5}
        aria-describedby={`${id}-quote-hint`}
        onChange={(event) => setQuote(event.target.value)}
      />
      <p id={`${id}-quote-hint`} className="hint">{start.hint}</p>
      <label htmlFor={`${id}-note`}>Note</label>
      <textarea id={`${id}-note`} dir="auto" value={note} rows={2} onChange={(event) => setNote(event.target.value)} />
      <label htmlFor={`${id}-tags`}>Tags</label>
      <input
        id={`${id}-tags`}
        value={tags}
        placeholder="comma, separated"
        aria-describedby={`${id}-tags-hint`}
        onChange={(event) => setTags(event.target.value)}
      />
      <p id={`${id}-tags-hint`} className="hint">Separate tags with commas.</p>
      <div className="actions">
        <button type="submit" disabled={status.saving}>
          {clipId ? 'Save changes' : 'Save clip'}
        </button>
        <p role="status" className="status">
          {status.saved && (status.already ? <strong>Already in Casefile: this page's clip has that quote.</strong> : <strong>Saved</strong>)}
        </p>
      </div>
      {status.error && <p role="alert" className="error">{status.error}</p>}
    </form>
  );
}
