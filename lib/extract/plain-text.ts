/** The article's text as plain text, and where the article's links fall in that text. */

const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** A link in the plain text: its span, and its `href` as the page wrote it (resolved only when a candidate needs it). */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

/**
 * An element's text as plain text: one paragraph per block, blank lines
 * between, white space folded. Only text nodes are read; no HTML survives.
 */
export function plainText(root: Node): string {
  return readText(root, undefined);
}

/**
 * The same text, with the span of every link that stays within one
 * paragraph: a figure's sentence that links to another site names its
 * source by the link (#3: roundups of statistics cite that way).
 */
export function plainTextWithLinks(root: Node): { text: string; links: TextLink[] } {
  const links: TextLink[] = [];
  return { text: readText(root, links), links };
}

interface RawLink {
  from: number;
  to: number;
  href: string;
}

function readText(root: Node, links: TextLink[] | undefined): string {
  const blocks: string[] = [];
  let length = 0;
  let current = '';
  let flushes = 0;
  let open: RawLink[] = [];
  const flush = () => {
    flushes++;
    const folded = current.replace(/\s+/g, ' ').trim();
    if (folded) {
      const start = blocks.length ? length + 2 : 0;
      if (links && open.length) placeLinks(open, current, folded, start, links);
      blocks.push(folded);
      length = start + folded.length;
    }
    current = '';
    open = [];
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
        const block = blockTags.has(tag);
        if (block) flush();
        const from = current.length;
        const flushesBefore = flushes;
        walk(child);
        if (links && tag === 'A' && flushes === flushesBefore && current.length > from) {
          const href = (child as Element).getAttribute('href');
          if (href) open.push({ from, to: current.length, href });
        }
        if (block) flush();
        else if (tag === 'TD' || tag === 'TH') current += ' ';
      }
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

/**
 * The links of one block, their offsets in the raw text moved to the folded
 * text: white space is folded segment by segment, offset by offset in text
 * order, so that each offset costs only the text between it and the one before.
 */
function placeLinks(raw: RawLink[], text: string, foldedText: string, blockStart: number, links: TextLink[]): void {
  // Links close in text order, so their offsets come sorted, unless one holds another (which no HTML parser makes).
  let sorted = true;
  for (let i = 1; i < raw.length && sorted; i++) sorted = raw[i]!.from >= raw[i - 1]!.to;
  const offsets = sorted ? raw.flatMap((link) => [link.from, link.to]) : [...new Set(raw.flatMap((link) => [link.from, link.to]))].sort((a, b) => a - b);
  const folded = new Map<number, number>();
  let position = 0;
  let previous = 0;
  // Leading white space is trimmed: count the text as if it followed a space.
  let afterSpace = true;
  for (const offset of offsets) {
    const segment = text.slice(previous, offset).replace(/\s+/g, ' ');
    if (segment) {
      position += segment.length - (afterSpace && segment.startsWith(' ') ? 1 : 0);
      afterSpace = segment.endsWith(' ') || (afterSpace && segment === ' ');
    }
    folded.set(offset, Math.min(position, foldedText.length));
    previous = offset;
  }
  for (const link of raw) {
    let start = folded.get(link.from)!;
    let end = folded.get(link.to)!;
    // A link whose text opens or ends with a space starts or ends at its words.
    if (start < end && foldedText[start] === ' ') start++;
    if (end > start && foldedText[end - 1] === ' ') end--;
    if (end > start) links.push({ start: blockStart + start, end: blockStart + end, href: link.href });
  }
}
