/** Statistics and success stories in an article's text. */
import type { Candidate } from '../../schema';
import { quoteSelector } from '../quote-selector';
import { findCitedOrigin, mayBeSpeaker, namesOwnUnnamedSource, sourceLineAfter } from './cited-origin';
import { findDataYear, lastWritten, yearBoundFor } from './data-year';
import { type Figure, findFigures, mayHoldFigure, strongFigure } from './figures';
import { splitSentences } from './sentences';
import { shownOrganisation, shownResult } from './story-fields';
import { ownedStory } from './story-owner';
import { isStatistic, onlySetAmounts, promised, wordCount } from './statistic';
import { caseStudyResult, caseStudyTimeCut, findCaseStudy, findTimeCut, mayHoldTimeCut } from './case-study';
import { findSuccessStory, headingNameBefore, paragraphContext, previousParagraphContext, type StoryContext } from './success-story';

export interface DetectOptions {
  /** The article's published date (ISO 8601), when the page states one. */
  publishedTime?: string;
  /** When the page says it last changed: its text may state years up to then (a wiki, a roundup updated yearly). */
  updatedTime?: string;
  lang?: string;
  /** The page's title: a case study names its organisation there ("How Tallyfin cut its bill by 77%"). */
  title?: string;
  /** The page's address: a customer story's often says what it is ("/customers/tallyfin"). */
  url?: string;
}

/** Sentences longer than this are tables, code or lists run together, not quotable evidence. */
const maxSentenceLength = 600;
/** A following sentence this short joins the candidate before it ("About 23,000 die."). */
const shortFollowUp = 10;


/** A line that opens on "How" or "Why" and ends with no stop: a heading ("How Shotgun cut its bill by 83%"). */
const howHeading = /^\W*(?:how|why)\s[^\n]*[^.!?:;"”’)\s]\s*$/iu;

/**
 * "The challenge: Managing and tracking 250+ short links", "A Week-Long Bottleneck: Running models for all 210
 * markets ...": a customer story's problem, the scale its result starts from, neither kind (#3, real30, real39).
 */
const problemLabel = /^\W*(?:(?:the|our|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:challenges?|problems?|bottlenecks?|pain\s+points?)\s*:\s/iu;

/** "Goals for 2026:" on a line of its own: the lines under it are plans, not facts (#3). */
const goalsHeading = /^(?:our\s+|my\s+)?(?:goals?|plans?|targets?|objectives|aims|wish ?list)(?:\s+for\s+[^\n:]{1,20})?\s*:\s*$/imu;

/** A section's heading of goals, numbered or not, with no colon: "3. Goals for Year Two" (#3, real37). */
const goalsSectionHeading = /^(?:\d{1,2}[.)]\s*)?(?:our\s+|my\s+)?(?:goals?|plans?|targets?|objectives)(?:\s+for\s+[^\n:.!?]{1,20})?$/iu;

/** A list's items, each a paragraph of its own, run to at most this many: a goal list is short. */
const maxGoalItems = 8;
/** An item of a list of goals is a line, not a paragraph of prose. */
const maxGoalItemWords = 30;

/**
 * Whether the sentence at `start` is a line of a list under a heading of goals: in the same paragraph, or
 * in one of the short one-line paragraphs a list's items become ("Goals for next year:", then "Hit $1,000
 * MRR by June 2025." on its own; #3, real40).
 */
function underGoalsHeading(text: string, start: number): boolean {
  const paragraphStart = text.lastIndexOf('\n\n', start) + 1;
  const before = text.slice(paragraphStart, start);
  // The heading, then only the list's lines up to this one.
  if (before.trim()) return before.split('\n').slice(0, -1).some((line) => goalsHeading.test(line.trim()));
  // The paragraph's first sentence: the paragraphs before it, back to the heading, must all be items.
  let end = paragraphStart - 1;
  for (let items = 0; items < maxGoalItems && end > 0; items++) {
    const from = text.lastIndexOf('\n\n', end - 1);
    const paragraph = text.slice(from < 0 ? 0 : from + 2, end).trim();
    if (goalsHeading.test(paragraph) || goalsSectionHeading.test(paragraph)) return true;
    // Another list's lead-in ("Here's where I ended Year One:") starts the list this line is in.
    if (from < 0 || paragraph.includes('\n') || paragraph.endsWith(':') || wordCount(paragraph) > maxGoalItemWords) return false;
    end = from;
  }
  return false;
}

/**
 * The quick test a paragraph must pass to be split into sentences: a hint of
 * a figure (a digit, a sign, a word of number) or of a delay cut. Each
 * sentence's figures are read after the split; reading the paragraph's
 * figures whole first, to split fewer paragraphs, cost more than the
 * splitting it saved (#3: in a Node profile of twelve mid-sized corpus pages,
 * about a third of the search's time went to that first read).
 */
export const paragraphMayHoldEvidence = (paragraph: string): boolean => mayHoldFigure(paragraph) || mayHoldTimeCut(paragraph);

/** A heading is a few words. */
const maxHeadingWords = 6;

/**
 * "100 visitors per point" on a line of its own with no stop, told again word for word in a sentence of
 * the text ("That works out to 100 visitors per point."): a heading that announces the figure, like a
 * title, is not labelled; the sentence that tells it is (#3, real40).
 */
function headingToldAgain(text: string, start: number, end: number, sentence: string): boolean {
  if (/[.!?:;"”’)]\s*$/.test(sentence) || wordCount(sentence) > maxHeadingWords) return false;
  if ((start > 0 && text.slice(start - 2, start) !== '\n\n') || (end < text.length && text.slice(end, end + 2) !== '\n\n')) return false;
  const heading = sentence.trim();
  for (let at = text.indexOf(heading); at >= 0; at = text.indexOf(heading, at + 1)) {
    if (at === start) continue;
    // Inside a longer sentence, not another line that is the heading again (a summary list's item).
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    if ((lineEnd < 0 ? text.length : lineEnd) - lineStart > heading.length + 1) return true;
  }
  return false;
}

interface Found {
  start: number;
  end: number;
  paragraph: number;
  figures: Figure[];
  kind: Candidate['kind'];
  organisation?: string;
  result?: string;
  merged: boolean;
}

/** Every statistic and success-story sentence in `text`, in text order. */
export function findCandidates(text: string, options: DetectOptions = {}): Candidate[] {
  const { lang, title, url, publishedTime, updatedTime } = options;
  // Only paragraphs that may hold a figure are split into sentences: most hold none.
  const sentences = splitSentences(text, lang, paragraphMayHoldEvidence);
  const found: Found[] = [];
  let previousEnd = -1;
  /** The last success story: later sentences of its paragraph may go on telling it. */
  let lastStory: { paragraph: number; index: number; organisation: string } | undefined;
  // Read only once a sentence needs it: most pages are no case study.
  let caseStudy: ReturnType<typeof findCaseStudy> | null = null;
  const readCaseStudy = () => (caseStudy === null ? (caseStudy = findCaseStudy(text, { lang, title, url })) : caseStudy);
  for (let i = 0; i < sentences.length; i++) {
    const span = sentences[i]!;
    if (span.end - span.start > maxSentenceLength) continue;
    const sentence = text.slice(span.start, span.end);
    const figures = mayHoldFigure(sentence) ? findFigures(sentence, { lang }) : [];
    if (!figures.some(strongFigure)) {
      // Durations are no statistic's figures, but a customer story's delay cut is its result (#3):
      // "reduce build times from 30-40 minutes to just 5 minutes".
      const cut = mayHoldTimeCut(sentence) ? findTimeCut(sentence) : undefined;
      if (!cut) continue;
      const study = readCaseStudy();
      const timeStory = study && caseStudyTimeCut(sentence, cut, span.start, study);
      if (!timeStory) continue;
      found.push({
        start: span.start,
        end: span.end,
        paragraph: span.paragraph,
        figures: cut.figures.map((f) => ({ ...f, start: f.start + span.start, end: f.end + span.start })),
        kind: 'success-story',
        organisation: timeStory.organisation,
        result: timeStory.result,
        merged: false,
      });
      lastStory = { paragraph: span.paragraph, index: i, organisation: timeStory.organisation };
      previousEnd = i;
      continue;
    }
    const last = found[found.length - 1];
    const followsCandidate = last !== undefined && last.paragraph === span.paragraph && previousEnd === i - 1;
    // A story goes on over the sentences after it, or after the sentence that opens its paragraph.
    let context: StoryContext | undefined;
    if (lastStory && lastStory.paragraph === span.paragraph && i - lastStory.index <= 2) context = { organisation: lastStory.organisation, acted: true, activity: true };
    else if (i > 0 && sentences[i - 1]!.paragraph === span.paragraph) {
      const paragraphStart = text.lastIndexOf('\n\n', span.start) + 1;
      context = paragraphContext(text.slice(paragraphStart, span.start).trimStart(), lang);
      // A roundup names each item's organisation in its heading ("9. Cobalt Credit Union") and tells
      // its story under it without naming it again: "The credit union opened 2,400 accounts ..." (#3).
      if (!context.organisation) context = { ...context, organisation: headingNameBefore(text, paragraphStart) };
    } else if (lastStory && lastStory.paragraph === span.paragraph - 1) {
      // A paragraph right after a story may go on with it, by naming its actor again (#3).
      context = { acted: true, activity: true, actor: lastStory.organisation };
    } else {
      // Or right after a paragraph that says what someone did ("Peak Fitness started sending reminders.").
      context = previousParagraphContext(text, span.start, lang);
    }
    // "How The Skimm's readership helped its newsletter grow to 1.5 million subscribers", no full stop: a
    // heading that announces the story below it, neither kind (#3; the labels leave such titles out).
    if (howHeading.test(sentence)) continue;
    if (headingToldAgain(text, span.start, span.end, sentence)) continue;
    // "Decrease CPC by 30% or more": a vendor's promise to the reader, neither kind (#3, real38).
    if (promised.test(sentence)) continue;
    if (problemLabel.test(sentence)) continue;
    // Money a bill sets or a fee is no one's result (#3).
    const setAmounts = onlySetAmounts(sentence, figures.filter(strongFigure));
    let story = setAmounts ? undefined : findSuccessStory(sentence, figures, lang, context);
    const statistic = isStatistic(sentence, figures, lang) && !underGoalsHeading(text, span.start);
    // On a case study's page, a result that names no one is still the page's organisation's (#3).
    if (!story && !setAmounts && (statistic || wordCount(sentence) >= 2)) {
      const study = readCaseStudy();
      if (study) story = caseStudyResult(sentence, figures, span.start, study);
    }
    // A channel the business used or a person who speaks for it is not whose the story is (#3).
    if (story) story = ownedStory(story, sentence, context, () => readCaseStudy()?.subject);
    // "brands that posted short videos every week saw 48% more shares": a story needs someone named to have got it;
    // a result of no one named is a finding, the statistic it also is (#3).
    if (story && statistic && !shownOrganisation(story.organisation, sentence)) story = undefined;
    if (story) lastStory = { paragraph: span.paragraph, index: i, organisation: story.organisation };
    // A short follow-up joins the candidate before it when it cannot stand
    // alone ("About 23,000 die.") or leans on it ("That is 4 million more...").
    // A fragment that cannot stand alone joins a success story too ("... now spends $2,155 per month. An 83% decrease.").
    const shortTail =
      followsCandidate &&
      (last.kind === 'statistic' || !statistic) &&
      !story &&
      wordCount(sentence) <= shortFollowUp &&
      (!statistic || /^(?:that|this|it|these|those|which|about|around|another|only|up|down)\b/i.test(sentence));
    if (!story && !statistic && !shortTail) continue;
    const shifted = figures.map((f) => ({ ...f, start: f.start + span.start, end: f.end + span.start }));
    if (shortTail && last && last.end - last.start + sentence.length < maxSentenceLength && !last.merged) {
      last.end = span.end;
      last.figures.push(...shifted);
      last.merged = true;
      previousEnd = i;
      continue;
    }
    found.push({
      start: span.start,
      end: span.end,
      paragraph: span.paragraph,
      figures: shifted,
      kind: story ? 'success-story' : 'statistic',
      organisation: story?.organisation,
      result: story?.result,
      merged: false,
    });
    previousEnd = i;
  }
  return found.map((item) => {
    const passage = text.slice(item.start, item.end);
    // The origin may be named in the sentence before, in the same paragraph.
    let citedOrigin = findCitedOrigin(passage);
    if (!citedOrigin) {
      const index = sentences.findIndex((s) => s.start === item.start);
      const before = index > 0 ? sentences[index - 1] : undefined;
      // "Reports say ...", "I'd estimate ...": the sentence says whose figure it is, naming no one (#3).
      if (before && before.paragraph === item.paragraph && before.end - before.start <= maxSentenceLength && !namesOwnUnnamedSource(passage)) {
        citedOrigin = findCitedOrigin(text.slice(before.start, before.end));
        // "..., he adds.": a person speaks; a report named before is not who (#3).
        if (citedOrigin && !mayBeSpeaker(citedOrigin, passage)) citedOrigin = undefined;
      }
    }
    // Or on a source line right after it: "Source: Wordstream, 2016" (#3).
    const sourceLine = sourceLineAfter(text, item.end);
    citedOrigin ??= sourceLine?.origin;
    const candidate: Candidate = {
      kind: item.kind,
      text: passage,
      figures: item.figures.map((f) => f.text),
      selector: quoteSelector(text, item.start, item.end),
    };
    if (citedOrigin) candidate.citedOrigin = citedOrigin;
    const dataYear =
      findDataYear(passage, yearBoundFor(passage, publishedTime, updatedTime)) ??
      (sourceLine ? findDataYear(sourceLine.line, lastWritten(publishedTime, updatedTime)) : undefined);
    if (dataYear !== undefined) candidate.dataYear = dataYear;
    const organisation = item.organisation && shownOrganisation(item.organisation, passage);
    if (organisation) candidate.organisation = organisation;
    if (item.result) candidate.result = shownResult(item.result, passage);
    return candidate;
  });
}
