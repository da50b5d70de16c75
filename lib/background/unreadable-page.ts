/** Why Casefile cannot read a page, said as one sentence with what to do next. */

const browserPage = /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-extension|moz-extension|chrome-search):/i;
const storePage = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i;
const pdfPage = /\.pdf([?#]|$)/i;

export function unreadablePageMessage(url: string): string {
  const pasteHint = 'You can still save its address and title with a quote you type or paste below.';
  if (pdfPage.test(url)) return `Casefile can't read PDF files yet. ${pasteHint}`;
  if (storePage.test(url)) return `Extension stores don't let extensions read their pages. ${pasteHint}`;
  if (browserPage.test(url)) return `Browsers don't let extensions read their own pages. ${pasteHint}`;
  if (/^file:/i.test(url)) {
    return `Casefile can't read files on your computer unless you turn on "Allow access to file URLs" for it on the extensions page. ${pasteHint}`;
  }
  return `Casefile couldn't read this page; reloading it may help. ${pasteHint}`;
}
