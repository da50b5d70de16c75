/**
 * How a success story's organisation and result read in the popup and the
 * briefing (#3): the detector finds them; this writes them as a reader would
 * ("Le Slip Français", "brought in 12,000 orders"), or leaves a "who" blank
 * that names no one. Nothing here changes which sentences are found.
 */
import { escapeRegExp } from '../../escape-regexp';

/**
 * A name as the passage writes it, with the article that is part of it: "La Hoja", "Le Slip Français" (#3). The
 * detector reads names without a leading article; Romance brand names keep theirs capitalised mid-sentence.
 */
function withOwnArticle(name: string, passage: string): string {
  const article = new RegExp(`(?<=^|\\s)(La|Le|Les|El|Los|Las)\\s+${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').exec(passage);
  return article && article.index > 0 ? `${article[1]} ${name}` : name;
}

/**
 * Words the detector may read as a story's actor that name no one: a sentence's opener ("Separately, ...",
 * "Another ..."), a month, a kind of business in a roundup's title ("B2B"), a word cut at a hyphen ("User-generated"),
 * someone's thing ("Her Thursday videos") (#3). The "who" is left blank rather than shown wrong; findCandidates
 * then reads the sentence as the statistic it also is, since a success story needs someone named.
 */
const notOrganisation =
  /^(?:Another|Even|Founded|Further|Here|There|To|Separately|More|Less|Fewer|Attendance|Videos?|Results?|Users?|basically|actually|really|also|when|which|who|then|January|February|March|April|June|July|August|September|October|November|December|B2B|B2C|D2C|DTC|SaaS|SEO|CRM|ROI|SMBs?|SMEs?)$|-$|^(?:Her|His|Their|Its|Our|My|Your)\s/u;
/** A channel after a name: "Old Spice Facebook fans": the name is the brand's. */
const channelAfterName = /\s+(?:Facebook|Instagram|Twitter|YouTube|TikTok|LinkedIn|Pinterest|Snapchat)$/u;

/** The organisation as the popup and the briefing show it, or none when the word names no one. */
export function shownOrganisation(name: string, passage: string): string | undefined {
  const written = withOwnArticle(name, passage);
  if (notOrganisation.test(written)) return undefined;
  return written.replace(channelAfterName, '') || written;
}

/** What the passage says right after the result: nothing when the result is not in it. */
function textAfter(result: string, passage: string): string {
  const at = passage.indexOf(result);
  return at < 0 ? '' : passage.slice(at + result.length);
}

/** Words after which the thing a figure counts has been named: a preposition, a joining word, a time. */
const measureStop = new Set(
  (
    'in within during after before by for from to on at over since than until through across into per via with without of and but or nor ' +
    'while which that who when as so if because according the a an its their his her our this last next each every ' +
    'year years month months week weeks quarter quarters day days hour hours year-over-year year-on-year ' +
    'de del en con por para y que lo et à au aux dans pour avec sur und im mit für von auf bei'
  ).split(' '),
);
/** A result that ends on its figure: "brought in 12,000", "recovered 11%", "ads that are 3x". */
const endsOnFigure = /(?:\d|\d[xX×]|%|\b(?:million|billion|trillion|thousand|millions|billions|mil|millones|Mio|Mrd)\.?)$/u;

/**
 * A result whose figure counts something names it: "brought in 12,000 orders", "recovered 11% of lapsed customers",
 * not "brought in 12,000" (#3). The words after the figure, to the first word of a new phrase or the clause's end:
 * four at most, five after a share's "of".
 */
function withMeasure(result: string, passage: string): string {
  if (!endsOnFigure.test(result)) return result;
  const taken: string[] = [];
  const words = textAfter(result, passage).split(/(\s+)/);
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
    // "27% of its web traffic": a share's "of", and the owner after it, open its whole.
    const opensShare = lower === 'of' && taken.length === 0 && result.endsWith('%');
    const shareOwner = taken.length === 1 && taken[0] === 'of' && /^(?:its|their|his|her|our|the|all)$/.test(lower);
    // "1,200 head and neck cancer patients", "500 small and medium businesses": an "and" inside the thing counted,
    // when a plural noun ends it within a few words (#3).
    if (lower === 'and' && taken.length > 0 && !/s$/.test(taken[taken.length - 1]!)) {
      const through = pluralAfterAnd(words, i);
      if (through) {
        taken.push(...through);
        break;
      }
    }
    if (measureStop.has(lower) && !opensShare && !shareOwner) break;
    taken.push(word);
    if (word !== raw) break;
  }
  while (taken.length && measureStop.has((taken[taken.length - 1] ?? '').toLowerCase())) taken.pop();
  return taken.length ? `${result} ${taken.join(' ')}` : result;
}

/** The words from the "and" at `words[at]` through the first plural noun at most four words on, or none. */
function pluralAfterAnd(words: string[], at: number): string[] | undefined {
  const through: string[] = [];
  for (let i = at; i < words.length && through.length < 5; i += 2) {
    const raw = words[i] ?? '';
    const word = raw.replace(/[,.;:!?)”"»]+$/u, '');
    if (!/^\p{L}[\p{L}'’-]*$/u.test(word) || (through.length > 0 && measureStop.has(word.toLowerCase()))) return undefined;
    through.push(word);
    if (through.length > 1 && /\p{L}{3,}s$/u.test(word)) return through;
    if (word !== raw) return undefined;
  }
  return undefined;
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
  // "reach more customers and increased their sales by over 100%": the figure's own verb starts the result (#3).
  const joined = /^[^\d.;:]{3,60}?\s+and\s+(?=\p{L}+ed\s[^.;]*\d)/u.exec(tidy);
  if (joined) tidy = tidy.slice(joined[0].length);
  // A closing quote whose opening was cut off with the words before the result.
  const opened = (tidy.match(/[“«]/gu) ?? []).length;
  const closed = (tidy.match(/[”»]/gu) ?? []).length;
  if (closed > opened || (tidy.match(/"/g) ?? []).length % 2 === 1) tidy = tidy.replace(/\s*["”»]$/u, '');
  return tidy.length >= 3 ? tidy : result;
}

/** A result that ends on where a change started: "raised its score from 82%", "went from 40 orders", "pasó de 900", "de 18 %". */
const endsOnStart =
  /(?<![A-Za-z])(?<!\p{L})(?:from|de|von|desde|da)\s+(?:[$€£¥]\s?)?\d[\d.,]*(?:\s?(?:%|x|×|[kKmM]|bn|million|billion|trillion|thousand|millones|Mio\.?|Mrd\.?))?(?:\s+\p{L}+){0,2}$/u;
/** Where the change ended, right after it or a few words on: " to 91%", " a day to about 900", " a 125.000", " à 31 %". */
const endPointAfter =
  /^(?:\s+\p{L}+){0,3}?\s+(?:to|a|à|auf|bis|hasta|para)\s+(?:(?:about|around|nearly|almost|over|more than|roughly|some|just|only|under|approximately)\s+)?(?:[$€£¥]\s?)?\d[\d.,]*(?:\s?(?:%|x|×|[kKmM](?!\p{L})|bn|million|billion|trillion|thousand|millones|Mio\.?|Mrd\.?))?/u;

/**
 * A change told from one figure to another shows both: "raised its customer satisfaction score from 82% to 91%",
 * not "... from 82%", which reads as where it ended (#3).
 */
function withEndPoint(result: string, passage: string): string {
  if (!endsOnStart.test(result)) return result;
  const end = endPointAfter.exec(textAfter(result, passage));
  return end ? result + end[0].replace(/[.,]$/, '') : result;
}

/** The other end of a range right after a result's figure: "-£300" in "costs have decreased to £200-£300". */
const rangeEndAfter = /^\s?[-–]\s?(?:[$€£¥]\s?)?\d[\d.,]*(?:\s?(?:%|[kKmM](?!\p{L})|bn|million|billion|thousand))?/u;

/** A range shows both its ends: "costs have decreased to £200-£300", not "... to £200" (#3). */
function withRangeEnd(result: string, passage: string): string {
  if (!/\d$/.test(result)) return result;
  const end = rangeEndAfter.exec(textAfter(result, passage));
  return end ? result + end[0].replace(/[.,]+$/, '') : result;
}

const frameNumber = String.raw`(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an|un|una|deux|trois|zwei|drei|vier|einem|einer|dos|tres)`;
const frameUnit = String.raw`(?:hours?|days?|weeks?|months?|years?|horas?|días?|semanas?|meses|mes|años?|heures?|jours?|semaines?|mois|ans?|années?|Stunden|Tagen?|Wochen|Monaten?|Jahren?)`;
/** How soon a result came, right after it: " within 3 days", " in the first 48 hours", " en 48 horas", " in drei Monaten". */
const timeFrameAfter = new RegExp(
  String.raw`^\s+(?:within|in|en|dans|innerhalb|binnen)\s+(?:(?:just|only|less than|under|the first|its first|their first|los primeros|las primeras|seulement|nur)\s+)?${frameNumber}\s+${frameUnit}(?!\p{L})`,
  'iu',
);

/**
 * A result shows how soon it came: "made almost $3,000 within 3 days", "lifted sales 700% within two years" (#3:
 * the period is what a reader asks next).
 */
function withTimeFrame(result: string, passage: string): string {
  const frame = timeFrameAfter.exec(textAfter(result, passage));
  return frame ? result + frame[0] : result;
}

/**
 * The result as the popup and the briefing show it: both ends of a change or a range, what its figure counts named,
 * how soon it came, the words joining it to its sentence left out.
 */
export const shownResult = (result: string, passage: string): string =>
  tidyResult(withTimeFrame(withMeasure(withRangeEnd(withEndPoint(result, passage), passage), passage), passage));
