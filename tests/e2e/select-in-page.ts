/**
 * Runs inside a test page (Playwright's or Puppeteer's `evaluate`): selects the
 * first occurrence of `wanted`, as a person dragging over it would. Walks from
 * documentElement, not body: a hostile page may clobber document.body
 * (<img name="body">). Says whether the text was found.
 */
export function selectInPage(wanted: string): boolean {
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue?.indexOf(wanted) ?? -1;
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
  }
  return false;
}
