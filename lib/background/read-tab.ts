/** Reads a tab: injects the extractor on demand (activeTab + scripting) and checks what it returns. */
import { browser, type Browser } from 'wxt/browser';
import { countPageClips } from '../clips';
import { db } from '../db';
import { type Citation, Extraction, type TabReading } from '../schema';
import { unreadablePageMessage } from './unreadable-page';

/** Where WXT writes `entrypoints/extract.content.ts`. */
export const extractorFile = '/content-scripts/extract.js';

export async function readTab(tabId: number): Promise<TabReading> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const fallback = tabCitation(tab);
  let result: unknown;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [extractorFile] });
    result = injection?.result;
  } catch {
    return unreadable(fallback);
  }
  const extraction = Extraction.safeParse(result);
  if (!extraction.success) return unreadable(fallback);
  return {
    ok: true,
    extraction: extraction.data,
    pageClipCount: await countPageClips(db, extraction.data.source.canonicalUrl),
  };
}

async function unreadable(source: Citation): Promise<TabReading> {
  return {
    ok: false,
    message: unreadablePageMessage(source.url),
    source,
    pageClipCount: source.url ? await countPageClips(db, source.url) : 0,
  };
}

/** The little the browser itself says about a tab: its address and title. */
function tabCitation(tab: Browser.tabs.Tab | undefined): Citation {
  const url = tab?.url ?? tab?.pendingUrl ?? '';
  return { url, canonicalUrl: url, title: tab?.title || url || 'Untitled page' };
}
