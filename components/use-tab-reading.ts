/**
 * The popup's reading of its tab. The popup answers within 3 seconds on any
 * page (issue #6): if the page has not answered by then, it shows what the
 * browser says about the tab and a sentence, so the user can type a quote
 * at once, and it takes the page's answer when that comes.
 */
import { useEffect, useState } from 'react';
import { slowPageMessage } from '@/lib/unreadable-page';
import { sendMessage } from '@/lib/messaging';
import { type TabReading, TabReading as TabReadingSchema } from '@/lib/schema';

export const popupPatienceMs = 2_500;

export type TabReadingState =
  | { status: 'reading' }
  | { status: 'ready'; tabId: number; reading: TabReading; provisional: boolean }
  | { status: 'failed'; message: string };

/** `popup.html?tabId=N` works on tab N; otherwise the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What the browser says about the tab while its page is still being read. */
async function provisionalReading(tabId: number): Promise<TabReading> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url ?? tab?.pendingUrl ?? '';
  return {
    ok: false,
    message: slowPageMessage(),
    source: { url, canonicalUrl: url, title: tab?.title || url || 'Untitled page' },
    pageClipCount: 0,
  };
}

export function useTabReading(): TabReadingState {
  const [state, setState] = useState<TabReadingState>({ status: 'reading' });
  useEffect(() => {
    let answered = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) {
        setState({ status: 'failed', message: 'Casefile could not find the page to clip. Click a tab, then open Casefile again.' });
        return;
      }
      timer = setTimeout(() => {
        void provisionalReading(tabId).then((reading) => {
          if (!answered) setState({ status: 'ready', tabId, reading, provisional: true });
        });
      }, popupPatienceMs);
      try {
        const reading = TabReadingSchema.parse(await sendMessage('readTab', { tabId }));
        answered = true;
        setState({ status: 'ready', tabId, reading, provisional: false });
      } catch {
        answered = true;
        setState({ status: 'failed', message: 'Casefile could not read this page. Reload the page and open Casefile again.' });
      } finally {
        clearTimeout(timer);
      }
    })();
    return () => clearTimeout(timer);
  }, []);
  return state;
}
