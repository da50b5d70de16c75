/** DOM in, plain data out: everything Casefile reads from a page. */
import type { Extraction, Selection } from '../schema';
import { extractArticle } from './article';
import { findCandidates } from './evidence';
import { extractMetadata } from './metadata';

export interface ExtractOptions {
  url: string;
  selection?: Selection;
}

export function extractPage(doc: Document, { url, selection }: ExtractOptions): Extraction {
  const article = extractArticle(doc);
  const source = extractMetadata(doc, url, article?.fields);
  // Detection reads the article; on a page without one, the user's selection.
  const text = article?.text ?? selection?.text;
  const candidates = text ? findCandidates(text, { publishedTime: source.publishedTime, lang: source.lang }) : [];
  return {
    source,
    article: article ? { text: article.text, excerpt: article.excerpt } : undefined,
    selection,
    candidates,
  };
}
