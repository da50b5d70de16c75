/**
 * One walk of the page for what the metadata reads from its markup when the
 * page's metadata states no author or no date: text that may be a byline,
 * lines that begin "Posted" or "Published", and elements that may hold a date.
 * About half the corpus pages state neither, and each of the three was a walk
 * of the whole page of its own; one walk now finds all three (issue #3, the
 * extraction's speed beside bare Readability).
 */

/** Text nodes looked at: a byline or a "Posted" line sits near the top, and a 10 MB page is not walked whole. */
const maxTextNodes = 20_000;
/** Elements that may hold a date, kept in document order. */
const maxDateElements = 300;

/** Class names of elements that may hold a date or a byline (dateline.ts tells them apart). */
const dateOrBylineClass = /date|time|publish|posted|author|byline|attribution/i;
/** Elements whose text is never a byline. */
const notBylineText = new Set(['TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON']);
/** Elements whose text is never a "Posted" line. */
const notPostedText = new Set(['SCRIPT', 'STYLE', 'TITLE']);
const byWord = /\bby\b/i;
const postedLine = /^\s*(?:posted|published)\b/i;
const authorClass = /author|byline/i;
const notAuthorClass = /avatar|bio|about|follow|social|hovercard|thumb|image|photo|comment|tab|count|more|related/i;

export interface BylineText {
  node: Text;
  /** The element the text is in. */
  parent: Element;
}

export interface PageScan {
  /** Text with the word "by" in it, or inside an element whose class or id says it holds the author; in document order. */
  bylineTexts: BylineText[];
  /** Text nodes that begin "Posted" or "Published", in document order. */
  postedTexts: Text[];
  /**
   * The first elements, in document order, that are a <time datetime> or
   * whose class attribute contains a date's or a byline's word: what
   * `time[datetime], [class*="date" i], …` selects, which a browser matches
   * slowly, several times over on every element of the page.
   */
  dateElements: Element[];
}

/**
 * The element's class attribute, or ''. Read through `className` where it is
 * the attribute's string (HTML elements): a property read, quicker than
 * getAttribute on every element of the page. An SVG element's className is
 * an object.
 */
function classOf(element: Element): string {
  const { className } = element as { className?: unknown };
  return typeof className === 'string' ? className : (element.getAttribute('class') ?? '');
}

/** Whether the element's class or id says it holds the author ("byline", "author-name"; not "author-avatar"). */
export function isAuthorElement(element: Element): boolean {
  const name = classOf(element);
  const id = element.id ?? '';
  return (authorClass.test(name) || authorClass.test(id)) && !notAuthorClass.test(`${name} ${id}`);
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { bylineTexts: [], postedTexts: [], dateElements: [] };
  // The whole document, not doc.body: a saved page's broken markup can leave
  // <body> empty (linkedom on yahoo-3) with the content beside it.
  const root = doc.documentElement;
  if (!root || typeof doc.createTreeWalker !== 'function') return scan;
  const considerElement = (element: Element) => {
    const name = classOf(element);
    if ((name && dateOrBylineClass.test(name)) || (element.localName === 'time' && element.hasAttribute('datetime'))) {
      scan.dateElements.push(element);
    }
  };
  considerElement(root);
  const walker = doc.createTreeWalker(root, 1 | 4 /* NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT */);
  // Text nodes that share a parent (white space around its child elements) look it up once.
  let lastParent: Element | null = null;
  let tag = '';
  let inAuthor: boolean | undefined;
  let textsSeen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if (scan.dateElements.length < maxDateElements) considerElement(node as Element);
      else if (textsSeen >= maxTextNodes) break;
      continue;
    }
    if (textsSeen >= maxTextNodes) {
      if (scan.dateElements.length >= maxDateElements) break;
      continue;
    }
    textsSeen++;
    const parent = node.parentElement;
    if (!parent) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      tag = parent.tagName.toUpperCase();
      inAuthor = undefined;
    }
    const text = (node as Text).data;
    if (!notPostedText.has(tag) && postedLine.test(text)) scan.postedTexts.push(node as Text);
    if (notBylineText.has(tag)) continue;
    if (byWord.test(text) || (inAuthor ??= isAuthorElement(parent))) scan.bylineTexts.push({ node: node as Text, parent });
  }
  return scan;
}
