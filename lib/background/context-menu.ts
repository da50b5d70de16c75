/** "Save to Casefile as …" on a selection: read the page, keep the clip, show the count. */
import { browser, type Browser } from 'wxt/browser';
import type { ClipKind } from '../schema';
import { keepClip } from './keep-clip';
import { readTab } from './read-tab';

export const contextMenuItems: Record<string, { kind: ClipKind; title: string }> = {
  'casefile-save-statistic': { kind: 'statistic', title: 'Save to Casefile as statistic' },
  'casefile-save-success-story': { kind: 'success-story', title: 'Save to Casefile as success story' },
};

/** Menu items persist across service-worker restarts, so they are made once, on install. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const [id, { title }] of Object.entries(contextMenuItems)) {
    browser.contextMenus.create({ id, title, contexts: ['selection'] });
  }
}

export async function saveFromContextMenu(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  const item = contextMenuItems[String(info.menuItemId)];
  if (!item || tab?.id === undefined) return;
  const reading = await readTab(tab.id);
  const selection = reading.ok ? reading.extraction.selection : undefined;
  const quote = selection?.text || info.selectionText || '';
  if (!quote.trim()) return;
  await keepClip({
    tabId: tab.id,
    citation: reading.ok ? reading.extraction.source : reading.source,
    articleText: reading.ok ? (reading.extraction.article?.text ?? '') : '',
    draft: { kind: item.kind, quote, note: '', tags: [], selector: selection?.selector },
  });
}
