/**
 * Runs in the benchmark's Chromium page: times bare Readability, defuddle and
 * Casefile's whole extraction (article + metadata + candidates) on one page,
 * interleaved so that the machine's noise falls on all three alike.
 */
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { extractPage } from '../../lib/extract';
import { roundOrder } from './stats';

export type ExtractorName = 'readability' | 'readability+clone' | 'defuddle' | 'casefile';

const extractors: Record<ExtractorName, (doc: Document, url: string) => unknown> = {
  readability: (doc) => new Readability(doc).parse(),
  // How an extension must run Readability on a live page: on a clone, since
  // parse() rewrites the document it is given.
  'readability+clone': (doc) => new Readability(doc.cloneNode(true) as Document).parse(),
  defuddle: (doc, url) => new Defuddle(doc, { url }).parse(),
  casefile: (doc, url) => extractPage(doc, { url }),
};

export interface PageTimings {
  ms: Record<ExtractorName, number[]>;
  errors: Partial<Record<ExtractorName, string>>;
  candidates: number;
}

async function timePage(html: string, url: string, repetitions: number): Promise<PageTimings> {
  const ms: Record<ExtractorName, number[]> = { readability: [], 'readability+clone': [], defuddle: [], casefile: [] };
  const errors: Partial<Record<ExtractorName, string>> = {};
  let candidates = 0;
  const names = Object.keys(extractors) as ExtractorName[];
  for (let round = 0; round < repetitions; round++) {
    for (const name of roundOrder(names, round)) {
      if (errors[name]) continue;
      // A fresh document each time, parsed outside the timed span.
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const start = performance.now();
      try {
        const result = extractors[name](doc, url);
        ms[name].push(performance.now() - start);
        if (name === 'casefile') candidates = (result as { candidates: unknown[] }).candidates.length;
      } catch (error) {
        errors[name] = String(error).slice(0, 200);
      }
    }
  }
  return { ms, errors, candidates };
}

Object.assign(globalThis, { timePage });
