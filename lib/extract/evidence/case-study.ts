/**
 * Case studies: a page that tells one organisation's story ("Shotgun had a
 * particular challenge. ... they migrated to Supabase. ... The Results") gives
 * its results in sentences that often name no one: "Instead of spending $12k
 * per month, the team now spends $2,155 per month", "It more than doubled the
 * signup rate". Read one by one they are statistics; on such a page they are
 * the organisation's success stories (#3: customer stories and campaign case
 * studies are where users look for them).
 *
 * A page is a case study when its first paragraph opens with an organisation
 * as its subject, the page names it again and again, and says that it did
 * something (switched, migrated, tested, launched...). Its results are the
 * sentences after that action that state a good change in a section headed
 * "Results" (or "Impact", "Outcome"...). Only there: elsewhere, a page about
 * one company (a launch, its earnings) reports figures that are not results of
 * what it did.
 */
import { type Figure, strongFigure } from './figures';
import { badMeasure, paragraphContext, type SuccessStory } from './success-story';

export interface CaseStudy {
  /** The organisation the page is about. */
  subject: string;
  /** Where the page first says what the subject did: results come after it. */
  actedAt: number;
  /** Text ranges under a heading of results, up to the next heading. */
  resultSections: [number, number][];
}

/** How often the page must name its subject. */
const minMentions = 3;

/** Verbs of adopting or trying something: the action a case study's results follow. */
const action =
  /(?<![\p{L}])(?:switched|switching|migrated|migrating|moved to|chose|adopted|implemented|deployed|rolled out|launched|started using|began using|turned to|partnered|tested|replaced|redesigned|rebuilt|introduced)(?![\p{L}])/iu;

/** "The Results", "Results and business impact", "Impact", "The outcome". */
const resultsHeading =
  /^(?:the\s+)?(?:results?|outcomes?|(?:business\s+)?impact|(?:the\s+)?payoff|by the numbers|what changed|key results|benefits)(?:\s+(?:and|&)\s+(?:(?:business|the)\s+)?(?:impact|results?|benefits|outcomes?|next steps))?(?:\s+so far)?\s*:?$/iu;

/** A paragraph that is a heading: one short line, capitalised, with no sentence's end. */
function isHeading(paragraph: string): boolean {
  const line = paragraph.trim();
  if (!line || line.includes('\n') || line.length > 80 || /[.!?,;]["”’]?$/.test(line)) return false;
  return /^\p{Lu}/u.test(line) && line.split(/\s+/).length <= 8;
}

/** The case study `text` tells, if it tells one (English only). */
export function findCaseStudy(text: string, lang?: string): CaseStudy | undefined {
  if (lang && !/^en(?![a-z])/i.test(lang)) return undefined;
  const paragraphs: { start: number; end: number; text: string }[] = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const end = m ? m.index : text.length;
    if (text.slice(from, end).trim()) paragraphs.push({ start: from, end, text: text.slice(from, end).trim() });
    if (!m) break;
    from = m.index + m[0].length;
  }
  const opening = paragraphs.find((p) => !isHeading(p.text));
  if (!opening) return undefined;
  const subject = paragraphContext(opening.text, lang).organisation;
  if (!subject || subject.length < 3) return undefined;
  let mentions = 0;
  for (let i = text.indexOf(subject); i >= 0 && mentions < minMentions; i = text.indexOf(subject, i + subject.length)) mentions++;
  if (mentions < minMentions) return undefined;
  const acted = action.exec(text.slice(opening.start));
  if (!acted) return undefined;
  const resultSections: [number, number][] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (!isHeading(paragraphs[i]!.text) || !resultsHeading.test(paragraphs[i]!.text)) continue;
    // The next heading ends the section; a short line with a figure is one of its results, listed.
    let j = i + 1;
    while (j < paragraphs.length && !(isHeading(paragraphs[j]!.text) && !/\d/.test(paragraphs[j]!.text))) j++;
    resultSections.push([paragraphs[i]!.end, j < paragraphs.length ? paragraphs[j]!.start : text.length]);
  }
  return { subject, actedAt: opening.start + acted.index, resultSections };
}

const rising =
  /(?<![\p{L}])(?:increase[sd]?|increasing|rose|risen|grew|grown|growth|more|higher|boost(?:ed|s)?|lift(?:ed)?|uplift|doubled|tripled|quadrupled|gain(?:s|ed)?|up)(?![\p{L}])/iu;
const fallingWords =
  /(?<![\p{L}])(?:cut|cuts|reduced|reduces|reduction|lowered|lower|slashed|halved|decrease[sd]?|drop(?:ped|s)?|fell|fallen|less|fewer|down|shorter)(?![\p{L}])/iu;
/** A change that is good whichever way it goes. */
const alwaysGood = /(?<![\p{L}])(?:saved|saves|savings|faster|better|quicker|improved|improves|improvements?)(?![\p{L}])/iu;
/** A level reached now, after the action: "the team now spends $2,155 per month". */
const levelNow = /(?<![\p{L}])now\s+(?:spends?|takes?|costs?|runs?|handles?|processes|serves?|gets?|sees?|averages?|pays?)(?![\p{L}])/iu;
/** A survey's finding is no one's result. */
const surveyed = /(?<![\p{L}])(?:respondents|surveyed|survey|poll|polled)(?![\p{L}])/iu;

/** "$7k" → 7000, "2.1 million" → 2100000; NaN when it is no plain amount. */
function amount(figure: string): number {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(k|m|bn|b|thousand|million|billion)?/i.exec(figure);
  if (!m) return Number.NaN;
  const scale = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Number((m[1] ?? '').replace(/,/g, '')) * scale;
}

/**
 * Where the sentence states a good change (up for a gain, down for a cost or
 * a delay), or -1: the index of the words that say it.
 */
function goodChange(sentence: string, figures: Figure[]): number {
  const level = levelNow.exec(sentence);
  if (level) return level.index;
  const good = alwaysGood.exec(sentence);
  if (good) return good.index;
  const bad = badMeasure.test(sentence);
  const fromTo = /(?<![\p{L}])from\s/iu.exec(sentence);
  if (fromTo) {
    const [a, b] = figures.filter((f) => f.start > fromTo.index);
    if (a && b && / to /.test(sentence.slice(a.end, b.start))) {
      const [x, y] = [amount(a.text), amount(b.text)];
      if (x !== y && !Number.isNaN(x) && !Number.isNaN(y)) return y < x === bad ? fromTo.index : -1;
    }
  }
  const fall = fallingWords.exec(sentence);
  if (fall) return bad ? fall.index : -1;
  const rise = rising.exec(sentence);
  return rise && !bad ? rise.index : -1;
}

/** The clause that says the result: "the team now spends $2,155 per month", not the sentence's "Instead of ..." before it. */
function resultClause(sentence: string, figures: Figure[], cue: number): string {
  // A comma between digits groups thousands ("$2,155"); it ends no clause.
  const start = Math.max(0, ...[...sentence.slice(0, cue).matchAll(/[;:—–]|,(?!\d)/g)].map((m) => (m.index ?? 0) + 1));
  const stop = /[;—–]|,(?!\d)/.exec(sentence.slice(cue));
  let end = stop ? cue + stop.index : sentence.length;
  // A long clause ends with the last figure near the change: "bill went from $7k to a bit over $2k".
  const last = figures.filter((f) => f.end <= end && f.end > cue).at(-1);
  if (end - start > 120 && last) end = last.end;
  return sentence.slice(start, end).trim().replace(/[.;,]+$/, '');
}

/**
 * The success story a sentence of a case study tells: a good change after the
 * subject's action, in a results section or said of the subject. `start` is
 * where the sentence stands in the text.
 */
export function caseStudyResult(sentence: string, figures: Figure[], start: number, study: CaseStudy): SuccessStory | undefined {
  if (start < study.actedAt || !figures.some(strongFigure) || surveyed.test(sentence)) return undefined;
  if (!study.resultSections.some(([from, to]) => start >= from && start < to)) return undefined;
  const cue = goodChange(sentence, figures);
  if (cue < 0) return undefined;
  return { organisation: study.subject, result: resultClause(sentence, figures, cue) };
}
