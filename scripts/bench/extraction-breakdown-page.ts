/**
 * Runs in Chromium for extraction-breakdown.ts and extraction-compare.ts:
 * Casefile's extraction stage by stage, and Readability as Casefile runs it
 * beside Readability on a plain clone, interleaved with bare Readability.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { extractPage } from '../../lib/extract';
import { extractArticle, isNodeVisible, plainText, readArticle, readerCopy } from '../../lib/extract/article';
import { findCandidates } from '../../lib/extract/evidence';
import { extractMetadata } from '../../lib/extract/metadata';
import { hasOpenShadowRoot } from '../../lib/extract/shadow-dom';
import { markupByline } from '../../lib/extract/metadata/byline';
import { datelineCandidates, postedLineDates } from '../../lib/extract/metadata/dateline';
import { readJsonLd } from '../../lib/extract/metadata/json-ld';
import { readMetaTags } from '../../lib/extract/metadata/meta-tags';
import { headings } from '../../lib/extract/metadata/title';

/** `setup` runs outside the timed span; `run` is timed. */
interface Variant {
  setup?: (doc: Document) => unknown;
  run: (arg: any, url: string) => unknown;
}

const asElement = { serializer: (el: Node) => el as Element };
const plainClone = (doc: Document) => new Readability<Element>(doc.cloneNode(true) as Document, asElement).parse();

const variants: Record<string, Variant> = {
  readability: { run: (doc) => new Readability(doc).parse() },
  casefile: { run: (doc, url) => extractPage(doc, { url }) },
  // Stages of extractPage.
  readerable: { run: (doc) => isProbablyReaderable(doc, { visibilityChecker: isNodeVisible }) },
  readerCopy: { run: readerCopy },
  readArticle: { run: readArticle },
  // With Readability's fields, as extractPage passes them: a byline Readability found spares the walk for one.
  metadata: { setup: (doc) => ({ doc, fields: extractArticle(doc)?.fields }), run: ({ doc, fields }, url) => extractMetadata(doc, url, fields) },
  // Parts of the metadata: the tags and JSON-LD every page reads, and the walks of the page made when they say nothing.
  metaTags: { run: readMetaTags },
  jsonLd: { run: (doc, url) => readJsonLd(doc, [url]) },
  headings: { run: headings },
  bylineWalk: { run: markupByline },
  datelineWalk: { run: datelineCandidates },
  postedLineWalk: { run: (doc) => [...postedLineDates(doc)] },
  // Checks extractPage makes before reading (issue #6).
  elementCount: { run: (doc) => doc.getElementsByTagName('*').length },
  shadowCheck: { run: hasOpenShadowRoot },
  plainText: { setup: (doc) => readArticle(doc)?.content, run: (el) => el && plainText(el) },
  candidates: { setup: (doc) => extractArticle(doc)?.text ?? '', run: (text) => findCandidates(text, {}) },
  // What extractArticle did before readerCopy and the speed-ups: a whole-document clone.
  clone: { run: (doc) => doc.cloneNode(true) },
  'plain clone': { run: plainClone },
};

async function timeBreakdown(html: string, url: string, repetitions: number, names?: string[]) {
  const ms: Record<string, number[]> = {};
  const list = names ?? Object.keys(variants);
  for (let round = 0; round < repetitions; round++) {
    for (const name of list) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const variant = variants[name]!;
      const arg = variant.setup ? variant.setup(doc) : doc;
      const start = performance.now();
      variant.run(arg, url);
      (ms[name] ??= []).push(performance.now() - start);
    }
  }
  return ms;
}

/** Readability's article (as plain text) and fields from each variant, as JSON, for comparing. */
function compare(html: string, names: string[]) {
  const out: Record<string, string> = {};
  for (const name of names) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const variant = variants[name]!;
    const parsed = variant.run(variant.setup ? variant.setup(doc) : doc, 'http://fakehost/test/page.html') as ReturnType<typeof plainClone>;
    out[name] = parsed ? JSON.stringify({ ...parsed, content: parsed.content ? plainText(parsed.content) : null }) : 'null';
  }
  return out;
}

Object.assign(globalThis, { timeBreakdown, compare });
