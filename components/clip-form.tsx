import { useId, useState } from 'react';
import { parseTags } from '@/lib/clips';
import { sendMessage } from '@/lib/messaging';
import type { ClipKind, TabReading } from '@/lib/schema';
import { KindChoice } from './kind-choice';

function clipCountSentence(count: number): string {
  if (count === 0) return 'No clips from this page yet.';
  return count === 1 ? 'This page has 1 clip.' : `This page has ${count} clips.`;
}

/**
 * Quote, kind, note and tags for one clip. The quote starts as the user's
 * selection; without one, as the article's lead, which the user may edit —
 * the whole article is kept with the source either way (issue #2).
 */
export function ClipForm({ tabId, reading }: { tabId: number; reading: TabReading }) {
  const extraction = reading.ok ? reading.extraction : undefined;
  const selection = extraction?.selection;
  const [kind, setKind] = useState<ClipKind>('statistic');
  const [quote, setQuote] = useState(selection?.text ?? extraction?.article?.excerpt ?? '');
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<{ saving: boolean; saved: boolean; error?: string }>({ saving: false, saved: false });
  const [pageClipCount, setPageClipCount] = useState(reading.pageClipCount);
  const id = useId();

  const quoteHint = selection
    ? 'Your selection on the page.'
    : extraction?.article
      ? "No text selected: the article's lead, which you can edit. The whole article is kept with the source."
      : 'Type or paste the passage to keep.';

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!quote.trim()) {
      setStatus({ saving: false, saved: false, error: 'Type or paste a quote to save.' });
      return;
    }
    setStatus({ saving: true, saved: false });
    const citation = reading.ok ? reading.extraction.source : reading.source;
    const keepsSelection = selection && quote.trim() === selection.text;
    try {
      const response = await sendMessage('saveClip', {
        tabId,
        citation,
        articleText: extraction?.article?.text ?? '',
        draft: { kind, quote, note, tags: parseTags(tags), selector: keepsSelection ? selection.selector : undefined },
      });
      if (response.ok) {
        setPageClipCount(response.pageClipCount);
        setStatus({ saving: false, saved: true });
      } else {
        setStatus({ saving: false, saved: false, error: response.message });
      }
    } catch {
      setStatus({ saving: false, saved: false, error: 'Casefile could not save this clip; nothing was changed. Try again.' });
    }
  }

  return (
    <form className="clip-form" onSubmit={save}>
      <KindChoice name={`${id}-kind`} value={kind} onChange={setKind} />
      <label htmlFor={`${id}-quote`}>Quote</label>
      <textarea
        id={`${id}-quote`}
        value={quote}
        rows={5}
        aria-describedby={`${id}-quote-hint`}
        onChange={(event) => setQuote(event.target.value)}
      />
      <p id={`${id}-quote-hint`} className="hint">{quoteHint}</p>
      <label htmlFor={`${id}-note`}>Note</label>
      <textarea id={`${id}-note`} value={note} rows={2} onChange={(event) => setNote(event.target.value)} />
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
        <button type="submit" disabled={status.saving}>Save clip</button>
        <p role="status" className="status">
          {status.saved && <strong>Saved</strong>} {clipCountSentence(pageClipCount)}
        </p>
      </div>
      {status.error && <p role="alert" className="error">{status.error}</p>}
    </form>
  );
}
