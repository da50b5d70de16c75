import { createContextMenus, saveFromContextMenu } from '@/lib/background/context-menu';
import { changeClip, keepClip } from '@/lib/background/keep-clip';
import { readTab } from '@/lib/background/read-tab';
import { onMessage } from '@/lib/messaging';
import { ExtractTabRequest } from '@/lib/schema';

// Wiring only. Listeners are registered synchronously at the top level so a
// stopped service worker that wakes for an event still finds them (MV3).
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void saveFromContextMenu(info, tab));
  onMessage('readTab', ({ data }) => readTab(ExtractTabRequest.parse(data).tabId));
  onMessage('saveClip', ({ data }) => keepClip(data));
  onMessage('updateClip', ({ data }) => changeClip(data));
});
