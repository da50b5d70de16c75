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
/**
 * The start of a span up to the time of writing, not the data's year: "since
 * 2015", "since its launch in 2015", "the highest since 1983", "Founded in
 * 1997, Paessler serves over 200,000 companies" (#3).
 */
const startBefore =
  /(?:\bsince|\b(?:founded|established|incorporated))\s+(?:(?:[\p{L}’']+\s+){0,5}(?:in|on)\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+)?(?:\d{1,2},?\s+)?$/iu;
/**
 * A year the figure is compared with, not the year it is about: "half as much as it did in 2009", "higher than
 * in 2009", "2 per cent below the 2008 level", "compared with 2015" (#3). A year the sentence also states for
 * the figure still dates it: "in 2012, 20% more than in 2009" is 2012.
 */
const baselineBefore =
  /(?:\bthan|\bas\s+(?:\p{L}+\s+)?(?:did|was|were|had|has|have|does|do)|\bcompared\s+(?:with|to)|\brelative\s+to|\bversus|\bvs\.?)\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+)?$/iu;
/** A year that names a study: "2025 Marketing Trends survey", "2019 report". */
const studyAfter = /^\s+(?:[\p{L}&-]+\s+){0,3}?(?:survey|study|report|poll|census|index|barometer|research|outlook)(?!\p{L})/iu;
/** Words that go before a count and never a year: "over 2000 unique page views", "nearly 1900 stores". */
const countBefore = /(?:\bover|\bmore than|\bfewer than|\bless than|\bnearly|\balmost|\bat least|\bup to|\broughly|\bapproximately)\s+$/i;
/** "the 2008 level", "2019 levels": a baseline named after its year. */
const levelAfter = /^['’]?s?\s+levels?(?!\p{L})/iu;
/** Dates of publication, not of the data. */
const publishedBefore =
  /(?:released|published|issued|updated|retrieved|accessed|archived|posted|veröffentlicht|publié|publiée)\s+(?:in|on|im|en|le)?\s*(?:(?:early|late|mid-?)\s*)?(?:\p{L}+\.?\s+)?(?:\d{1,2},?\s+)?$/iu;

function parenthesisRanges(sentence: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = /\([^()]{0,200}\)/g;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/**
 * The later of a page's published and updated dates (ISO 8601): the latest
 * its text may speak of, so the bound on the years it states (#3).
 */
export function lastWritten(publishedTime?: string, updatedTime?: string): string | undefined {
  if (!publishedTime || !updatedTime) return publishedTime ?? updatedTime;
  return updatedTime.slice(0, 10) > publishedTime.slice(0, 10) ? updatedTime : publishedTime;
}

/** Words that look ahead: "will reach", "is expected to", "projected", "could double". */
const aheadWords =
  /(?<![A-Za-z])(?:will|would|shall|won['’]t|expected|expects|expect|projected|projects|projection|forecasts?|forecasted|predicts?|predicted|set to|going to|on track to|could|might|(?:plans?|planned|planning)\s+to)(?![A-Za-z])/i;

/**
 * The latest date `sentence` may state a data year up to: the page's last
 * date (lastWritten), but its published date when the sentence looks ahead,
 * so that a page updated since (or one that stamps every visit as an update)
 * never makes a forecast its data: "By 2020, 85% of interactions will be
 * automated" in a 2017 article stays a forecast (#3).
 */
export function yearBoundFor(sentence: string, publishedTime?: string, updatedTime?: string): string | undefined {
  return aheadWords.test(sentence) ? (publishedTime ?? updatedTime) : lastWritten(publishedTime, updatedTime);
}

/** The latest year `sentence` states its data is about, if any; `publishedTime` bounds it (yearBoundFor). */
export function findDataYear(sentence: string, publishedTime?: string): number | undefined {
  const publishedYear = publishedTime ? Number(publishedTime.slice(0, 4)) : undefined;
  const latest = Number.isFinite(publishedYear) && publishedYear ? publishedYear : undefined;
  const parens = parenthesisRanges(sentence);
  const lookingAhead = aheadWords.test(sentence);
  let inText: number | undefined;
  let inParens: number | undefined;
  yearPattern.lastIndex = 0;
  for (let m = yearPattern.exec(sentence); m; m = yearPattern.exec(sentence)) {
    const year = Number(m[0]);
    if (latest !== undefined && year > latest) continue;
    // A look-ahead at the year it was written in is a forecast too: "comparable-store sales growth in 2019 will
    // be 3.5%", written in 2019; but not the year of the survey it quotes, "the CIM's 2025 Marketing Trends
    // survey" (#3). The article's date then stands in: the same year, when the sentence meant its data.
    if (year === latest && lookingAhead && !studyAfter.test(sentence.slice(m.index + 4, m.index + 60))) continue;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (productBefore.test(before) || forecastBefore.test(before) || publishedBefore.test(before) || startBefore.test(before)) continue;
    if (baselineBefore.test(before) || levelAfter.test(sentence.slice(m.index + 4, m.index + 14))) continue;
    // "over 2000 unique page views": a count, not a year.
    if (countBefore.test(before)) continue;
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

/** Where a citation's access dates begin: "Retrieved 30 June 2010", "Archived from the original on …", "Accessed May 2016". */
const accessDates = /\b(?:retrieved|archived|accessed|abgerufen|consulté)\b/i;

/** The latest year `text` states, up to `bound`, leaving out product names ("Windows 2000"). */
function latestYear(text: string, bound?: number): number | undefined {
  let latest: number | undefined;
  yearPattern.lastIndex = 0;
  for (let m = yearPattern.exec(text); m; m = yearPattern.exec(text)) {
    const year = Number(m[0]);
    if (bound !== undefined && year > bound) continue;
    if (productBefore.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    latest = Math.max(latest ?? 0, year);
  }
  return latest;
}

/**
 * The year a footnote gives its source (#3): the latest year the note states
 * before its access dates ("Perrin, Andrew (October 8, 2015). "Social Media
 * Usage: 2005–2015". Pew Research Center. Retrieved 2016-01-01." → 2015). A
 * source was published before it was read, so a year after the access date
 * is a title's ("Outlook 2030"); without one, after `writtenBy`, the
 * article's last date (lastWritten). A figure whose sentence states no year
 * is as old as its source, as "(Pew, 2015)" in the sentence would say.
 */
export function citationYear(note: string, writtenBy?: string): number | undefined {
  const access = accessDates.exec(note);
  // A wiki's "published" date is the page's first version (2001 for Wikipedia's New Zealand), older than most of its notes: the access date bounds better.
  const bound = (access && latestYear(note.slice(access.index))) || Number(writtenBy?.slice(0, 4)) || undefined;
  return latestYear(access ? note.slice(0, access.index) : note, bound);
}

/** A dated address's path, as news sites and blogs write it: "/2015/10/08/social-media-usage/", "/2015/10/slug". */
const datedPath = /\/((?:19|20)\d\d)\/(?:0[1-9]|1[0-2])(?:\/|$)/;

/**
 * The year in a linked page's address (#3), when its path is dated as news
 * sites and blogs date theirs. Only year and month together count: a bare
 * "/2024" may be an id or a report's name. The page linked to was there when
 * the link was written, so no date bounds it (an article may be updated
 * after its published date, a wiki's always is).
 */
export function addressYear(url: string): number | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  // An archived page's path holds the page's own address, dated the same way: "/web/20160301000000/http://blog.example/2015/10/x".
  const dated = datedPath.exec(path);
  return dated ? Number(dated[1]) : undefined;
}
