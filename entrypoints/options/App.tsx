import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ClipCard } from '@/components/clip-card';
import { downloadFile } from '@/components/download-file';
import { StaleSetting } from '@/components/stale-setting';
import { useStaleAfterYears } from '@/components/use-stale-after-years';
import { briefingMarkdown } from '@/lib/briefing/markdown';
import { deleteClip, listClips } from '@/lib/clips';
import { db } from '@/lib/db';

const today = () => new Date().toISOString().slice(0, 10);

export function App() {
  // Live: a clip saved from the popup or the context menu appears without reload.
  const items = useLiveQuery(() => listClips(db), []);
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const staleAfterYears = useStaleAfterYears();

  async function remove(id: string) {
    try {
      await deleteClip(db, id);
      setMessage({ text: 'Clip deleted.' });
    } catch {
      setMessage({ text: 'Casefile could not delete that clip. Reload the page and try again.', error: true });
    }
  }

  function exportBriefing() {
    if (!items?.length) return;
    const markdown = briefingMarkdown({
      title: 'Evidence briefing',
      preparedOn: today(),
      staleAfterYears,
      clips: items.map((item) => item.clip),
      sources: [...new Map(items.flatMap((item) => (item.source ? [[item.source.id, item.source]] : []))).values()],
    });
    downloadFile(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }), `casefile-briefing-${today()}.md`);
    setMessage({ text: 'Briefing downloaded.' });
  }

  return (
    <main className="library">
      <header className="library-header">
        <h1>Casefile library</h1>
        <button type="button" onClick={exportBriefing} disabled={!items?.length}>
          Export briefing
        </button>
      </header>
      <StaleSetting value={staleAfterYears} />
      <p role="status" className={message?.error ? 'error' : 'status'}>
        {message?.text}
      </p>
      {items === undefined ? (
        <p>Loading your clips…</p>
      ) : items.length === 0 ? (
        <p className="notice">
          No clips yet. Select a figure or a story on any page, then click the Casefile button or right-click and
          choose “Save to Casefile”.
        </p>
      ) : (
        <>
          <p className="hint">{items.length === 1 ? '1 clip' : `${items.length} clips`}, newest first.</p>
          <ul className="clip-list" aria-label="Clips">
            {items.map((item) => (
              <ClipCard key={item.clip.id} item={item} today={today()} staleAfterYears={staleAfterYears} onDelete={remove} />
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
