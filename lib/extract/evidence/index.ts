/** Statistics and success stories in an article's text. */
import type { Candidate } from '../../schema';
import { quoteSelector } from '../quote-selector';
import { findCitedOrigin } from './cited-origin';
import { findDataYear } from './data-year';
import { type Figure, findFigures, mayHoldFigure, strongFigure } from './figures';
import { splitSentences } from './sentences';
import { isStatistic, onlySetAmounts, wordCount } from './statistic';
import { caseStudyResult, caseStudyTimeCut, findCaseStudy, findTimeCut, mayHoldTimeCut } from './case-study';
import { findSuccessStory, headingNameBefore, isChannelName, paragraphContext, previousParagraphContext, type StoryContext } from './success-story';

export interface DetectOptions {
  /** The article's published date (ISO 8601), when the page states one. */
  publishedTime?: string;
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

/** "Goals for 2026:" on a line of its own: the lines under it are plans, not facts (#3). */
const goalsHeading = /^(?:our\s+|my\s+)?(?:goals?|plans?|targets?|objectives|aims|wish ?list)(?:\s+for\s+[^\n:]{1,20})?\s*:\s*$/imu;

/** Whether the sentence at `start` is a line of a list under a heading of goals, in the same paragraph. */
function underGoalsHeading(text: string, start: number): boolean {
  const paragraphStart = text.lastIndexOf('\n\n', start) + 1;
  const lines = text.slice(paragraphStart, start).split('\n');
  // The heading, then only the list's lines up to this one.
  return lines.length >= 2 && lines.slice(0, -1).some((line) => goalsHeading.test(line.trim()));
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

/**
 * A name as the passage writes it, with the article that is part of it: "La Hoja", "Le Slip Français" (#3). The
 * detector reads names without a leading article; Romance brand names keep theirs capitalised mid-sentence.
 */
function withOwnArticle(name: string, passage: string): string {
  const article = new RegExp(`(?<=^|\\s)(La|Le|Les|El|Los|Las)\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').exec(passage);
  return article && article.index > 0 ? `${article[1]} ${name}` : name;
}

/**
 * Words the detector may read as a story's actor that name no one: a sentence's opener ("Separately, ...",
 * "Another ..."), a month, a kind of business in a roundup's title ("B2B"), a word cut at a hyphen ("User-generated"),
 * someone's thing ("Her Thursday videos") (#3). The story stays; its "who" is left blank rather than shown wrong.
 */
const notOrganisation =
  /^(?:Another|Even|Founded|Further|Here|There|To|Separately|More|Less|Fewer|Attendance|Videos?|Results?|Users?|basically|actually|really|also|when|which|who|then|January|February|March|April|June|July|August|September|October|November|December|B2B|B2C|D2C|DTC|SaaS|SEO|CRM|ROI|SMBs?|SMEs?)$|-$|^(?:Her|His|Their|Its|Our|My|Your)\s/u;
/** A channel after a name: "Old Spice Facebook fans": the name is the brand's. */
const channelAfterName = /\s+(?:Facebook|Instagram|Twitter|YouTube|TikTok|LinkedIn|Pinterest|Snapchat)$/u;

/** The organisation as the popup and the briefing show it, or none when the word names no one. */
function shownOrganisation(name: string): string | undefined {
  if (notOrganisation.test(name)) return undefined;
  return name.replace(channelAfterName, '') || name;
}

/** A sentence whose words a person is said to speak: "..., he adds." */
const personSpeaks = /(?<![A-Za-z])(?<!\p{L})(?:he|she)\s+(?:adds|added|says|said|notes|noted|explains|explained|continues|continued)(?!\p{L})/iu;
/** A name that is a document's: "... World Drug Report", "... Survey". */
const documentName = /(?<![A-Za-z])(?<!\p{L})(?:report|survey|study|index|census|poll|paper|review|data)$/iu;

/** Words after which the thing a figure counts has been named: a preposition, a joining word, a time. */
const measureStop = new Set(
  (
    'in within during after before by for from to on at over since than until through across into per via with without of and but or nor ' +
    'while which that who when as so if because according the a an its their his her our this last next each every ' +
    'year years month months week weeks quarter quarters day days hour hours year-over-year year-on-year ' +
    'de del en con por para y que lo et à au aux dans pour avec sur und im mit für von auf bei'
  ).split(' '),
);
/** A result that ends on its figure: "brought in 12,000", "recovered 11%". */
const endsOnFigure = /(?:\d|%|\b(?:million|billion|trillion|thousand|millions|billions|mil|millones|Mio|Mrd)\.?)$/u;

/**
 * A result whose figure counts something names it: "brought in 12,000 orders", "recovered 11% of lapsed customers",
 * not "brought in 12,000" (#3). The words after the figure, to the first word of a new phrase or the clause's end:
 * four at most, five after a share's "of".
 */
function withMeasure(result: string, passage: string): string {
  const at = passage.indexOf(result);
  if (at < 0 || !endsOnFigure.test(result)) return result;
  const taken: string[] = [];
  const words = passage.slice(at + result.length).split(/(\s+)/);
  // The text after the result starts with white space when a word follows: ["", " ", "orders", " ", "in", ...].
  if (words[0] !== '' || !words[1]) return result;
  // Four words, five after "of": "22% of the company's online revenue".
  for (let i = 2; i < words.length && taken.length < (taken[0] === 'of' ? 5 : 4); i += 2) {
    const raw = words[i] ?? '';
    const word = raw.replace(/[,.;:!?)”"»]+$/u, '');
    const lower = word.toLowerCase();
    if (!/^\p{L}[\p{L}'’-]*$/u.test(word)) break;
    // "24 million views prompting 12,000 orders": a new clause.
    if (taken.length > 0 && /ing$/.test(word)) break;
    if (measureStop.has(lower) && !(lower === 'of' && taken.length === 0 && result.endsWith('%'))) {
      // "27% of its web traffic": the share's whole, with its owner.
      if (!(taken[0] === 'of' && /^(?:its|their|his|her|our|the|all)$/.test(lower) && taken.length === 1)) break;
    }
    taken.push(word);
    if (word !== raw) break;
  }
  while (taken.length && measureStop.has((taken[taken.length - 1] ?? '').toLowerCase())) taken.pop();
  return taken.length ? `${result} ${taken.join(' ')}` : result;
}

/** Words that join a result to what came before it, and the saying it is reported with: "and his posts now average", "said on Thursday that". */
const resultLeadIn = /^(?:(?:and|but|so|which|while|also|then)\s+|(?:said|says|reported|reports|told\s+\p{L}+)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?|["“«]\s*)/iu;

/**
 * A result as a briefing lists it, without the words that joined it to its sentence: "his posts now average 25,000",
 * not "and his posts now average 25,000" (#3).
 */
function tidyResult(result: string): string {
  let tidy = result;
  for (let lead = resultLeadIn.exec(tidy); lead && lead[0]; lead = resultLeadIn.exec(tidy)) tidy = tidy.slice(lead[0].length);
  // A closing quote whose opening was cut off with the words before the result.
  const opened = (tidy.match(/[“«]/gu) ?? []).length;
  const closed = (tidy.match(/[”»]/gu) ?? []).length;
  if (closed > opened || (tidy.match(/"/g) ?? []).length % 2 === 1) tidy = tidy.replace(/\s*["”»]$/u, '');
  return tidy.length >= 3 ? tidy : result;
}

/** Every statistic and success-story sentence in `text`, in text order. */
export function findCandidates(text: string, options: DetectOptions = {}): Candidate[] {
  const { lang, publishedTime, title, url } = options;
  // Only paragraphs that may hold a figure are split into sentences: most hold none.
  const sentences = splitSentences(text, lang, paragraphMayHoldEvidence);
  const found: Found[] = [];
  let previousEnd = -1;
  /** The last success story: later sentences of its paragraph may go on telling it. */
  let lastStory: { paragraph: number; index: number; organisation: string } | undefined;
  // Read only once a sentence needs it: most pages are no case study.
  let caseStudy: ReturnType<typeof findCaseStudy> | null = null;
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
      if (caseStudy === null) caseStudy = findCaseStudy(text, { lang, title, url });
      const timeStory = caseStudy && caseStudyTimeCut(sentence, cut, span.start, caseStudy);
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
    // Money a bill sets or a fee is no one's result (#3).
    const setAmounts = onlySetAmounts(sentence, figures.filter(strongFigure));
    let story = setAmounts ? undefined : findSuccessStory(sentence, figures, lang, context);
    const statistic = isStatistic(sentence, figures, lang) && !underGoalsHeading(text, span.start);
    // On a case study's page, a result that names no one is still the page's organisation's (#3).
    if (!story && !setAmounts && (statistic || wordCount(sentence) >= 2)) {
      if (caseStudy === null) caseStudy = findCaseStudy(text, { lang, title, url });
      if (caseStudy) story = caseStudyResult(sentence, figures, span.start, caseStudy);
    }
    // "Facebook Ads achieved an increase of viewership and sales by 45%": a channel is what the organisation used;
    // on a customer's story, the story is the customer's (#3).
    if (story && isChannelName(story.organisation)) {
      if (caseStudy === null) caseStudy = findCaseStudy(text, { lang, title, url });
      if (caseStudy) story = { ...story, organisation: caseStudy.subject };
    }
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
      if (before && before.paragraph === item.paragraph && before.end - before.start <= maxSentenceLength) {
        citedOrigin = findCitedOrigin(text.slice(before.start, before.end));
        // "..., he adds.": a person speaks; a report named before is not who (#3).
        if (citedOrigin && personSpeaks.test(passage) && documentName.test(citedOrigin)) citedOrigin = undefined;
      }
    }
    const candidate: Candidate = {
      kind: item.kind,
      text: passage,
      figures: item.figures.map((f) => f.text),
      selector: quoteSelector(text, item.start, item.end),
    };
    if (citedOrigin) candidate.citedOrigin = citedOrigin;
    const dataYear = findDataYear(passage, publishedTime);
    if (dataYear !== undefined) candidate.dataYear = dataYear;
    const organisation = item.organisation && shownOrganisation(withOwnArticle(item.organisation, passage));
    if (organisation) candidate.organisation = organisation;
    if (item.result) candidate.result = tidyResult(withMeasure(item.result, passage));
    return candidate;
  });
}
