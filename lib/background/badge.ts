/** The toolbar badge: how many clips the page in a tab has. */
import { browser } from 'wxt/browser';

export async function showPageClipCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });
}
