/**
 * What a footnote says of its source, for a figure whose sentence names no
 * one and no year (#3): "[231]" on Wikipedia points to a note that names the
 * journal, newspaper or website and when it published the source.
 *
 * Read as Zotero reads citations in a page: COinS first (the
 * `<span class="Z3988" title="ctx_ver=…&rft.jtitle=…&rft.pub=…&rft.date=…">`
 * that Wikipedia and many library sites put in each note), then the note as
 * a reader sees it: the work a citation sets in italics (`<cite>… <i>Proceedings
 * of the National Academy of Sciences</i>. 108 (5)</cite>`), which is how
 * Wikipedia's notes name it when a saved page has lost its COinS, and the
 * years its text states (citationYear).
 */
import { citationYear } from './evidence/data-year';

export interface FootnoteSource {
  /** The journal, newspaper or website, else the publisher. */
  name?: string;
  /** The year the source was published. */
  year?: number;
}

/** A name is short text with a letter in it: not an address, not a sentence. */
function asName(raw: string | null | undefined): string | undefined {
  const name = raw?.replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '');
  if (!name || name.length < 2 || name.length > 100 || !/\p{L}/u.test(name) || /^(?:https?:|www\.)/i.test(name)) return undefined;
  // No publisher's name holds markup: "<img src=x onerror=…>" in a COinS is a hostile page's.
  if (/[<>]/.test(name)) return undefined;
  return name;
}

/** A citation's COinS holds a few hundred characters; a longer title is no citation (a hostile page's megabyte). */
const coinsChars = 4000;

/** The fields of the note's first COinS span: `rft.jtitle`, `rft.pub`, `rft.date`… */
function coinsOf(note: Element): URLSearchParams | undefined {
  for (const span of Array.from(note.getElementsByClassName('Z3988'))) {
    const title = span.getAttribute('title');
    if (title && title.length <= coinsChars && title.includes('ctx_ver=')) return new URLSearchParams(title);
  }
  return undefined;
}

/** The year of a COinS date ("2015", "2015-10-08"), up to the article's last date. */
function coinsYear(date: string | null | undefined, writtenBy: string | undefined): number | undefined {
  const year = /^\s*((?:1[89]|20)\d\d)(?!\d)/.exec(date ?? '')?.[1];
  if (!year) return undefined;
  const bound = Number(writtenBy?.slice(0, 4));
  return bound && Number(year) > bound ? undefined : Number(year);
}

/**
 * The work a `<cite>` sets in italics by itself: a journal's, newspaper's or
 * website's name. Italics inside a link are the title of what is linked (a
 * book), and italics in the note's back-links are letters ("^ a b").
 */
function italicWork(note: Element): string | undefined {
  for (const cite of Array.from(note.getElementsByTagName('cite'))) {
    for (const italic of Array.from(cite.getElementsByTagName('i'))) {
      if (italic.closest('a')) continue;
      const name = asName(italic.textContent);
      if (name) return name;
    }
  }
  return undefined;
}

/** Who published the note's source and when, as far as the note says; `writtenBy` (lastWritten) bounds the year. */
export function footnoteSource(note: Element, writtenBy?: string): FootnoteSource {
  const coins = coinsOf(note);
  const name = asName(coins?.get('rft.jtitle')) ?? asName(coins?.get('rft.pub')) ?? italicWork(note);
  const year = coinsYear(coins?.get('rft.date'), writtenBy) ?? citationYear(note.textContent ?? '', writtenBy);
  return { ...(name ? { name } : {}), ...(year !== undefined ? { year } : {}) };
}
