import { useEffect, useRef, useState } from 'react';
import { CandidateList } from '@/components/candidate-list';
import { ClipForm, type ClipFormStart } from '@/components/clip-form';
import { PageCitation } from '@/components/page-citation';
import { useStaleAfterYears } from '@/components/use-stale-after-years';
import { useTabReading } from '@/components/use-tab-reading';
import { sendMessage } from '@/lib/messaging';
import type { TabReading } from '@/lib/schema';

function clipCountSentence(count: number): string {
  if (count === 0) return 'No clips from this page yet.';
  return count === 1 ? 'This page has 1 clip.' : `This page has ${count} clips.`;
}

/** Where the form starts: the selection, else the article's lead, else empty. */
function initialStart(reading: TabReading): ClipFormStart {
  const extraction = reading.ok ? reading.extraction : undefined;
  if (extraction?.selection) {
    return { kind: 'statistic', quote: extraction.selection.text, selector: extraction.selection.selector, hint: 'Your selection on the page.' };
  }
  if (extraction?.article) {
    return {
      kind: 'statistic',
      quote: extraction.article.excerpt,
      hint: "No text selected: the article's lead, which you can edit. The whole article is kept with the source.",
    };
  }
  return { kind: 'statistic', quote: '', hint: 'Type or paste the passage to keep.' };
}

export function App() {
  const state = useTabReading();
  const [form, setForm] = useState<{ key: number; start: ClipFormStart; candidate?: number }>();
  const [pageClipCount, setPageClipCount] = useState(0);
  const [saved, setSaved] = useState<ReadonlyMap<number, string>>(new Map());
  const [saveError, setSaveError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const staleAfterYears = useStaleAfterYears();
  const formRef = useRef<HTMLDivElement>(null);
  // Whether the user has typed in the form: a late answer from the page must not undo it (issue #6).
  const typed = useRef(false);
  const today = new Date().toISOString().slice(0, 10);
  const reading = state.status === 'ready' ? state.reading : undefined;

  useEffect(() => {
    if (!reading) return;
    setPageClipCount(reading.pageClipCount);
    if (!typed.current) setForm((before) => ({ key: (before?.key ?? 0) + 1, start: initialStart(reading) }));
  }, [reading]);

  if (state.status === 'reading') return <main className="popup"><p role="status">Reading the page…</p></main>;
  if (state.status === 'failed') return <main className="popup"><p role="alert">{state.message}</p></main>;

  const { tabId } = state;
  if (!reading) return null;
  const citation = reading.ok ? reading.extraction.source : reading.source;
  const articleText = reading.ok ? (reading.extraction.article?.text ?? '') : '';
  const candidates = reading.ok ? reading.extraction.candidates : [];

  async function saveCandidate(index: number) {
    const candidate = candidates[index];
    if (!candidate) return;
    setSaveError(undefined);
    try {
      const { kind, text, selector, citedOrigin, citedUrl, dataYear, organisation, result } = candidate;
      const response = await sendMessage('saveClip', {
        tabId,
        citation,
        articleText,
        draft: { kind, quote: text, note: '', tags: [], selector, citedOrigin, citedUrl, dataYear, organisation, result },
      });
      if (!response.ok) return setSaveError(response.message);
      setNotice(response.alreadySaved ? 'Already in Casefile: this page has that quote.' : undefined);
      setSaved((before) => new Map(before).set(index, response.clipId));
      setPageClipCount(response.pageClipCount);
    } catch {
      setSaveError('Casefile could not save this clip; nothing was changed. Try again.');
    }
  }

  function editCandidate(index: number) {
    const candidate = candidates[index];
    if (!candidate) return;
    setForm((before) => ({
      key: (before?.key ?? 0) + 1,
      candidate: index,
      start: {
        kind: candidate.kind,
        quote: candidate.text,
        selector: candidate.selector,
        citedOrigin: candidate.citedOrigin,
        citedUrl: candidate.citedUrl,
        dataYear: candidate.dataYear,
        organisation: candidate.organisation,
        result: candidate.result,
        clipId: saved.get(index),
        hint: saved.has(index) ? 'Already saved: your changes update the clip.' : 'Found on the page: edit it before saving.',
      },
    }));
    formRef.current?.scrollIntoView({ block: 'start' });
  }

  return (
    <main className="popup">
      <PageCitation citation={citation} />
      {!reading.ok && <p className="notice" role="note">{reading.message}</p>}
      {reading.ok && reading.extraction.notice && <p className="notice" role="note">{reading.extraction.notice}</p>}
      <p className="hint" aria-live="polite">{clipCountSentence(pageClipCount)}</p>
      <div ref={formRef} onInput={() => (typed.current = true)}>
        {form && (
          <ClipForm
            key={form.key}
            tabId={tabId}
            citation={citation}
            articleText={articleText}
            start={form.start}
            onSaved={({ clipId, pageClipCount: count }) => {
              setPageClipCount(count);
              if (form.candidate !== undefined) setSaved((before) => new Map(before).set(form.candidate!, clipId));
            }}
          />
        )}
      </div>
      {saveError && <p role="alert" className="error">{saveError}</p>}
      {notice && <p role="status" className="notice">{notice}</p>}
      <CandidateList
        candidates={candidates}
        publishedTime={citation.publishedTime}
        today={today}
        staleAfterYears={staleAfterYears}
        saved={saved}
        onSave={(index) => void saveCandidate(index)}
        onEdit={editCandidate}
      />
    </main>
  );
}
