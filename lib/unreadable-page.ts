/** Why Casefile cannot read a page, said as one sentence with what to do next. */

const browserPage = /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-extension|moz-extension|chrome-search):/i;
const storePage = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i;
const pdfPage = /\.pdf([?#]|$)/i;

const pasteHint = 'You can still save its address and title with a quote you type or paste below.';

/** The page has not answered yet (issue #6): it is busy, or too large to read quickly. */
export function slowPageMessage(): string {
  return `This page is taking long to read. ${pasteHint} What Casefile finds on the page will appear here when it answers.`;
}

/** The page never answered: Casefile stopped waiting. */
export function unansweredPageMessage(): string {
  return `This page took too long to read, so Casefile stopped. ${pasteHint}`;
}

/** A PDF shown in the browser's viewer, whatever its address (issue #6). */
export function pdfPageMessage(): string {
  return `Casefile can't read PDF files yet. ${pasteHint}`;
}

/**
 * Without the "tabs" permission the browser hides the address of its own
 * pages, but its refusal to script them names what they are (issue #6):
 * "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted."
 */
const browserRefusal = /\b(chrome|edge|about|chrome-extension|chrome-search|devtools|view-source|moz-extension):/i;
const storeRefusal = /extensions gallery|web store|addons\.mozilla\.org/i;

export function unreadablePageMessage(url: string, refusal = ''): string {
  if (pdfPage.test(url)) return pdfPageMessage();
  if (storePage.test(url) || (!url && storeRefusal.test(refusal))) return `Extension stores don't let extensions read their pages. ${pasteHint}`;
  if (browserPage.test(url) || (!url && browserRefusal.test(refusal))) return `Browsers don't let extensions read their own pages. ${pasteHint}`;
  if (/^file:/i.test(url)) {
    return `Casefile can't read files on your computer unless you turn on "Allow access to file URLs" for it on the extensions page. ${pasteHint}`;
  }
  return `Casefile couldn't read this page; reloading it may help. ${pasteHint}`;
}
