/**
 * Runs inside a test page (Playwright's or Puppeteer's `evaluate`): selects the
 * first occurrence of `wanted`, as a person dragging over it would, across
 * elements too ("<a>A HubSpot survey</a> found that ..."). Walks from
 * documentElement, not body: a hostile page may clobber document.body
 * (<img name="body">). Says whether the text was found.
 */
export function selectInPage(wanted: string): boolean {
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  const nodes: { node: Node; start: number }[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node, start: text.length });
    text += node.nodeValue ?? '';
  }
  const at = text.indexOf(wanted);
  if (at < 0) return false;
  // The text node holding a position of the joined text: the last one starting at or before it.
  const place = (position: number, end: boolean) => {
    let index = 0;
    while (index + 1 < nodes.length && (end ? nodes[index + 1]!.start < position : nodes[index + 1]!.start <= position)) index++;
    return { node: nodes[index]!.node, offset: position - nodes[index]!.start };
  };
  const from = place(at, false);
  const to = place(at + wanted.length, true);
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
