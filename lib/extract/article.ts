/** Readability on a clone of the document: the page itself is never touched. */
import { isProbablyReaderable, Readability } from '@mozilla/readability';

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
}

const blank = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * The main text of the page, or undefined when the page has no article
 * (`isProbablyReaderable` false, or Readability finds nothing): the clip then
 * works from the selection and the page's title and URL (issue #2).
 */
export function extractArticle(doc: Document): ArticleResult | undefined {
  if (!isProbablyReaderable(doc)) return undefined;
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // The serializer hands back the article element itself: its text is read
    // straight from the DOM, never serialised to HTML and parsed again.
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  } catch {
    return undefined;
  }
  if (!parsed?.content) return undefined;
  const text = plainText(parsed.content);
  if (!text) return undefined;
  return {
    text,
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

const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/**
 * An element's text as plain text: one paragraph per block, blank lines
 * between, white space folded. Only text nodes are read; no HTML survives.
 */
export function plainText(root: Node): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const folded = current.replace(/\s+/g, ' ').trim();
    if (folded) blocks.push(folded);
    current = '';
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
        walk(child);
        if (block) flush();
        else if (tag === 'TD' || tag === 'TH') current += ' ';
      }
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
