import { describe, expect, it } from 'vitest';
import { unreadablePageMessage } from '../../lib/unreadable-page';

describe('unreadablePageMessage', () => {
  it.each([
    ['chrome://settings', "Browsers don't let extensions read their own pages."],
    ['about:blank', "Browsers don't let extensions read their own pages."],
    ['https://chromewebstore.google.com/detail/x', "Extension stores don't let extensions read their pages."],
    ['https://example.org/report.pdf', "Casefile can't read PDF files yet."],
    ['file:///home/me/notes.html', 'Allow access to file URLs'],
    ['https://example.org/article', "Casefile couldn't read this page; reloading it may help."],
  ])('%s', (url, expected) => {
    const message = unreadablePageMessage(url);
    expect(message).toContain(expected);
    expect(message).toContain('You can still save its address and title');
  });

  // The browser hides its own pages' addresses from an extension without the "tabs" permission (issue #6).
  it.each([
    ['Cannot access a chrome:// URL', "Browsers don't let extensions read their own pages."],
    ['Cannot access a chrome-extension:// URL of different extension', "Browsers don't let extensions read their own pages."],
    ['The extensions gallery cannot be scripted.', "Extension stores don't let extensions read their pages."],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', "Casefile couldn't read this page"],
  ])('a hidden address, refused with "%s"', (refusal, expected) => {
    expect(unreadablePageMessage('', refusal)).toContain(expected);
  });
});
