/** DOM in, plain data out: everything Casefile reads from a page. */
import type { Candidate, Extraction, Selection } from '../schema';
import { extractArticle } from './article';
import { findCandidates } from './evidence';
import { type LinkedSource, linkedSources } from './linked-source';
import { lastWritten } from './evidence/data-year';
import { readMetadata } from './metadata';
import { articleCutNotice, findingStoppedNotice, type PageLimits, pageLimits, selectionCutNotice, tooManyElementsNotice } from './page-limits';
import { quoteSelector } from './quote-selector';
import { yieldToPage } from './yield-to-page';

export interface ExtractOptions {
  url: string;
  selection?: Selection;
  /** Smaller limits for tests; the extension uses pageLimits. */
  limits?: PageLimits;
}

/** Whole, in one go: for the extract command, the benchmark and tests. */
export function extractPage(doc: Document, options: ExtractOptions): Extraction {
  const steps = readingSteps(doc, options, () => true);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * As the content script reads a live page (issue #6): between steps the page
 * runs again whenever a slice of work has taken `sliceMs`, and the search for
 * figures stops once `findingBudgetMs` have passed, saying so.
 */
export async function extractPageGently(doc: Document, options: ExtractOptions, now: () => number = () => performance.now()): Promise<Extraction> {
  const limits = options.limits ?? pageLimits;
  const started = now();
  const steps = readingSteps(doc, options, () => now() - started < limits.findingBudgetMs);
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= limits.sliceMs) {
      await yieldToPage();
      sliceStart = now();
    }
  }
}

/** Reading a page as steps; after each `yield` the page may run. `mayGoOn` says whether the search for figures may go on. */
function* readingSteps(doc: Document, { url, selection, limits = pageLimits }: ExtractOptions, mayGoOn: () => boolean): Generator<void, Extraction> {
  const notices: string[] = [];
  const picked = selection && withinLimit(selection, limits.selectionChars, notices);
  const elements = doc.getElementsByTagName('*').length;
  let article: ReturnType<typeof extractArticle>;
  if (elements > limits.elements) notices.push(tooManyElementsNotice(elements, limits.elements));
  else article = extractArticle(doc);
  yield;
  const { citation: source, updatedTime } = readMetadata(doc, url, article?.fields);
  yield;
  let articleText = article?.text;
  if (articleText && articleText.length > limits.articleChars) {
    articleText = cutAtParagraph(articleText, limits.articleChars);
    notices.push(articleCutNotice(limits.articleChars));
  }
  // Detection reads the article; on a page without one, the user's selection.
  const text = articleText ?? picked?.text ?? '';
  const candidates: Candidate[] = [];
  // Links are the article's: a selection's text has none.
  // Footnotes are looked up in the page itself, where they are whole (Readability may leave the list out).
  const linkOf =
    articleText && article?.links.length
      ? linkedSources(text, article.links, {
          base: baseOf(doc, url),
          pageUrl: url,
          elementById: (id) => doc.getElementById(id),
          writtenBy: lastWritten(source.publishedTime, updatedTime),
        })
      : undefined;
  for (const chunk of paragraphChunks(text)) {
    // The first run is always searched: a page that took long to read still gets its lead's figures.
    if (chunk.start > 0 && !mayGoOn()) {
      notices.push(findingStoppedNotice(chunk.start / text.length));
      break;
    }
    const wholeText = chunk.start === 0 && chunk.text.length === text.length;
    for (const found of findCandidates(chunk.text, { publishedTime: source.publishedTime, updatedTime, lang: source.lang, title: source.title, url: source.url })) {
      // Where the candidate stands in the whole text: needed for a run's selector and for the links, found once.
      const start = wholeText && !linkOf ? undefined : startInWhole(found, chunk);
      if (start === undefined) {
        candidates.push(found);
        continue;
      }
      const end = start + found.selector.exact.length;
      const placed = wholeText ? found : { ...found, selector: quoteSelector(text, start, end) };
      candidates.push(linkOf ? withLinkedSource(placed, linkOf(start, end)) : placed);
    }
    yield;
  }
  return {
    source,
    article: article && articleText ? { text: articleText, excerpt: article.excerpt } : undefined,
    selection: picked,
    candidates,
    ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
    ...(doc.querySelector('iframe, frame') ? { framed: true as const } : {}),
    ...(doc.contentType === 'application/pdf' ? { pdf: true as const } : {}),
  };
}

/** What the page's relative links are resolved against: its base, or its address where the DOM has none (a parsed file). */
function baseOf(doc: Document, url: string): string {
  const base = doc.baseURI;
  return base && /^https?:/i.test(base) ? base : url;
}

function withinLimit(selection: Selection, max: number, notices: string[]): Selection {
  if (selection.text.length <= max) return selection;
  notices.push(selectionCutNotice(max));
  return { text: selection.text.slice(0, max), selector: { ...selection.selector, exact: selection.selector.exact.slice(0, max), suffix: '' } };
}

/** The text up to `max` characters, ended at the last paragraph break before it when there is one. */
function cutAtParagraph(text: string, max: number): string {
  const end = text.lastIndexOf('\n\n', max);
  return text.slice(0, end > max / 2 ? end : max);
}

interface Chunk {
  start: number;
  text: string;
}

/** Characters searched for figures between two chances for the page to run. */
const chunkChars = 20_000;

/** The text in runs of whole paragraphs of about `chunkChars`; one run when it is shorter. */
function* paragraphChunks(text: string): Generator<Chunk> {
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > chunkChars) {
      const brk = text.indexOf('\n\n', start + chunkChars);
      if (brk !== -1) end = brk;
    }
    yield { start, text: text.slice(start, end) };
    start = end;
  }
}

/**
 * The candidate with the other site its sentence links to, that site's name
 * when the link gives it in a parenthesis, and the source's year when the
 * sentence states none: the figure is then as old as its source, not as the
 * article (#3).
 */
function withLinkedSource(candidate: Candidate, linked: LinkedSource | undefined): Candidate {
  if (!linked) return candidate;
  return {
    ...candidate,
    citedUrl: linked.url,
    ...(!candidate.citedOrigin && linked.name ? { citedOrigin: linked.name } : {}),
    ...(candidate.dataYear === undefined && linked.year !== undefined ? { dataYear: linked.year } : {}),
  };
}

/** Where a candidate found in one run starts in the whole text (its selector finds it in the run). */
function startInWhole(candidate: Candidate, chunk: Chunk): number | undefined {
  const { prefix, exact } = candidate.selector;
  const local = chunk.text.indexOf(prefix + exact);
  return local === -1 ? undefined : chunk.start + local + prefix.length;
}
