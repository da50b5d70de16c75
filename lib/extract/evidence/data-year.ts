/**
 * The year a statistic is about, when its sentence says so: "in 2015",
 * "(Pew, 2015)", "as of May 2013", "a 2014 survey", "between 2010 and 2013"
 * (the latest). Years after the article's publication, forecasts ("by 2020")
 * and publication dates of reports ("released in November 2012") are not data
 * years. Undefined when the sentence states none: the caller falls back to
 * the article's date, this module never does.
 */

// A year may carry its Chinese or Japanese sign, "2023年" (#3).
// Chinese and Japanese leave no space before it either: "2019年至2023年".
const yearPattern =
  /(?<![^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{N}$€£.,:]|\p{L}-)(?:1[89]\d\d|20\d\d)(?!(?!年)[\p{N}\p{L}%]|[.,]\d|\s?(?:%|percent|per cent))/gu;
/** Years that name things rather than dates: "Windows 2000", "Office 2016". */
const productBefore = /(?:Windows|Office|Word|Excel|Server|Studio|SQL|Xbox|Fortune|Forbes|Global|Inc\.|Top|Vision|Agenda|Horizon)\s$/;
/** Forecasts and deadlines: not data about that year. */
const forecastBefore = /(?:\buntil|\btill|\bbefore|\bbis|\bbis zum Jahr|\bd['’]ici|\bd['’]ici à)\s+(?:(?:the\s+)?(?:end|middle|start)\s+of\s+)?$/i;
/** "by 2020", "through 2019": a forecast when the year is still to come, else the data's year ("by 2009 it had grown"). */
const byBefore = /(?:\bby|\bthrough|\bin the year)\s+(?:(?:the\s+)?(?:end|middle|start)\s+of\s+)?$/i;
/** Dates of publication, not of the data. */
const publishedBefore =
  /(?:released|published|issued|updated|retrieved|accessed|archived|posted|veröffentlicht|publié|publiée)\s+(?:in|on|im|en|le)?\s*(?:(?:early|late|mid-?)\s*)?(?:\p{L}+\.?\s+)?(?:\d{1,2},?\s+)?$/iu;

function parenthesisRanges(sentence: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = /\([^()]{0,200}\)/g;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** The latest year `sentence` states its data is about, if any. */
export function findDataYear(sentence: string, publishedTime?: string): number | undefined {
  const publishedYear = publishedTime ? Number(publishedTime.slice(0, 4)) : undefined;
  const latest = Number.isFinite(publishedYear) && publishedYear ? publishedYear : undefined;
  const parens = parenthesisRanges(sentence);
  let inText: number | undefined;
  let inParens: number | undefined;
  yearPattern.lastIndex = 0;
  for (let m = yearPattern.exec(sentence); m; m = yearPattern.exec(sentence)) {
    const year = Number(m[0]);
    if (latest !== undefined && year > latest) continue;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (productBefore.test(before) || forecastBefore.test(before) || publishedBefore.test(before)) continue;
    // "by 2020" is a forecast, unless the article was written after it: "by 2009 it had grown to 2.5 million" (#3).
    if (byBefore.test(before) && (latest === undefined || year >= latest)) continue;
    // "’91", "the 1990s" never reach here; "2015-2016" takes the later one below.
    const inParen = parens.some(([s, e]) => m!.index > s && m!.index < e);
    if (inParen) inParens = Math.max(inParens ?? 0, year);
    else inText = Math.max(inText ?? 0, year);
  }
  // "sales reached $1.2 trillion in 2013 (Source: Statista, 2016)": the year in
  // the sentence is the data's; the one in the citation is the source's.
  return inText ?? inParens;
}
