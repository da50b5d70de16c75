/**
 * "Save to Casefile as …" on a selection, and "Save page to Casefile" without
 * one: read the page, keep the clip, show the count.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ClipKind } from '../schema';
import { keepClip } from './keep-clip';
import { readTab } from './read-tab';

export const contextMenuItems: Record<string, { kind: ClipKind; title: string; context: 'selection' | 'page' }> = {
  'casefile-save-statistic': { kind: 'statistic', title: 'Save to Casefile as statistic', context: 'selection' },
  'casefile-save-success-story': { kind: 'success-story', title: 'Save to Casefile as success story', context: 'selection' },
  // The whole page: its lead is the quote, its article text is kept with the source (issue #6).
  'casefile-save-page': { kind: 'statistic', title: 'Save page to Casefile', context: 'page' },
};

/** Menu items persist across service-worker restarts, so they are made once, on install. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const [id, { title, context }] of Object.entries(contextMenuItems)) {
    browser.contextMenus.create({ id, title, contexts: [context as `${Browser.contextMenus.ContextType}`] as [Browser.contextMenus.ContextType] });
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
  const page = reading.ok ? reading.extraction : undefined;
  const citation = reading.ok ? reading.extraction.source : reading.source;
  // Without a selection, the article's lead stands for the page; failing that, its title.
  const quote = selection?.text || info.selectionText || page?.article?.excerpt || citation.excerpt || citation.title;
  if (!quote.trim()) return;
  await keepClip({
    tabId: tab.id,
    citation,
    articleText: reading.ok ? (reading.extraction.article?.text ?? '') : '',
    draft: { kind: item.kind, quote, note: '', tags: [], selector: selection?.selector },
  });
}
