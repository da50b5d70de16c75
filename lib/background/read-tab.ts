/** Reads a tab: injects the extractor on demand (activeTab + scripting) and checks what it returns. */
import { browser, type Browser } from 'wxt/browser';
import { countPageClips } from '../clips';
import { db } from '../db';
import { type Citation, Extraction, type TabReading } from '../schema';
import { pdfPageMessage, unansweredPageMessage, unreadablePageMessage } from '../unreadable-page';

/** Where WXT writes `entrypoints/extract.content.ts`. */
export const extractorFile = '/content-scripts/extract.js';

/**
 * How long the background waits for a page (issue #6). The extractor stops
 * searching for figures after 1.5 s and the popup answers on its own after
 * 2.5 s (components/use-tab-reading.ts), then takes the page's answer when it
 * comes; a page still silent after this is given up on, with a sentence.
 */
export const readingDeadlineMs = 15_000;

const late = Symbol('late');

export async function readTab(tabId: number, deadlineMs = readingDeadlineMs): Promise<TabReading> {
  const deadline = Date.now() + deadlineMs;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const fallback = tabCitation(tab);
  let extraction: Extraction | undefined | typeof late;
  let refusal = '';
  try {
    extraction = await beforeDeadline(readFrames(tabId, deadline), deadline);
  } catch (error) {
    refusal = error instanceof Error ? error.message : String(error);
  }
  if (extraction === late) return unreadable(fallback, unansweredPageMessage());
  if (!extraction) return unreadable(fallback, unreadablePageMessage(fallback.url, refusal));
  if (extraction.pdf && !extraction.selection) return unreadable(fallback, pdfPageMessage());
  return {
    ok: true,
    extraction,
    pageClipCount: await countPageClips(db, extraction.source.canonicalUrl),
  };
}

async function readFrames(tabId: number, deadline: number): Promise<Extraction | undefined> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [extractorFile] });
  const top = Extraction.safeParse(injection?.result);
  if (!top.success) return undefined;
  if (top.data.article || top.data.selection || !top.data.framed) return top.data;
  // No article on the page itself, but frames: the article may be in one
  // (issue #6). Frames the user has not granted Casefile are skipped by the browser.
  const framed = await beforeDeadline(
    browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [extractorFile] }).catch(() => []),
    deadline,
  );
  if (framed === late) return top.data;
  return bestFrame(framed.filter((frame) => frame.frameId !== 0).map((frame) => Extraction.safeParse(frame.result).data)) ?? top.data;
}

/** The frame where the user selected text, else the one with the longest article. */
function bestFrame(frames: (Extraction | undefined)[]): Extraction | undefined {
  const read = frames.filter((frame): frame is Extraction => frame !== undefined);
  return read.find((frame) => frame.selection) ?? read.filter((frame) => frame.article).sort((a, b) => b.article!.text.length - a.article!.text.length)[0];
}

function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T | typeof late> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof late>((resolve) => {
    timer = setTimeout(() => resolve(late), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function unreadable(source: Citation, message: string): Promise<TabReading> {
  return {
    ok: false,
    message,
    source,
    pageClipCount: source.url ? await countPageClips(db, source.url) : 0,
  };
}

/** The little the browser itself says about a tab: its address and title. */
function tabCitation(tab: Browser.tabs.Tab | undefined): Citation {
  const url = tab?.url ?? tab?.pendingUrl ?? '';
  return { url, canonicalUrl: url, title: tab?.title || url || 'Untitled page' };
}
