/** Readability on a copy of the document: the page itself is never touched. */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { plainTextWithLinks, type TextLink } from './plain-text';
import { flattenShadowRoots, hasOpenShadowRoot } from './shadow-dom';
import { measuredLength, measureElement } from './text-length';

/** What Readability says about the page, used as the metadata fallback. */
export interface ReadabilityFields {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  excerpt?: string;
}

export interface ArticleResult {
  /** The article as plain text, paragraphs separated by blank lines. */
  text: string;
  excerpt: string;
  fields: ReadabilityFields;
  /** The article's links, where they fall in `text`. */
  links: TextLink[];
}

export { plainText } from './plain-text';

const blank = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * The main text of the page, or undefined when the page has no article
 * (`isProbablyReaderable` false, or Readability finds nothing): the clip then
 * works from the selection and the page's title and URL (issue #2).
 */
export function extractArticle(doc: Document): ArticleResult | undefined {
  return readPage(doc) ?? (hasOpenShadowRoot(doc) ? readPage(flattenShadowRoots(doc)) : undefined);
}

/**
 * The article of `page` as Readability finds it. A page whose article sits in
 * shadow DOM has none in its light DOM, so extractArticle looks into shadow
 * roots only then, and ordinary pages never pay for the search (issue #6).
 */
function readPage(page: Document): ArticleResult | undefined {
  if (!isProbablyReaderable(page, { visibilityChecker: isNodeVisible })) return undefined;
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = readArticle(page);
  } catch {
    return undefined;
  }
  if (!parsed?.content) return undefined;
  const { text, links } = plainTextWithLinks(parsed.content);
  if (!text) return undefined;
  return {
    text,
    links,
    excerpt: blank(parsed.excerpt) ?? text.slice(0, 300),
    fields: {
      title: blank(parsed.title),
      byline: blank(parsed.byline),
      siteName: blank(parsed.siteName),
      publishedTime: blank(parsed.publishedTime),
      lang: blank(parsed.lang),
      excerpt: blank(parsed.excerpt),
    },
  };
}

/**
 * isProbablyReaderable's own visibility test, answered without building a
 * style object for the (usual) element that has no style attribute: its
 * inline display is then never "none".
 */
export function isNodeVisible(node: Node): boolean {
  const element = node as Element;
  if (element.hasAttribute('style')) {
    const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && style.display == 'none') return false;
  }
  if (element.hasAttribute('hidden')) return false;
  if (!element.hasAttribute('aria-hidden') || element.getAttribute('aria-hidden') != 'true') return true;
  const className = (element as { className?: unknown }).className;
  return typeof className === 'string' && className.includes('fallback-image');
}

const readerOptions = {
  // The serializer hands back the article element itself: its text is read
  // straight from the DOM, never serialised to HTML and parsed again.
  serializer: (el: Node) => el as Element,
  // Classes are never read: only the article's text is.
  keepClasses: true,
};

/**
 * Readability's parse of `doc`, the page left untouched: run on a copy
 * (readerCopy) with the speed-ups below, it gives the article and fields a
 * plain `new Readability(doc.cloneNode(true)).parse()` gives (article.test.ts
 * checks that on every page we have).
 */
export function readArticle(doc: Document): ReturnType<Readability<Element>['parse']> {
  const copy = readerCopy(doc);
  const reader = new Readability<Element>(copy, readerOptions);
  speedUp(reader);
  if (typeof (Readability.prototype as unknown as ReaderInternals)._grabArticle !== 'function') return reader.parse();
  deferPageCache(copy, () => {
    // The body as Readability had it when it first read it: the same steps
    // on a fresh copy, up to that first read.
    const fresh = readerCopy(doc);
    const replay = new Readability<Element>(fresh, readerOptions) as unknown as ReaderInternals;
    let body: Element | undefined;
    const stop = {};
    replay._grabArticle = () => {
      body = fresh.body;
      throw stop;
    };
    try {
      (replay as unknown as Readability<Element>).parse();
    } catch (error) {
      if (error !== stop) throw error;
    }
    if (!body) throw new Error('Readability did not read the page');
    return body;
  });
  return reader.parse();
}

/**
 * Readability's first step in finding the article is to serialise the whole
 * <body> (`page.innerHTML`), kept only to start again from if the first try
 * finds too little text; on most pages it never does, and the string is a
 * tenth of Readability's time. On the copy's body, reading innerHTML gives a
 * token instead; writing the token back (the retry) puts back a copy of the
 * body as that read would have found it, made only then by `pageBody`: a
 * copy of elements, not HTML written out and parsed again (#3: 13 of the
 * 110 corpus pages retry; on those the parse was the retry's largest cost).
 */
function deferPageCache(copy: Document, pageBody: () => Element): void {
  const body = copy.body;
  if (!body) return;
  let accessor: PropertyDescriptor | undefined;
  for (let proto = Object.getPrototypeOf(body); proto && !accessor; proto = Object.getPrototypeOf(proto)) {
    accessor = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
  }
  const { get, set } = accessor ?? {};
  if (!get || !set) return;
  const token = '<!-- casefile: the page as Readability first read it -->';
  let first: Element | undefined;
  try {
    Object.defineProperty(body, 'innerHTML', {
      configurable: true,
      get: () => token,
      set(this: Element, value: string) {
        if (value !== token) return void set.call(this, value);
        // Each retry starts from its own copy: the one kept stays as first read.
        // The body's own document: `copy` may be the view readerCopy hands Readability, which imports nothing.
        const again = this.ownerDocument.importNode((first ??= pageBody()), true);
        this.textContent = '';
        while (again.firstChild) this.appendChild(again.firstChild);
      },
    });
  } catch {
    // A DOM that refuses the property: Readability serialises the body as usual.
  }
}

/**
 * What Readability needs of the page, copied: the whole <body>, and of the
 * <head> what it reads (<title>, <meta>, <base>, JSON-LD scripts). The rest of
 * the head (scripts, styles, links, noscript, template) is what Readability
 * removes or never looks at, and on a modern page it is a good share of the
 * nodes a whole-document clone would copy. The copied elements belong to a
 * shallow clone of the document (so they keep the page's URL, content type
 * and mode, and load nothing), but are never put into it: joining a document
 * costs about half as much again as the copy itself, and Readability only
 * needs what `readerView` gives it.
 */
export function readerCopy(doc: Document): Document {
  const root = doc.documentElement;
  const copy = doc.cloneNode(false) as Document;
  if (!root || copy.firstChild) return doc.cloneNode(true) as Document;
  const rootCopy = copy.importNode(root, false);
  // The first <head> child is document.head; found by hand, since linkedom's
  // document.head adds a head to a page that has none.
  let head: Node | undefined;
  for (let child = root.firstChild; child && !head; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).localName === 'head') head = child;
  }
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child !== head) {
      const childCopy = copy.importNode(child, true);
      if (childCopy.nodeType === 1) dropStyles(childCopy as Element);
      rootCopy.appendChild(childCopy);
      continue;
    }
    const headCopy = copy.importNode(child, false);
    for (let node = child.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1 && droppedFromHead(node as Element)) continue;
      headCopy.appendChild(copy.importNode(node, true));
    }
    rootCopy.appendChild(headCopy);
  }
  // A page laid out <head> then <body> (as parsers leave nearly every page) has
  // the same body and title for every DOM, and the title is read from the page
  // itself. Any other layout is read as the DOM reads it: the copy joins its document.
  const first = rootCopy.firstElementChild;
  const body = first?.nextElementSibling;
  if (first && body && isHtml(first, 'head') && isHtml(body, 'body')) return readerView(copy, rootCopy, body, doc.title);
  copy.appendChild(rootCopy);
  return copy;
}

const isHtml = (element: Element, name: string) =>
  element.localName === name && element.namespaceURI === 'http://www.w3.org/1999/xhtml';

/**
 * The copy as Readability 0.6 uses its document: its root, body and title,
 * its elements by tag or selector, and new elements and text.
 */
function readerView(copy: Document, root: Element, body: Element, title: string): Document {
  const view = {
    documentElement: root,
    firstChild: root,
    body,
    title,
    baseURI: copy.baseURI,
    documentURI: copy.documentURI,
    getElementsByTagName: (name: string) => root.getElementsByTagName(name),
    querySelectorAll: (selectors: string) => root.querySelectorAll(selectors),
    createElement: (name: string) => copy.createElement(name),
    createTextNode: (data: string) => copy.createTextNode(data),
  };
  return view as unknown as Document;
}

/**
 * Readability removes every <style> before it reads the page; a copy that
 * holds them parses their CSS when it joins the document. Out they go first,
 * all but those its one earlier step could see: `_unwrapNoscriptImages`
 * looks into <noscript>s and into the element before each (once images
 * without a source are gone), where a <style> would count as a child and as
 * text.
 */
function dropStyles(root: Element): void {
  for (const style of Array.from(root.getElementsByTagName('style'))) {
    let seen = false;
    for (let element: Element | null = style; element && !seen; element = element.parentElement) {
      let next = element.nextElementSibling;
      while (next?.localName === 'img') next = next.nextElementSibling;
      seen = element.localName === 'noscript' || next?.localName === 'noscript';
    }
    if (!seen) style.remove();
  }
}

/** Head elements Readability removes before reading the page (scripts, styles) or never reads. */
function droppedFromHead(element: Element): boolean {
  switch (element.localName) {
    case 'script':
      return element.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json';
    case 'style':
    case 'link':
    case 'noscript':
    case 'template':
      return true;
    default:
      return false;
  }
}

type Method = (this: unknown, ...args: unknown[]) => unknown;
type ReaderInternals = Record<string, unknown> & { REGEXPS: Record<string, RegExp> };

/** Readability 0.6's methods that the speed-ups below replace or call. */
const replacedMethods = [
  '_isProbablyVisible', '_isValidByline', '_isElementWithoutContent', '_fixRelativeUris', '_hasChildBlockElement',
  '_isPhrasingContent', '_getNodeAncestors', '_initializeNode', '_getLinkDensity', '_cleanConditionally',
  '_getInnerText', '_grabArticle', '_cleanStyles', '_getTextDensity',
] as const;
type Methods = Record<(typeof replacedMethods)[number], Method>;

const nonBlank = /\S/;

/** Whether any text below `node` is more than white space (as `textContent.trim()` would say), stopping at the first that is. */
function hasText(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) {
      if (nonBlank.test((child as CharacterData).data)) return true;
    } else if (child.nodeType === 1 && child.firstChild && hasText(child)) {
      return true;
    }
  }
  return false;
}

/**
 * Readability 0.6 spends much of its time in a few helpers that call
 * `textContent` (a copy of all the text below a node) or `node.style` on
 * every element it walks: on an element high in the page that is the whole
 * page's text, once per ancestor. This replaces them, on this one instance,
 * with versions that give the same answers for less: the cheap tests first,
 * an early stop at the first non-blank text, no style object for an element
 * without a style attribute, children walked directly rather than through a
 * NodeList and a callback, tags looked up in a Set rather than a list, and
 * texts read once where Readability reads them again unchanged (below).
 * `_fixRelativeUris` only rewrites link and image addresses, which Casefile
 * never reads (it keeps the article's text), so it is skipped; `_cleanStyles`
 * cleans only the elements whose attributes Readability reads again.
 * lib/extract/article.test.ts checks, page by page, that the article and
 * fields are the same with and without these.
 */
export function speedUp(reader: Readability<Element>): void {
  const internals = reader as unknown as ReaderInternals;
  const original = Readability.prototype as unknown as Methods;
  const { byline, hashUrl } = internals.REGEXPS ?? {};
  const { DIV_TO_P_ELEMS: blocks, PHRASING_ELEMS: phrasingTags } = internals;
  if (replacedMethods.some((name) => typeof original[name] !== 'function') || !(byline instanceof RegExp) ||
    !(hashUrl instanceof RegExp) || !(blocks instanceof Set) || !Array.isArray(phrasingTags)) {
    return;
  }
  const { _isProbablyVisible: isProbablyVisible } = original;
  internals._isValidByline = (node: Element, matchString: string) => {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  };
  internals._isProbablyVisible = function (this: unknown, node: Element) {
    // Without a style attribute the inline style is empty: neither display:none nor visibility:hidden.
    if (node.hasAttribute('style')) return isProbablyVisible.call(this, node);
    if (node.hasAttribute('hidden')) return false;
    if (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') != 'true') return true;
    const className = (node as { className?: unknown }).className;
    return !!className && typeof className === 'string' && className.includes('fallback-image');
  };
  internals._isElementWithoutContent = (node: Element) =>
    node.nodeType === 1 &&
    !hasText(node) &&
    (!node.children.length ||
      node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length);
  internals._fixRelativeUris = () => {};
  cleanStylesWhereRead(internals, original._cleanStyles);
  const hasChildBlock = (element: Node): boolean => {
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (blocks.has((node as Element).tagName) || hasChildBlock(node)) return true;
    }
    return false;
  };
  internals._hasChildBlockElement = hasChildBlock;
  const phrasing = new Set(phrasingTags);
  const isPhrasing = (node: Node): boolean => {
    if (node.nodeType === 3) return true;
    const tag = (node as Element).tagName;
    if (phrasing.has(tag)) return true;
    if (tag !== 'A' && tag !== 'DEL' && tag !== 'INS') return false;
    for (let child = node.firstChild; child; child = child.nextSibling) if (!isPhrasing(child)) return false;
    return true;
  };
  internals._isPhrasingContent = isPhrasing;
  const cleaning = cleanReadingTextsOnce(internals, original);
  scoreCandidatesOnce(internals, original, hashUrl, cleaning);
  skipGrabbedLog(internals, original._grabArticle);
}

/**
 * `_cleanStyles` strips style and presentational attributes from every
 * element of the article, for the HTML it hands back; Casefile keeps only the
 * text. Of those attributes, Readability itself reads later only those of
 * images and figures (`_fixLazyImages` looks in every attribute for an
 * image's address) and of embeds (`_clean` and `_cleanConditionally` look in
 * every attribute, and in an <object>'s HTML, for a video's): those elements
 * alone are cleaned, as Readability cleans them (with what is below them,
 * never inside an <svg>).
 */
function cleanStylesWhereRead(internals: ReaderInternals, cleanStyles: Method): void {
  internals._cleanStyles = function (this: unknown, root: Element | null) {
    if (!root) return;
    for (const element of Array.from(root.querySelectorAll('img, picture, figure, object, embed, iframe'))) {
      if (!element.closest('svg')) cleanStyles.call(this, element);
    }
  };
}

/**
 * parse() logs the article it grabbed as HTML, `this.log("Grabbed: " +
 * articleContent.innerHTML)`, debugging or not: the whole article serialised
 * and thrown away. The article `_grabArticle` hands back answers that one
 * read with nothing, and every later one as usual.
 */
function skipGrabbedLog(internals: ReaderInternals, grabArticle: Method): void {
  internals._grabArticle = function (this: { _debug?: boolean }, ...args: unknown[]) {
    const article: unknown = grabArticle.apply(this, args);
    if (article && typeof article === 'object' && !this._debug) {
      try {
        Object.defineProperty(article, 'innerHTML', {
          configurable: true,
          get: () => {
            Reflect.deleteProperty(article, 'innerHTML');
            return '';
          },
        });
      } catch {
        // A DOM that refuses the property: the log line serialises the article as before.
      }
    }
    return article;
  };
}

/**
 * `_cleanConditionally` weighs each element of one tag in the article, last
 * first, removing those that look like clutter; weighing one reads its text
 * half a dozen times (commas, link density, heading and text density) and the
 * text of its lists, links and blocks. Last first, no element's text changes
 * once it has been read: the elements removed after it come before it in the
 * page, so they hold none of its text (an ancestor's removal takes it along
 * unchanged). So within one call each text is read once, and the lengths it
 * weighs (of the element, of its headings and "textish" descendants for its
 * text densities, of its links for its link density) are put together from
 * those of the elements below (text-length.ts) rather than each read whole:
 * a list item's text is measured once, not again for its list, its <div> and
 * every <div> around them (#3: the text densities alone were a fifth of
 * `_prepArticle`). Returns the measures while a call lasts, for the link density.
 */
function cleanReadingTextsOnce(
  internals: ReaderInternals,
  { _cleanConditionally: clean, _getInnerText: innerText, _getTextDensity: textDensity }: Methods,
): () => Map<Node, number> | undefined {
  let read: Map<Node, string>[] | undefined;
  let measures: Map<Node, number> | undefined;
  internals._cleanConditionally = function (this: unknown, ...args: unknown[]) {
    read = [new Map(), new Map()];
    measures = new Map();
    try {
      return clean.apply(this, args);
    } finally {
      read = undefined;
      measures = undefined;
    }
  };
  internals._getTextDensity = function (this: { _getAllNodesWithTag(node: Element, tags: string[]): ArrayLike<Element> }, element: Element, tags: string[]) {
    if (!measures) return textDensity.call(this, element, tags);
    const textLength = measuredLength(measureElement(element, measures));
    if (textLength === 0) return 0;
    let childrenLength = 0;
    const children = this._getAllNodesWithTag(element, tags);
    for (let i = 0; i < children.length; i++) childrenLength += measuredLength(measureElement(children[i]!, measures));
    return childrenLength / textLength;
  };
  internals._getInnerText = function (this: unknown, node: Node, normalizeSpaces?: boolean) {
    if (!read) return innerText.call(this, node, normalizeSpaces);
    const texts = read[normalizeSpaces === undefined || normalizeSpaces ? 1 : 0]!;
    let text = texts.get(node);
    if (text === undefined) {
      text = innerText.call(this, node, normalizeSpaces) as string;
      texts.set(node, text);
    }
    return text;
  };
  return () => measures;
}

/**
 * Readability scores the article in a stretch of work that leaves the
 * document as it is: it initialises every ancestor of a paragraph as a
 * candidate (`_getNodeAncestors(p, 5)`, then `_initializeNode`), and then
 * takes each candidate's link density in the same order. Candidates are
 * nested (a paragraph's parent, grandparent and so on), so each one's text
 * and links are mostly those of the one before; `_getLinkDensity` reads them
 * all again. Within that stretch only, this reads each text and link once
 * (text-length.ts). The stretch is recognised by its calls: a density asked
 * for anything but the next candidate in line, or any other initialisation,
 * ends it, and every other call is Readability's own.
 */
function scoreCandidatesOnce(
  internals: ReaderInternals,
  { _getNodeAncestors: ancestorsOf, _initializeNode: initialize, _getLinkDensity: linkDensity }: Methods,
  hashUrl: RegExp,
  /** The measures of the `_cleanConditionally` call under way, if one is (cleanReadingTextsOnce). */
  cleaningMeasures: () => Map<Node, number> | undefined,
): void {
  // The candidates in line while scoring (`next` is the one whose density comes next), or none.
  let candidates: Element[] | undefined;
  let next = 0;
  let measures = new Map<Node, number>();
  let links = new Map<Element, number>();
  const end = () => {
    candidates = undefined;
    measures = new Map();
    links = new Map();
  };
  internals._getNodeAncestors = function (this: unknown, node: Node, maxDepth?: number) {
    if (maxDepth === 5 && !candidates) {
      end();
      candidates = [];
      next = 0;
    }
    return ancestorsOf.call(this, node, maxDepth);
  };
  internals._initializeNode = function (this: unknown, node: Element) {
    if (candidates && next === 0) candidates.push(node);
    else end();
    return initialize.call(this, node);
  };
  internals._getLinkDensity = function (this: unknown, element: Element) {
    if (candidates?.[next] !== element) {
      end();
      const cleaning = cleaningMeasures();
      return cleaning ? measuredLinkDensity(element, cleaning, undefined, hashUrl) : linkDensity.call(this, element);
    }
    if (++next === candidates.length) candidates = undefined;
    return measuredLinkDensity(element, measures, links, hashUrl);
  };
}

/**
 * `_getLinkDensity` from measures (text-length.ts): the same sum, in the same
 * order, of the same lengths, so the same number. `links` keeps each link's
 * weighted length, where the caller may reuse them.
 */
function measuredLinkDensity(element: Element, measures: Map<Node, number>, links: Map<Element, number> | undefined, hashUrl: RegExp): number {
  const textLength = measuredLength(measureElement(element, measures));
  if (textLength === 0) return 0;
  let linkLength = 0;
  const anchors = element.getElementsByTagName('a');
  for (let i = 0, count = anchors.length; i < count; i++) {
    const link = anchors[i]!;
    let length = links?.get(link);
    if (length === undefined) {
      const href = link.getAttribute('href');
      length = measuredLength(measureElement(link, measures)) * (href && hashUrl.test(href) ? 0.3 : 1);
      links?.set(link, length);
    }
    linkLength += length;
  }
  return linkLength / textLength;
}
