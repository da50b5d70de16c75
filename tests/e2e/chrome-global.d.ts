// Code passed to page.evaluate / worker.evaluate runs inside the extension,
// where Chrome's `chrome` global is the extension API.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
