import { useEffect, useState } from 'react';
import { ClipForm } from '@/components/clip-form';
import { PageCitation } from '@/components/page-citation';
import { sendMessage } from '@/lib/messaging';
import { type TabReading, TabReading as TabReadingSchema } from '@/lib/schema';

/** `popup.html?tabId=N` works on tab N; otherwise the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type State =
  | { status: 'reading' }
  | { status: 'ready'; tabId: number; reading: TabReading }
  | { status: 'failed'; message: string };

export function App() {
  const [state, setState] = useState<State>({ status: 'reading' });

  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) {
        setState({ status: 'failed', message: 'Casefile could not find the page to clip. Click a tab, then open Casefile again.' });
        return;
      }
      try {
        const reading = TabReadingSchema.parse(await sendMessage('readTab', { tabId }));
        setState({ status: 'ready', tabId, reading });
      } catch {
        setState({ status: 'failed', message: 'Casefile could not read this page. Reload the page and open Casefile again.' });
      }
    })();
  }, []);

  if (state.status === 'reading') return <main className="popup"><p role="status">Reading the page…</p></main>;
  if (state.status === 'failed') return <main className="popup"><p role="alert">{state.message}</p></main>;

  const { reading, tabId } = state;
  const citation = reading.ok ? reading.extraction.source : reading.source;
  return (
    <main className="popup">
      <PageCitation citation={citation} />
      {!reading.ok && <p className="notice" role="note">{reading.message}</p>}
      <ClipForm tabId={tabId} reading={reading} />
    </main>
  );
}
