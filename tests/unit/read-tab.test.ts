/** The popup's reading of a tab: frames when the page has no article, and an answer in time (issue #6). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTab } from '../../lib/background/read-tab';
import type { Extraction } from '../../lib/schema';

type Injection = { frameId: number; result: unknown; documentId: string };

function extraction(url: string, changes: Partial<Extraction> = {}): Extraction {
  return { source: { url, canonicalUrl: url, title: `Page at ${url}` }, candidates: [], ...changes };
}

const article = (text: string) => ({ text, excerpt: text.slice(0, 20) });

/** Stands in for scripting.executeScript, which the fake browser lacks: answers per call, top frame first. */
function injections(answer: (target: { tabId: number; allFrames?: boolean }) => Promise<Injection[]>) {
  const calls: { allFrames?: boolean }[] = [];
  const scripting = { executeScript: vi.fn(async ({ target }: { target: { tabId: number; allFrames?: boolean } }) => (calls.push(target), answer(target))) };
  Object.assign(fakeBrowser, { scripting });
  return calls;
}

async function openTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readTab', () => {
  it('takes the page itself when it has an article, without looking into frames', async () => {
    const tabId = await openTab('http://127.0.0.1/a');
    const calls = injections(async () => [{ frameId: 0, documentId: 'top', result: extraction('http://127.0.0.1/a', { article: article('The article.'), framed: true }) }]);
    const reading = await readTab(tabId);
    expect(reading).toMatchObject({ ok: true, extraction: { article: { text: 'The article.' } } });
    expect(calls).toEqual([{ tabId }]);
  });

  it('reads the frames when the page has none, and takes the frame with the longest article', async () => {
    const tabId = await openTab('http://127.0.0.1/reader');
    const calls = injections(async (target) =>
      target.allFrames
        ? [
            { frameId: 0, documentId: 'top', result: extraction('http://127.0.0.1/reader', { framed: true }) },
            { frameId: 3, documentId: 'ad', result: extraction('http://127.0.0.1/ad', { article: article('Buy now.') }) },
            { frameId: 4, documentId: 'story', result: extraction('http://127.0.0.1/story', { article: article('The whole story, at length.') }) },
            { frameId: 5, documentId: 'broken', result: { nonsense: true } },
          ]
        : [{ frameId: 0, documentId: 'top', result: extraction('http://127.0.0.1/reader', { framed: true }) }],
    );
    const reading = await readTab(tabId);
    expect(reading).toMatchObject({ ok: true, extraction: { source: { url: 'http://127.0.0.1/story' } } });
    expect(calls).toEqual([{ tabId }, { tabId, allFrames: true }]);
  });

  it('keeps the page itself when no frame has an article', async () => {
    const tabId = await openTab('http://127.0.0.1/reader');
    injections(async (target) => [
      { frameId: 0, documentId: 'top', result: extraction('http://127.0.0.1/reader', { framed: true }) },
      ...(target.allFrames ? [{ frameId: 2, documentId: 'empty', result: extraction('http://127.0.0.1/empty') }] : []),
    ]);
    expect(await readTab(tabId)).toMatchObject({ ok: true, extraction: { source: { url: 'http://127.0.0.1/reader' } } });
  });

  it('answers in time with the tab’s own title and a sentence when the page does not', async () => {
    const tabId = await openTab('http://127.0.0.1/busy');
    injections(() => new Promise(() => {}));
    const reading = await readTab(tabId, 50);
    expect(reading).toMatchObject({ ok: false, source: { url: 'http://127.0.0.1/busy' } });
    expect(reading.ok || reading.message).toBe('This page took too long to read, so Casefile stopped. You can still save its address and title with a quote you type or paste below.');
  });

  it('explains a page the browser will not let it read', async () => {
    const tabId = await openTab('https://chromewebstore.google.com/detail/x');
    injections(() => Promise.reject(new Error('The extensions gallery cannot be scripted.')));
    const reading = await readTab(tabId);
    expect(reading.ok || reading.message).toMatch(/^Extension stores don't let extensions read their pages\./);
  });
});

describe('readTab on a PDF', () => {
  it('says Casefile cannot read PDFs yet, whatever the address', async () => {
    const tabId = await openTab('http://127.0.0.1/download?id=7');
    injections(async () => [{ frameId: 0, documentId: 'top', result: extraction('http://127.0.0.1/download?id=7', { pdf: true }) }]);
    const reading = await readTab(tabId);
    expect(reading).toMatchObject({ ok: false, source: { url: 'http://127.0.0.1/download?id=7' } });
    expect(reading.ok || reading.message).toMatch(/^Casefile can't read PDF files yet\./);
  });
});
