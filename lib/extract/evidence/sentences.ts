/**
 * Sentences of an article's plain text, as offsets into that text.
 *
 * `Intl.Segmenter` does the splitting; it knows nothing about abbreviations
 * ("U.S.", "Dr.", "z.B.") or initials ("J. K. Rowling"), so false splits after
 * them are merged back, and Wikipedia-style footnote markers ("text.[1] Next")
 * stay with the sentence they annotate.
 */

export interface SentenceSpan {
  /** Offset of the first character (trimmed) in the input text. */
  start: number;
  /** Offset after the last character (trimmed). */
  end: number;
  /** Index of the paragraph (blocks separated by blank lines). */
  paragraph: number;
}

/** Abbreviations after which a sentence never ends (lower-cased, with their dots). */
const alwaysJoin = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sr.', 'jr.', 'st.', 'mt.', 'ft.', 'gen.', 'gov.', 'sen.', 'rep.',
  'rev.', 'capt.', 'col.', 'lt.', 'sgt.', 'e.g.', 'i.e.', 'vs.', 'v.', 'etc.,', 'no.', 'nos.', 'nr.', 'approx.',
  'ca.', 'cf.', 'fig.', 'figs.', 'vol.', 'p.', 'pp.', 'para.', 'est.', 'dept.', 'univ.', 'assn.', 'bros.',
  'mio.', 'mrd.', 'bzw.', 'z.b.', 'd.h.', 'u.a.', 'usw.', 'ggf.', 'evtl.', 'inkl.', 'zzgl.', 'mind.', 'rd.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mme.', 'mlle.', 'env.', 'av.', 'apr.-j.-c.', 'resp.', 'al.',
]);

/** Abbreviations that may end a sentence: joined unless the next word starts a sentence. */
const sometimesJoin = new Set([
  'u.s.', 'u.k.', 'u.n.', 'e.u.', 'u.s.a.', 'inc.', 'corp.', 'ltd.', 'co.', 'plc.', 'llc.', 'bros.', 'a.m.',
  'p.m.', 'ph.d.', 'jan.', 'gmbh.', 'ag.', 's.a.', 'etc.', 'mass.', 'calif.', 'wash.', 'n.y.', 'd.c.',
]);

/**
 * Where a sentence ends with a word and a full stop and the next opens on a number: "doing more with less. 61% of
 * leaders said ...". ICU keeps such a pair together (its rule SB8 reads "emails. 66% of marketers" like "e.g. 5
 * apples": the first letter after the stop is lower-case), so a statistic that opens its sentence was read with the
 * sentence before it (#3, real48). Not after an abbreviation that a number follows: "Dec. 9", "No. 5", "Rs. 500".
 */
const stopThenNumber = /(?<![\p{L}\p{N}.'’])(\p{L}{2,})\.["”’)]*(?=\s+[$€£]?\d)/gu;
const mayStopBeforeNumber = /\.["”’)]*\s+[$€£]?\d/;
/** Abbreviations a number follows, besides those in `alwaysJoin` and `sometimesJoin`. */
const numberedAbbreviations = new Set([
  'rs.', 'sec.', 'secs.', 'art.', 'arts.', 'ch.', 'chap.', 'ex.', 'ref.', 'refs.', 'tab.', 'eq.', 'eqs.', 'pt.', 'pts.',
  'ed.', 'eds.', 'ver.', 'min.', 'max.', 'avg.', 'tel.', 'ext.', 'tot.', 'op.', 'ps.', 'par.',
  'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.', 'c.', 'ln.', 'hwy.', 'rt.',
  'ste.', 'apt.', 'bldg.', 'fl.', 'dist.', 'reg.', 'sch.', 'gr.', 'kg.', 'lb.', 'lbs.', 'oz.', 'yr.', 'yrs.', 'mo.', 'mos.',
]);

/** Offsets in `para` (between s and e) where a sentence ends before a number, by `stopThenNumber`. */
function stopsBeforeNumbers(para: string, s: number, e: number): number[] {
  const cuts: number[] = [];
  stopThenNumber.lastIndex = s;
  for (let m = stopThenNumber.exec(para); m && m.index < e; m = stopThenNumber.exec(para)) {
    const end = m.index + m[0].length;
    if (end >= e) break;
    const word = `${m[1]!.toLowerCase()}.`;
    if (alwaysJoin.has(word) || sometimesJoin.has(word) || numberedAbbreviations.has(word)) continue;
    cuts.push(end);
  }
  return cuts;
}

/** Words that usually open a sentence: after "U.S." they mean the sentence ended. */
const sentenceOpeners = new Set([
  'the', 'a', 'an', 'in', 'it', 'its', 'this', 'that', 'these', 'those', 'but', 'and', 'or', 'so', 'however',
  'he', 'she', 'they', 'we', 'i', 'you', 'there', 'yet', 'still', 'meanwhile', 'for', 'on', 'at', 'as', 'if',
  'when', 'while', 'after', 'before', 'since', 'according', 'many', 'most', 'some', 'what', 'why', 'how',
  'his', 'her', 'their', 'our', 'my', 'one', 'last', 'this', 'also', 'then', 'now', 'by', 'with', 'among',
]);

/**
 * One segmenter per language, made the first time a paragraph needs
 * splitting. The first `new Intl.Segmenter` loads ICU's break data (tens of
 * milliseconds); after that each costs little, but is still made only once.
 * Tags are keyed by their primary language ("en-US", "en_us", "EN" → "en").
 */
const segmenters = new Map<string, Intl.Segmenter>();

/** The primary language subtag of a BCP 47 tag, lower-cased; "en" when absent or malformed. */
function segmenterKey(lang: string | undefined): string {
  const primary = /^\s*([A-Za-z]{2,3})(?![A-Za-z])/.exec(lang ?? '');
  return primary ? primary[1]!.toLowerCase() : 'en';
}

function segmenterFor(lang: string | undefined): Intl.Segmenter {
  const key = segmenterKey(lang);
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(key, { granularity: 'sentence' });
    } catch {
      segmenter = segmenters.get('en') ?? new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x202f;

/** The last whitespace-delimited word of text[from, to), lower-cased. */
function lastWord(text: string, from: number, to: number): string {
  let i = to;
  while (i > from && !isSpace(text.charCodeAt(i - 1))) i--;
  return text.slice(i, to).toLowerCase();
}

/** The first word of text[from, to), letters only, lower-cased. */
function firstWord(text: string, from: number, to: number): string {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  let j = i;
  while (j < to && /[\p{L}]/u.test(text[j]!)) j++;
  return text.slice(i, j).toLowerCase();
}

function shouldJoin(text: string, prevStart: number, prevEnd: number, nextStart: number, nextEnd: number): boolean {
  // Sentences start with a capital: a split before "videos lifted sales" (after
  // a quoted title ending in "?") or before "at St. Paul" is false.
  if (/^\p{Ll}\p{Ll}/u.test(text.slice(nextStart, nextStart + 2))) return true;
  // A "?" or "!" with a letter right after it, no space between, ends no sentence: an apostrophe lost to a
  // page's encoding ("if it?s too difficult", "they?d abandon"), "Yahoo!s" (#3, real25).
  if (nextStart === prevEnd && /[?!]/.test(text.charAt(prevEnd - 1)) && /^\p{L}/u.test(text.charAt(nextStart)) && /\p{L}/u.test(text.charAt(prevEnd - 2))) return true;
  // A ticker's dot opens a word, it ends no sentence: "the Dow Jones Industrial Average .DJI fell 102.2 points".
  if (nextStart === prevEnd && prevEnd - prevStart >= 2 && text.charCodeAt(prevEnd - 1) === 46 /* . */ && isSpace(text.charCodeAt(prevEnd - 2))) {
    return true;
  }
  const word = lastWord(text, prevStart, prevEnd);
  if (!word.endsWith('.')) return false;
  const bare = word.replace(/^[("'“‘[]+/, '');
  if (alwaysJoin.has(bare)) return true;
  // A single initial ("J." in "J. K. Rowling", "K." in "Brian K. Sharpe", "H.W.", "J.D.").
  const original = text.slice(prevEnd - bare.length, prevEnd);
  if (/^(?:\p{Lu}\.)+$/u.test(original) && bare.length <= 6) {
    if (!sometimesJoin.has(bare)) return true;
  }
  if (sometimesJoin.has(bare)) {
    const next = text.slice(nextStart, Math.min(nextEnd, nextStart + 40)).trimStart();
    const first = next.charAt(0);
    if (!first) return false;
    if (first !== first.toUpperCase() || /\d/.test(first)) return true;
    return !sentenceOpeners.has(firstWord(text, nextStart, nextEnd));
  }
  return false;
}

/**
 * Every sentence of `text` (paragraphs separated by blank lines), in order,
 * trimmed, with offsets into `text`. Sentences never cross a paragraph.
 */
export function splitSentences(
  text: string,
  lang?: string,
  /** Paragraphs failing this are skipped unsplit (they still count in `paragraph`). */
  keepParagraph?: (paragraph: string) => boolean,
): SentenceSpan[] {
  // Made on the first paragraph that needs splitting: a page without figures never pays for it.
  let segmenter: Intl.Segmenter | undefined;
  const spans: SentenceSpan[] = [];
  let paragraph = 0;
  let paraStart = 0;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf('\n\n', paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    const para = text.slice(paraStart, paraEnd);
    if (para.trim()) {
      if (keepParagraph && !keepParagraph(para)) {
        paragraph++;
        if (paraEnd >= text.length) break;
        paraStart = paraEnd + 2;
        continue;
      }
      const local: { start: number; end: number }[] = [];
      segmenter ??= segmenterFor(lang);
      // Sentence by sentence with containing(), not for…of over the segments: the same boundaries
      // in about half the time (V8's segment iterator costs more per step; measured on 4,698 corpus
      // and real-article paragraphs, #3).
      const segments = segmenter.segment(para);
      const numbered = mayStopBeforeNumber.test(para);
      for (let next = 0; next < para.length; ) {
        const { segment, index } = segments.containing(next)!;
        next = index + segment.length;
        let s = index;
        let e = next;
        while (s < e && isSpace(para.charCodeAt(s))) s++;
        while (e > s && isSpace(para.charCodeAt(e - 1))) e--;
        if (e <= s) continue;
        if (numbered) {
          for (const cut of stopsBeforeNumbers(para, s, e)) {
            local.push({ start: paraStart + s, end: paraStart + cut });
            s = cut;
            while (s < e && isSpace(para.charCodeAt(s))) s++;
          }
        }
        local.push({ start: paraStart + s, end: paraStart + e });
      }
      const merged: { start: number; end: number }[] = [];
      for (const span of local) {
        const prev = merged[merged.length - 1];
        if (prev) {
          // Footnote markers split off: "Netscape.[" + "1] The community".
          if (text.charCodeAt(prev.end - 1) === 91 /* [ */) {
            const close = text.indexOf(']', span.start);
            if (close > 0 && close - span.start <= 30) {
              let cut = close + 1;
              // Chains of markers: "[6][7]".
              while (text.charCodeAt(cut) === 91) {
                const next = text.indexOf(']', cut);
                if (next < 0 || next - cut > 30 || next >= span.end) break;
                cut = next + 1;
              }
              prev.end = cut;
              let s = cut;
              while (s < span.end && isSpace(text.charCodeAt(s))) s++;
              if (s >= span.end) continue;
              span.start = s;
            }
          }
          if (shouldJoin(text, prev.start, prev.end, span.start, span.end)) {
            prev.end = span.end;
            continue;
          }
        }
        merged.push({ ...span });
      }
      for (const span of merged) spans.push({ start: span.start, end: span.end, paragraph });
      paragraph++;
    }
    if (paraEnd >= text.length) break;
    paraStart = paraEnd + 2;
  }
  return spans;
}
