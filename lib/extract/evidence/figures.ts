/**
 * Figures in a sentence: percentages, ratios, money, counts, multipliers,
 * changes and ranks, each as it stands in the text.
 *
 * Every number is read with its neighbours: a number next to a month is a
 * date, after "Windows" or "version" a name, before "-year-old" an age, and so
 * on. What is left is a figure only when something says what it measures
 * (%, a currency, "million", "users", "times more", "rose ... points"...).
 * All patterns are anchored to a short window around each number, so the
 * cost is linear in the sentence's length.
 */
import { goalBefore, isPrice, moneyMeasured, statesPrice } from './money-terms';

export type FigureType =
  | 'percent'
  | 'money'
  | 'count'
  | 'ratio'
  | 'multiplier'
  | 'change'
  | 'measure'
  | 'rank';

export interface Figure {
  text: string;
  /** Offsets into the sentence. */
  start: number;
  end: number;
  type: FigureType;
}

export interface FigureOptions {
  lang?: string;
}

/**
 * A cheap test that text may hold a strong figure: a percent sign, a currency,
 * a magnitude or multiplier word, or a number that is neither a bare year, a
 * single digit nor a footnote marker ("[12]"). Text failing it has none.
 * "by up to a factor of 2" is a multiplier findFigures reads (#3, real48).
 */
const hintSymbols = /[%％$€£¥₹万萬亿億倍番]/;
const hintNumbers =
  /(?<![\d[.,])\d{2,3}(?![\d\]])|\d[.,\u00a0\u202f ]\d{3}|(?<![\d[.,])(?:1[0-7]|2[1-9]|[3-9]\d)\d\d(?![\d\]])|(?<![\d[.,])\d{5,}|\d{4}\+\s/;
const hintWords =
  /percent|per ?cent|prozent|pour ?cent|illion|thousand|\bmio\b|\bmrd\b|milliard|millon|half|halves|third|quarter|fifth|tenth|doubl|tripl|trebl|quadrupl|halved|twice|times|fold\b|hälfte|moitié|verdoppel|verdreifach|halbier|multipli|duplic|mitad|divisé|de cada|von zehn|euro|dollar|pound|peso|\b(?:usd|eur|gbp|chf)\b|yen|yuan|rupee|franc|reales|soles|libras|coronas|por ciento|\bsur\b|jede[rs]? |factor of|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an) (?:in|in every|out of|of every) /i;

/**
 * "2.5x", "3×", "1/3 of": small multipliers and fractions the number hints miss; "1.7 seconds on average" (#3);
 * "2MM sellers", "4 of 5 largest cities" (real37).
 */
const hintMultiplier =
  /\d\s?[xX×](?![\p{L}\d])|\d\s(?:in|in every|out of|of every)\s\d|(?<![\d/])[1-9]\/\d{1,2}(?:st|nd|rd|th)?s?\s|(?<![\d.,])\d[.,]\d+(?![\d.,])|\d(?:[kKmMbB]|MM)\+?(?![\p{L}\d])|of\s+(?:the\s+)?top\s+\d|of\s+\d{1,3}\s+(?:largest|biggest)\s|\d\s?(?:GW|MW|GWh|TWh|petabytes|terabytes)(?!\p{L})|\d\s?:\s?1(?!\d)|average|median/u;

export function mayHoldFigure(text: string): boolean {
  return hintSymbols.test(text) || hintNumbers.test(text) || hintWords.test(text) || hintMultiplier.test(text);
}

/** Figures that alone make a sentence quantitative ("ranked third" does not). */
export const strongFigure = (figure: Figure) => figure.type !== 'rank';

const numberPattern = /\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)*/g;
/** French and similar write "2 209" with a plain space. */
const spacedNumberPattern = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d.,]\d)|\d+(?:[.,]\d+)*/g;

const monthNames =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|' +
  'Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|' +
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const monthSet = new Set(monthNames.split('|'));
const identifierWords = new Set(
  (
    'version ver. v release level page pages p. pp. bug issue isbn issn chapter table figure fig. step phase route ' +
    'room suite apt apt. unit channel episode season part section § vol vol. volume article art. rule grade class ' +
    'model generation series build patch update proposition prop prop. flight highway interstate zip postcode code ' +
    'tel tel. phone fax ext ext. call hausnummer nr. nummer numéro n° #'
  ).split(' '),
);
const qualifierPhrases = new Set(
  (
    'about|around|approximately|approx.|roughly|nearly|almost|over|more than|fewer than|less than|up to|some|' +
    'an estimated|estimated|a total of|total of|just over|just under|well over|upwards of|in excess of|as many as|' +
    'as much as|environ|près de|plus de|moins de|au total|rund|etwa|knapp|über|mehr als|fast|beinahe|circa|ca.|' +
    'más de|menos de|cerca de|casi|alrededor de|unos|unas|un total de|total de|aproximadamente'
  ).split('|'),
);

/** The last `n` words before a number, lower-cased, nearest last: "more than 200" → ["more", "than"]. */
function wordsBefore(before: string, n: number): string[] {
  const words: string[] = [];
  let end = before.length;
  while (words.length < n) {
    while (end > 0 && before.charCodeAt(end - 1) === 32) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && before.charCodeAt(start - 1) !== 32) start--;
    words.unshift(before.slice(start, end));
    end = start;
  }
  return words;
}
const monthAfter = new RegExp(`^\\.?\\s*(?:of\\s+)?(?:${monthNames})(?!\\p{L})`, 'u');

const currencyBefore = /(?:US\s?\$|[ACR]\$|NZ\$|HK\$|S\$|\$|€|£|¥|₹|₩|\bUSD\s?|\bEUR\s?|\bGBP\s?|\bCHF\s?|\bRs\.?\s?)$/;
const magnitudeAfter =
  /^\+?\s?(?:quintillions?|quadrillions?|trillions?|billions?|millions?|thousands?|bn|mn|tn|mio\.?|mrd\.?|millionen|milliarden|milliards?|millones|mil millones|millardos?|lakh|crore|mili[oó]n[ůyu]?|miliard[ayu]?)(?!\p{L})/iu;
/**
 * "181k views", "2.3M followers": an audience counted with a letter for its
 * magnitude, as social-media writing does (#3). Only before what an audience
 * does or is: "a 5K run" is a distance.
 */
const letterMagnitudeAfter =
  /^[kKmM](?:\s?[-–]\s?\d+(?:\.\d+)?[kKmM])?\+?(?=\s+(?:(?:new|more|total|organic|unique|monthly|daily|weekly|active|paying|engaged|loyal|highly|varied|different|[\p{Ll}]+ly|\p{Lu}[\p{L}\d]*)\s+){0,2}(?:views|pageviews|viewers|followers|subscribers|likes|shares|impressions|downloads|installs|users|visitors|visits|members|fans|comments|retweets|reposts|posts|sign-?ups|clicks|streams|plays|listeners|readers|customers|reactions|engagements|people|entries|votes|signatures|backers|donors|orders|sales|leads|emails|developers|documents|tenants|requests|queries|transactions|events|messages|companies|businesses|teams|projects|repositories|stars|records|files|pages|websites|sites|apps|products|tickets|calls|searches|jobs|employees|workers|students|patients|participants|respondents|attendees)(?!\p{L}))/u;
/**
 * "a growing membership of 8.2k.", "increased from 9k to 15k+": a lower-case "k" for thousands with
 * nothing after it but the sentence's end or the other end of a change. A capital "K" alone is a
 * resolution or a race ("streams in 4K", "ran the 10K").
 */
const thousandsAtEnd = /^k\+?(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|and|or)\s+(?:about\s+|almost\s+|nearly\s+|over\s+)?\d)/u;
/** A distance's unit, not followed by what it measures ("miles of cable"). */
const distanceAfter = /^[\s-]?(?:light[\s-]years?|miles|kilometers|kilometres|km|parsecs|astronomical units)(?!\p{L})(?!\s+of(?!\p{L}))/iu;
// "$670-billion": Canadian papers join the magnitude with a hyphen (issue #3).
/** "$2.1 million", "$7m", "$7+ million" (more than that). */
const moneyMagnitudeAfter = /^\+?(?:[\s-]?(?:trillion|billion|million|thousand|bn|mn|tn|Mio\.?|Mrd\.?)|MM|[mkMBK])(?!\p{L})/u;
/** "2MM Global Active Sellers", "100MM+ Daily Active Users": millions as reports on business write them (#3, real37); "5mm" is a length. */
const millionsAfter = /^MM\+?(?!\p{L})/u;
// "earned 54 cents per share": earnings per share, in cents (#3, real36).
const currencyAfter =
  /^\s?(?:(?:trillion|billion|million|thousand|bn|Mio\.|Mrd\.|millions?|milliards?|Millionen|Milliarden|millones|mil millones)\s?)?(?:(?:de|d['’])\s?)?(?:dollars?|euros?|Euro|€|\$|£|pounds?(?=\s+(?:sterling|a|in|of|on|for|to|per|each|every|from|and)\b)|yen|yuan|rupees?|USD|EUR|GBP|CHF|francs?|Franken|pesos|reales|soles|libras|coronas|yuanes|cents?(?=\s+(?:a|per)\s+share(?!\p{L})))(?!\p{L})/u;
const percentAfter =
  /^(?:\s?(?:%|％|&percnt;)|[\s-]?(?:percent|per\s?cent|pct|prozent|pour\s?cent|pourcent|por\s?ciento|percentage\s+points?|Prozentpunkte|puntos porcentuales)(?!\p{L}))/iu;
/**
 * "3 times faster", "paid for itself three times over"; not "won the award 3
 * times over 7 years", and not "700 times the distance between the Earth and
 * the Sun", which is a distance (#3).
 */
const multiplierAfter = /^(?:\s?[x×](?![\p{L}\d])|-?fold(?!\p{L})|\s+times\s+(?:more|less|fewer|faster|slower|higher|lower|larger|bigger|greater|better|as|the(?!\s+distance)|likely|over(?=\s*(?:[.,;:!?)]|$))|cheaper|longer)(?!\p{L}))/iu;
const lw1Of = (word: string) => word.toLowerCase().replace(/[^\p{L}]+$/u, '');
/** After "100%": a quality ("sure", "recycled", "WASI") or a fabric ("100% silk scarves"; #3, real38), so the percentage is only emphasis. */
const percentIntensified =
  /^\s(?:sure|certain|free|true|correct|accurate|accuracy|compatible|organic|natural|pure|safe|legal|real|honest|clear|renewable|cotton|wool|silk|linen|cashmere|leather|merino|polyester|nylon|vegan|happy|confident|convinced|behind|on board|ownership|control|compliant|transparent|transparency|independent|self-funded|bootstrapped|remote|open source|open-source|privacy|private|secure|\p{Lu}{2,}(?!\p{L})|\p{Ll}+(?:ed|able|ible|ful|ing)(?!\p{L})|an?\s|in\s+\p{Ll}+ing(?!\p{L}))/u;
/** After a multiplier in "x": what is multiplied ("2x more", "a 3x increase"); "10x content" is jargon. */
const multipliedAfter =
  /^\s(?:more|less|fewer|faster|slower|higher|lower|larger|bigger|greater|better|cheaper|longer|the|as|that|than|over|increase|increases|growth|return|returns|roi|jump|rise|improvement|boost|uplift|lift|gain|gains|reduction|decrease|drop|cut|on|in|from|to|by|and|or|year|compared|what|their|its|our|his|her)(?!\p{L})/iu;
/** A change in a measure after a multiplier: "2x speed improvement", "3x revenue growth" (#3, real32). */
const measuredChangeAfter = /^\s\p{L}+\s(?:improvement|increase|growth|boost|uplift|lift|gain|jump|rise|reduction|decrease|drop)(?!\p{L})/iu;
// Limits, thresholds and capacities: "capped at 50,000", "anomalies with less than 10 entries",
// "seating 242 to 330 passengers" (#3). A threshold that defines a kind of thing is set too:
// "small companies (less than 100 employees)", "our benchmark of 100 employees".
const limitBefore =
  /(?:capped\s+at|a\s+cap\s+of|limited\s+to|a\s+limit\s+of|limit\s+of|no\s+more\s+than|(?:a\s+)?maximum\s+(?:of\s+)?|(?:a\s+)?minimum\s+(?:of\s+)?|at\s+most|with\s+(?:less|fewer)\s+than|(?:benchmark|threshold|cut-?off)\s+of|defined\s+as\s+(?:less|fewer|more)\s+than|\(\s*(?:less|fewer)\s+than|seating|seats|(?:a\s+)?capacity\s+of|holds?\s+up\s+to)\s*(?:US)?[$€£]?$/i;
/**
 * A rate a deal sets, not a measured share: a discount ("25% off", "20 % de réduction"), a revenue share, a
 * commission, a royalty ("gives 50% revenue share", "a 30% commission on every sale", #3).
 */
const dealRateAfter =
  /^\s?(?:off(?!\p{L})|discount|rabatt|de\s+(?:réduction|remise|descuento)|(?:\p{L}+\s+)?(?:discount|revenue[\s-]share|commissions?|cash\s?back|royalt(?:y|ies)|rebate)(?!\p{L}))/iu;
/**
 * A limit told a few words before its figure: "has limitations with result sets over 10,000",
 * "constrain the number of APIs that can be deployed in a single cluster to less than 1,000" (#3); and
 * terms that let anyone do something up to an amount: "rules that allow a donor to give a candidate up to
 * $2,700" (#3, real33). "allows us to serve up to 2 million users" is a capacity reached, and stays a figure.
 */
const limitingClauseBefore =
  /(?<![A-Za-z])(?<!\p{L})(?:limit(?:s|ed|ations?)?|constrain(?:s|ed)?)(?!\p{L})[^,;:.]{0,90}$|(?<![A-Za-z])(?<!\p{L})(?:allows?|allowed|allowing|permits?|permitted|lets?)\s+(?:a|an|each|every|any)\s[^,;:.]{0,60}\sup\s+to\s+(?:US)?[$€£]?$/iu;
/** A rating, not a share: "Our score: 9 out of 10", "rated 4.5 out of 5". */
const ratingNear = /\b(?:score|scored|scores|rating|rated|rates|verdict|grade|graded|gave\s+it|stars?)\b[^.;]{0,12}$/i;
const pointsAfter = /^\s?(?:percentage\s+)?(?:points?|pts|basis\s+points|punkte|points de pourcentage)(?!\p{L})/iu;
// A whole word: "premium 100% cotton" ends in "um", no German "um 100%" (#3, real38).
const changeBefore =
  /(?<![A-Za-z])(?<!\p{L})(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|dropped|drop|drops|climbed|jumped|gained|lost|grew|grown|increased|decreased|declined|improved|added|shed|slid|slipped|advanced|plunged|tumbled|sank|soared|surged|up|down|by|um|de)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+|some\s+)?$/iu;
/** "dropped one basis point to 74 basis points": the level a change ended at. */
const changedToBefore =
  /(?:rose|fell|dropped|climbed|jumped|gained|lost|declined|increased|decreased|added|shed|slid|slipped|advanced|plunged|tumbled|sank|soared|surged)\s[^.;]{0,40}?\bto\s+$/i;
/** "rose from", and a measure named between the verb and "from": "scaling their engineering team from 300 to 900" (#3, real16). */
const fromToBefore =
  /(?<![A-Za-z])(?<!\p{L})(?:rose|rise|grew|grown|increased|jumped|climbed|went up|fell|dropped|declined|improved|went|moved|growing|rising|falling|scaled|scaling|expanded|expanding)\s+(?:(?:their|the|its|our|my|his|her)\s+(?:[\p{L}-]+\s+){0,2})?from\s+(?:~\s?)?$/iu;
const averageBefore = /(?:average|median|mean|typical(?:ly)?|durchschnitt\w*|moyenne|moyen|medio|media|promedio|mediana|on average)(?!\p{L})/iu;
const durationAfter =
  /^[\s-](?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centuries|nights?|ms|milliseconds?|jahre?n?|monate?n?|wochen|tage?n?|stunden|minuten|sekunden|ans?|années?|mois|semaines?|jours?|heures?)(?!\p{L})/iu;
/** People told apart by age: "a developer over 40", "women under 30", "those older than 65". */
const peopleOfAge =
  /(?:^|\s)(?:people|adults|users|women|men|workers|developers?|americans|consumers|those|anyone|someone|employees|kids|children|teens|teenagers|students|seniors|respondents|parents|founders?|professionals|mothers|fathers|voters)\s+(?:over|under|above|below|older than|younger than)\s+$/i;
const ageAfter = /^(?:[\s-]years?[\s-]old|-year-old|[\s-]jährige|\s?ans?\b)/iu;
const measureOfAfter =
  /^\s(?:metric\s+|square\s+|cubic\s+|lane[\s-])?(?:miles|kilometers|kilometres|km|tons|tonnes|tonnen|pounds|kilograms|kg|gallons|liters|litres|barrels|acres|hectares|feet|meters|metres|megawatts|gigawatts|MW|GW|petabytes|terabytes|gigabytes|PB|TB|GB|hours|minutes)\s(?:of|de|d['’]|an)(?!\p{L})/u;
const exchangeRateAfter = /^\s(?:per|to\s+the|against\s+the)\s+(?:dollar|euro|pound|yen|greenback)(?!\p{L})/iu;
const areaAfter = /^[\s-](?:hectares?|acres?|square\s+(?:miles|kilometres|kilometers|km))(?!\p{L})/iu;
const streetAfter =
  /^\s+(?:[A-Z][\p{L}]+\s+){0,2}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square|Court|Terrace)(?!\p{L})|^\s+(?:rue|avenue|boulevard|bd|place|allée|chemin|quai)(?!\p{L})/u;
const rankAfterOrdinal = /^(?:st|nd|rd|th|e|er|ème)?[\s-](?:largest|biggest|most|highest|fastest|best|busiest|richest|largest-|top|leading|popular|grössten|größten|plus)/iu;

/**
 * Whether the number at start..end is the value of an average: "the average
 * of 0.73", "median rent was 1,450", "On average, marketers spend 13 hours",
 * "38 days on average", "averaged 4.2". Not "the mean and standard deviation
 * over a window of 60 minutes": that number is a setting.
 */
const averageLinked =
  /(?:average|median|mean|durchschnitt\p{L}*|moyenne|moyen|promedio|media|medio)(?:\s+(?!(?:and|or|over|with|within|for|across|during|und|et|y)\s)[\p{L}'’-]+){0,6}?\s+(?:is|was|were|are|of|at|to|reached|hit|stood at|came to|rose to|fell to|dropped to|climbed to|lag|liegt|lag bei|beträgt|betrug|bei|von|est|était|de|es|fue|fueron|se situó en|:)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+|some\s+|only\s+|over\s+|bei\s+)?(?:US)?[$€£]?\s?$/iu;
const averagedBefore = /(?:averaged|averages|averaging|on average|im schnitt|im durchschnitt|en moyenne|en promedio|de media|de promedio|in average)[\s,]+(?:\p{L}+\s+){0,3}(?:about\s+|around\s+)?$/iu;
const averageAfter = /^[^,;.]{0,20}?\b(?:on average|im schnitt|im durchschnitt|en moyenne|en promedio|de media)\b/i;
function averageOf(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 80), start);
  if (averageLinked.test(before) || averagedBefore.test(before)) return true;
  if (averageAfter.test(sentence.slice(end, end + 40))) return true;
  // "On average, marketers spend 13 hours a week": the whole clause is an average.
  return /^\W*(?:on average|im schnitt|im durchschnitt|en moyenne|en promedio|de media|in average)\s*,[^,;]*$/i.test(sentence.slice(0, start));
}

/**
 * A duration that was measured: the value of an average ("the average view
 * duration for a stream is 84 minutes") or time spent per day or week by
 * people a study or an estimate describes ("the average viewer spends 15
 * hours a week"). Not "a window of 60 minutes" or "bake for 25 minutes".
 */
const averageValueBefore =
  /(?:average|median|mean)(?!\p{L})(?:(?![,;.]|\s(?:over|within|window|across|during)\s|\s(?:and|or)\s+(?:the\s+)?(?:standard|median|mean|average|variance|max|maximum|min|minimum)(?!\p{L}))[^]){0,60}?\s(?:is|was|are|were|hit|reached)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+|over\s+)?$/iu;
// "spends 2 hours and 24 minutes on social media every day" (#3).
const timeUseAfter =
  /^[\s-](?:hours?|minutes?)(?:\s+and\s+\d+\s+minutes?)?\s+(?:[^.,;:]{0,40}?\s)?(?:a|per|each|every)\s+(?:day|week|month)(?!\p{L})/iu;
const reportedWords = /(?<![A-Za-z])(?<!\p{L})(?:average|estimates?|estimated|survey|surveyed|study|report|reported|according to|data)(?!\p{L})/iu;
/** "Over 100 hours of video are uploaded to YouTube every minute": a volume of content by the time it takes to come (#3, real35). */
const contentRateAfter =
  /^[\s-](?:hours?|minutes?)\s+of\s+(?:new\s+)?(?:video|videos|content|footage|music|audio|television|tv|programming|podcasts?)(?!\p{L})[^.;!?]{0,60}?(?<![A-Za-z])(?<!\p{L})(?:every|per|each|a)\s+(?:second|minute|hour|day)(?!\p{L})/iu;
function measuredDuration(sentence: string, start: number, after: string, hasAverage: boolean): boolean {
  if (contentRateAfter.test(after)) return true;
  if (hasAverage && averageValueBefore.test(sentence.slice(Math.max(0, start - 90), start))) return true;
  // "people spend, on average, 1.7 seconds with a piece of content" (#3).
  if (averagedBefore.test(sentence.slice(Math.max(0, start - 60), start))) return true;
  return timeUseAfter.test(after) && reportedWords.test(sentence);
}

/** "750GB per day": a volume of data by the time it takes to come (#3, real36); not "256GB of storage". */
const dataRateAfter = /^\s?(?:GB|TB|PB|gigabytes|terabytes|petabytes)\s+(?:of\s+[\p{L}-]+\s+)?(?:per|a|each|every)\s+(?:second|minute|hour|day|week|month)(?!\p{L})/u;

/** Whether the words after a number name what it counts: " new users", " employees". */
function countedAfter(after: string): boolean {
  const next = /^\s+(?:(?:new|more|unique|active|paying)\s+)?(\p{L}+)/u.exec(after);
  return next !== null && countNouns.has(next[1]!.toLowerCase());
}

/** Phone numbers and the like, masked before numbers are read. */
const phonePatterns = [
  /(?:\+\d{1,3}[\s.-]?)?\(\d{2,4}\)\s?\d{2,4}[\s.-]?\d{2,4}/g,
  /(?<![\d.,])\+\d{1,3}(?:[\s.-]\d{1,4}){2,5}/g,
  /(?<![\d.,])0\d{1,4}(?:[\s/-]\d{2,8}){1,4}(?![\d.,]\d)/g,
  /(?<![\d.,-])\d{3}[-.]\d{4}(?![\d-])/g,
  /(?<![\d.,-])\d{3}[-.\s]\d{3}[-.]\d{4}(?![\d-])/g,
];
const isoDatePattern = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b/g;

/** Nouns that make a plain number a count of something worth citing. */
export const countNouns = new Set(
  (
    'people person adults adult americans users user customers customer consumers consumer shoppers buyers ' +
    'visitors visits viewers views readers subscribers followers fans members employees workers staff jobs ' +
    'respondents participants students teachers children kids teens teenagers patients doctors nurses cases deaths ' +
    'victims civilians soldiers troops residents citizens voters votes households families homes companies company ' +
    'businesses firms brands organizations organisations marketers developers agencies startups retailers ' +
    'stores shops restaurants schools hospitals countries cities languages markets downloads installs apps ' +
    'sales orders units copies signups sign-ups registrations leads subscriptions accounts profiles posts tweets ' +
    'videos photos messages emails comments likes shares clicks impressions page-views pageviews searches requests ' +
    'queries transactions signatures samples questions complaints calls tickets leaks breaks potholes crews ' +
    'laborers labourers contributors attendees lawmakers seats partners servers websites sites devices ' +
    'protesters demonstrators marchers strikers ' +
    'phones smartphones cars vehicles flights passengers travelers travellers tourists guests hotels rooms ' +
    'incidents attacks arrests crimes infections injuries injured dead killed died wounded refugees migrants ' +
    'donors volunteers members stars records reviews ratings responses replies mentions retweets entries applications upvotes purchases ' +
    'centres centers clinics wishlists backers ' +
    // Contributions counted: "Rackspace has 68 credits" (#3, real47).
    'credits ' +
    'nutzer nutzerinnen menschen kunden unternehmen firmen mitarbeiter personen besucher einwohner ' +
    'personnes utilisateurs internautes clients entreprises salariés habitants morts blessés enfants passagers ' +
    'français françaises abonnés visiteurs personnels emplois commandes réservations téléchargements ventes ' +
    'neukunden follower aufrufe abonnenten bestellungen downloads mitglieder ' +
    'usuarios clientes personas empresas tiendas pedidos visitas seguidores visualizaciones descargas empleados ' +
    'trabajadores habitantes suscriptores socios reservas productos artículos unidades encuestas entrevistas ' +
    'respuestas produits articles sondés répondants produkte artikel befragte ' +
    'países ciudades publicaciones mensajes tiendas marcas pays villes publications marques prisonniers détenus ' +
    'prisoners inmates länder städte beiträge marken ' +
    'states provinces regions counties economists analysts investors traders experts scientists researchers ' +
    'executives officials policymakers engineers farmers miners banks lenders airports buildings ' +
    'aircraft planes jets airplanes newspapers districts equities stocks shares journalists reporters editors staffers'
  ).split(' '),
);

const wordNumber = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an';
/** What a share of people did or answered, after it: "7 of 10 say", "almost half are using it", "over half failed to respond". */
const sharesDid =
  "are|were|say|said|says|report|reported|use|used|have|had|own|owned|plan|planned|want|wanted|prefer|preferred|expect|expected|" +
  "agree|agreed|believe|believed|think|thought|failed|fail|did|didn['’]t|do|don['’]t|never|still|would|will";
/** After a count, the things counted and the earlier count they are compared with: " meetups (up from 39)". */
const comparedCountAfter = /^\s\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?\s*(?:\(|,\s*|\s)(?:up|down)\s+from\s+\d/u;
const unitWord = 'one|two|three|four|five|six|seven|eight|nine';
const teenWord = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const tensWord = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/**
 * Figures written in words. Each pattern runs only when one of its hints
 * occurs in the lower-cased sentence: most sentences skip all of them.
 */
/** `before`, when given, must match the sentence up to the figure (tested only where the pattern matched). */
/**
 * "one of the top 25 companies", "one of the 100 largest employers", "one of the 100 most brilliant companies": a
 * place held on a ranked list, not a share of it nor a count (#3, real48).
 */
const rankedList = 'top|most|best|largest|biggest|fastest|leading|greatest|richest|worst';
const placeOnList = new RegExp(String.raw`^\s+(?:${rankedList})(?!\p{L})`, 'iu');

const wordFigurePatterns: { hints: string[]; pattern: RegExp; type: FigureType; before?: RegExp }[] = [
  {
    hints: [' in ', ' out of ', ' of every '],
    pattern: new RegExp(
      // "one in every eight dollars" too (#3, real44).
      `\\b(?:${wordNumber}|\\d+)\\s+(?:in(?:\\s+every)?|out of|of every)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|\\d+)(?![a-z\\d\\u00c0-\\u024f])`,
      'gi',
    ),
    type: 'ratio',
  },
  // A ratio told with a colon after its name: "create an ROI of 48:1", "a student to teacher ratio of 20:1" (#3, real48);
  // not a score ("a 4:1 win") nor a time ("at 8:30").
  {
    hints: [':'],
    pattern:
      /(?<=(?<![A-Za-z])(?<!\p{L})(?:ratio|roi|return|returns|odds|leverage)\s+(?:of\s+|is\s+|was\s+|at\s+|stands\s+at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|an?\s+)?)\d+(?:[.,]\d+)?\s?:\s?\d+(?![\d:])/giu,
    type: 'ratio',
  },
  // An average time told in words: "spend an average of three hours a day" (#3, real48).
  {
    hints: ['average', 'median'],
    pattern:
      /(?<=(?<![A-Za-z])(?<!\p{L})(?:average|median)\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\s+(?:seconds|minutes|hours|days|weeks|months|years)(?!\p{L})/giu,
    type: 'measure',
  },
  // "4 internautes sur 5", but not "24 heures sur 24".
  {
    hints: [' sur '],
    pattern: /(?<![\p{L}\d.,])(\d{1,2})\s+(?!heures|jours|semaines|mois|ans\b)\p{L}+\s+sur\s+(?!\1(?!\d))\d{1,3}(?![\p{L}\d])/giu,
    type: 'ratio',
  },
  // "1/3 of", "~1/5th of", "3/5ths of" (#3, real32).
  // "Of them, 1/3 were mobile and 2/3 were desktop", "3/4 is below 34 years old": a share of those counted (real37, real38).
  { hints: ['/'], pattern: /(?<![\d/.,])[1-9]\/(?:[2-9]|10)(?:st|nd|rd|th)?s?\s+(?:of|des?|du|der|de los|de las|were|are|is|was)\b/giu, type: 'ratio' },
  // "five of 17 Fed policymakers", "3 of the 12 banks": a share of a group that is counted.
  {
    hints: [' of '],
    // "38 of the top 100 firms", "in 4 of 5 largest US cities": a share of a ranked set, of any size (#3, real37);
    // "one of the top 25 companies to work for" is a rank held (`rankedList`).
    // "Eight of the 11 broad sectors" opens its sentence capitalised (#3, real41).
    // "only five of the 536 ARC Discovery Project grants": the group may be named in capitals (#3, real47).
    pattern: new RegExp(String.raw`(?<![\p{L}\d.,])(?!(?:[Oo]ne|1)\s+of\s+(?:the\s+)?(?:\d{1,4}\s+)?(?:${rankedList})(?!\p{L}))(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|\d{1,3})\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:\d{2,3}|(?:top|largest|biggest)\s+\d{1,3}|\d{1,3}\s+(?:largest|biggest|top|leading))(?:\s+[\p{L}-]+|(?:\s+\p{Lu}[\p{L}-]*){2,3})?\s+\p{Ll}[\p{Ll}-]*s(?!\p{L})`, 'gu'),
    type: 'ratio',
  },
  // "with 7 of 10 watching at least one video", "8 of 10 say": a share of ten or a hundred people, by what
  // they do or answer (#3, real35); not "step 7 of 10" or "game 3 of 10".
  {
    hints: [' of 10', ' of ten', ' of 100'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?<!\p{L})(?<!(?:page|chapter|step|part|game|day|episode|season|round|week|level|stage|question|slide|item|number|lesson|module|book|volume|issue|no\.|#)\s*)(?:one|two|three|four|five|six|seven|eight|nine|[1-9]|[1-9]\d)\s+(?:of|out\s+of)\s+(?:10|ten|100)(?=\s+(?:\p{Ll}+ing|${sharesDid})(?!\p{L}))`,
      'giu',
    ),
    type: 'ratio',
  },
  // "Advancers outnumbered decliners by a 1.56-to-1 ratio" (#3, real41).
  { hints: ['-to-'], pattern: /(?<![\d.,])\d{1,3}(?:\.\d+)?-to-\d{1,3}(?:\.\d+)?(?=\s+(?:ratio|margin)(?!\p{L}))/gu, type: 'ratio' },
  { hints: [' sur '], pattern: /\b(?:un|une)\s+\p{L}+\s+sur\s+(?:deux|trois|quatre|cinq|dix|\d+)(?![\p{L}\d])/giu, type: 'ratio' },
  {
    hints: [' sur dix', ' de cada ', ' von zehn', ' sur cent'],
    pattern:
      /(?<![A-Za-z])(?<!\p{L})(?:un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|deux|trois|quatre|cinq|sept|huit|neuf|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|\d+)\s+(?:de cada|sur|von)\s+(?:diez|cien|dix|cent|zehn|hundert|\d+)(?![\p{L}\d])/giu,
    type: 'ratio',
  },
  {
    hints: ['a la mitad', 'divisé'],
    pattern: /(?<![A-Za-z])(?<!\p{L})(?:a la mitad|divisée?s?\s+par\s+(?:deux|trois|quatre|dix|\d+))(?!\p{L})/giu,
    type: 'multiplier',
  },
  { hints: ['jede'], pattern: /\bjede[rs]?\s+(?:zweite|dritte|vierte|fünfte|zehnte)[rs]?(?!\p{L})/giu, type: 'ratio' },
  // "Every third smartphone owner in Ukraine is an Allo customer" (#3).
  { hints: ['every '], pattern: /\bevery\s+(?:second|third|fourth|fifth|tenth)\s+(?=\p{L})/giu, type: 'ratio' },
  {
    // A change by a fraction: "cut churn by a third", "sign-ups went up by about a third", "fell by half".
    hints: ['half', 'third', 'quarter', 'fifth', 'tenth'],
    // The verb is checked on the text before a match, not by a lookbehind at every position: that
    // made this one pattern a tenth of the detector's time.
    pattern:
      /(?<![A-Za-z])(?<!\p{L})by\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more than\s+|over\s+)?(?:(?:a|one|two)[\s-](?:half|third|quarter|fifth|tenth)|half|two-thirds|three-quarters)(?![\p{L}-])/giu,
    before:
      /(?<![A-Za-z])(?<!\p{L})(?:cut|cuts|reduced|reduces|lowered|slashed|trimmed|fell|falls|dropped|declined|decreased|shrank|rose|rises|grew|grows|increased|increases|jumped|climbed|went up|went down|up|down|raised|boosted|lifted|expanded)(?!\p{L})[^.,;:]{0,40}$/iu,
    type: 'multiplier',
  },
  {
    hints: ['half', 'halves', 'third', 'quarter', 'fifth', 'tenth', 'hälfte', 'moitié'],
    pattern:
      /(?:\b(?:one|two|three|a|an)[\s-])?\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\s+of\b|\btwo-thirds\b|\bthree-quarters\b|\b(?:die\s+)?hälfte\s+(?:der|aller)\b|\bla\s+moitié\s+des?\b/gi,
    type: 'ratio',
  },
  {
    // "almost half are using it to watch videos", "nearly a third said they cut back": a share of the people
    // asked, said with how near it is and what they answered, the whole left unsaid (#3, real34); or what they
    // did: "Out of the 433 tested, over half failed to respond" (real35).
    hints: ['half', 'third', 'quarter'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?<!\p{L})(?:almost|nearly|about|roughly|over|more than|less than|just over|just under|well over|around)\s+(?:(?:a|one|two)[\s-])?(?:half|thirds?|quarters?)(?=\s+(?:of\s+(?:them|us|those|respondents)\s+)?(?:${sharesDid})(?!\p{L}))`,
      'giu',
    ),
    type: 'ratio',
  },
  {
    // A percentage in words: "five percent", "almost two percentage points" (issue #3).
    hints: ['percent', 'per cent'],
    pattern: new RegExp(
      `(?<![\\p{L}-])(?:(?:${tensWord})(?:[\\s-](?:${unitWord}))?|${unitWord}|${teenWord})\\s+(?:percent|per\\s?cent|percentage\\s+points?)(?!\\p{L})`,
      'giu',
    ),
    type: 'percent',
  },
  {
    hints: ['million', 'billion', 'trillion', 'thousands'],
    pattern: new RegExp(
      // Not a figure of speech: "There are a million things you could be doing right now" (#3).
      `\\b(?:(?:half\\s+a|${wordNumber}|several hundred|a few hundred|hundreds of|tens of|dozens of)\\s+(?:million|billion|trillion)s?|(?:tens|hundreds)\\s+of\\s+(?:thousands|millions|billions))(?![a-z\\u00c0-\\u024f-])(?!\\s+(?:other\\s+)?(?:things|reasons|ways|ideas|questions|directions|pieces)\\b)`,
      'gi',
    ),
    type: 'count',
  },
  {
    // "trusted by more than a thousand organizations": a thousand counts when it is said how near (#3, real34);
    // "a thousand words" alone is a figure of speech.
    hints: ['thousand'],
    pattern: /(?<![A-Za-z])(?<!\p{L})(?:more than|over|nearly|almost|about|around|some|close to)\s+a\s+thousand(?!\s+(?:other\s+)?(?:words|things|times|reasons|ways|ideas|questions|directions|pieces)(?!\p{L}))(?=\s+(?:[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]*s(?!\p{L}))/giu,
    type: 'count',
  },
  {
    // Thousands in words: "over ten thousand different blogs", "nearing six hundred thousand users" (#3, real30).
    // Not "a thousand" alone: a figure of speech as often as a count ("a thousand words"); a qualified one is read above.
    hints: ['thousand'],
    pattern: new RegExp(
      `(?<![\\p{L}-])(?:(?:${unitWord})\\s+hundred(?:\\s+and)?\\s+(?:(?:${tensWord})(?:[\\s-](?:${unitWord}))?\\s+|(?:${unitWord}|${teenWord})\\s+)?|(?:${tensWord})(?:[\\s-](?:${unitWord}))?\\s+|(?:${unitWord}|${teenWord})\\s+)thousand(?!\\p{L})(?!\\s+(?:other\\s+)?(?:things|reasons|ways|ideas|questions|directions|pieces|words|times)(?!\\p{L}))`,
      'giu',
    ),
    type: 'count',
  },
  {
    hints: ['doubl', 'tripl', 'trebl', 'quadrupl', 'halved', 'fold', 'times', 'twice', 'half as', 'verdoppel', 'verdreifach', 'halbier', 'multipli', 'duplic'],
    pattern:
      /\b(?:doubled(?!\s+down\b)|tripled(?!\s+down\b)|trebled|quadrupled|halved|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)-?fold|(?:two|three|four|five|six|seven|eight|nine|ten|twice)\s+times\s+(?:more|less|fewer|faster|slower|higher|lower|larger|bigger|greater|better|as|the|likely|cheaper)|(?:twice|half|(?:three|four|five|ten)\s+times)\s+as\s+(?:many|much|likely|fast|high|often|long)|twice\s+(?:more|less|fewer|faster|higher|larger|bigger|greater|better)(?:\s+likely)?|verdoppelt|verdreifacht|halbiert|verdoppelten?|verdreifachten?|halbierten?|doublée?s?|triplée?s?|multipliée?s?\s+par\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|\d+)|duplic(?:ó|aron|ado|ada)|triplic(?:ó|aron|ado|ada)|multiplic(?:ó|aron|ado|ada)\s+por\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|\d+))(?![a-z\u00c0-\u024f])/gi,
    type: 'multiplier',
  },
  // "were able to triple the number of E2E checks", "helped us double our traffic": a multiple reached (#3, real35).
  // The verb alone is a plan or an instruction ("We want to double the number of users").
  {
    hints: ['doubl', 'tripl', 'quadrupl'],
    pattern:
      /(?<=(?<![A-Za-z])(?<!\p{L})(?:able|managed|helped(?:\s+(?:us|them|him|her|it|me|the\s+\p{L}+))?)\s+to\s+)(?:double|triple|quadruple)\s+(?:the|their|its|our|his|her|my)\s+(?:\p{L}+\s+){0,2}?(?:number|amount|size|revenue|traffic|sales|output|throughput|speed|count|reach|audience|coverage|user\s+base|customer\s+base)(?!\p{L})/giu,
    type: 'multiplier',
  },
  // "subsidies for fossil fuels are double those for renewables": a measure stated as a multiple of another (#3, real43);
  // "women still spend more than double the time as men" (#3, real47).
  {
    hints: ['doubl', 'tripl', 'quadrupl'],
    pattern:
      /(?<=(?<![A-Za-z])(?<!\p{L})(?:is|are|was|were|spend|spends|spent|earn|earns|earned|take|takes|took)\s+(?:(?:nearly|almost|roughly|about|more\s+than|over)\s+)?)(?:double|triple|quadruple)(?=\s+(?:those|that|the|what)(?!\p{L}))/giu,
    type: 'multiplier',
  },
  { hints: ['翻', '倍'], pattern: /翻了?一番|翻番|增长了?一倍|(?:两|三|四|五|十|\d+)倍/gu, type: 'multiplier' },
  {
    hints: ['ranked', 'no.', 'number one'],
    pattern:
      /\branked\s+(?:first|second|third|fourth|fifth|No\.\s?\d+|number\s+(?:one|two|three|\d+)|#\d+|\d+(?:st|nd|rd|th))\b|\bNo\.\s?\d+\b|\bnumber\s+one\b/gi,
    type: 'rank',
  },
];

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
/** Chinese and Japanese write numbers against the words around them: "比重为27.6%", "约3000万". */
const isCjk = (ch: string | undefined) => ch !== undefined && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch);
const cjkMagnitude = '万亿|千亿|百亿|亿|億|千万|百万|万|萬';
const cjkMoneyAfter = new RegExp(`^(?:${cjkMagnitude})?(?:美元|日元|欧元|英镑|港元|人民币|元|円)`, 'u');
const cjkMagnitudeAfter = new RegExp(`^(?:${cjkMagnitude})`, 'u');
const cjkCountAfter = /^(?:名|人|个|位|家|户|次|台|件|所|款|条|项|社|店)/u;

/** "1.234,5" → 1234.5, "56,000" → 56000, "12,5" → 12.5; NaN for "1.8.3" (a version). */
export function parseNumber(raw: string, lang?: string): number {
  const token = raw.replace(/[\s\u00a0\u202f]/g, (m, offset: number) => (offset > 0 ? '' : m)).trim();
  const dots = token.split('.').length - 1;
  const commas = token.split(',').length - 1;
  const groupsOk = (sep: string) => token.split(sep).slice(1).every((g) => g.length === 3);
  if (dots && commas) {
    const decimal = token.lastIndexOf('.') > token.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [whole = '', fraction = ''] = token.split(decimal);
    if (!whole.split(thousands).slice(1).every((g) => g.length === 3)) return Number.NaN;
    return Number(`${whole.split(thousands).join('')}.${fraction}`);
  }
  const sep = dots ? '.' : commas ? ',' : '';
  if (!sep) return Number(token);
  const count = dots || commas;
  if (count > 1) return groupsOk(sep) ? Number(token.split(sep).join('')) : Number.NaN;
  const [whole = '', fraction = ''] = token.split(sep);
  const commaDecimal = sep === ',' && /^(?:de|fr|es|it|pt|nl|pl|cs|sv|da|fi|nb|no|ru|tr)/i.test(lang ?? '');
  if (fraction.length === 3 && !commaDecimal && whole !== '0') return Number(whole + fraction);
  return Number(`${whole}.${fraction}`);
}

const isYearLike = (raw: string) => /^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2099;

function maskedRanges(sentence: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of [...phonePatterns, isoDatePattern]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      ranges.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return ranges;
}

/**
 * A capitalised name right before the number ("iPhone 7", "Windows 10",
 * "Fortune 500", "Hauptstraße 12"), other than the sentence's first word.
 */
const germanNameLike = /^(?:\p{Lu}[\p{L}]*\p{Lu}|\p{Ll}+\p{Lu}|.*(?:straße|strasse|weg|platz|gasse|allee|ring|damm)$|Windows|Version|Xbox|Galaxy|Android|Firefox|Office|Word|Web|Pi|Chrome|Safari|Kapitel|Seite|Nummer|Nr\.?|Modell|Stufe|Level)/u;

function namedBefore(before: string, lang?: string): boolean {
  // The word right before the number, and the character before that word.
  let end = before.length;
  if (end === 0 || before.charCodeAt(end - 1) !== 32) return false;
  end--;
  let start = end;
  while (start > 0 && before.charCodeAt(start - 1) !== 32) start--;
  if (start === 0) return false; // first word of the sentence (or of the window): "About 400 ..."
  const word = before.slice(start, end);
  if (!/^(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}'’.-]*$/u.test(word)) return false;
  // "... research firm Edelman Berland. 1,250 American adults": a sentence ends there; "No. 5" and "Vol. 3" name.
  if (word.endsWith('.') && word.length > 4 && !/\.\p{L}/u.test(word)) return false;
  const prev = before[start - 2];
  if (prev === undefined || /[.!?:;"“(]/.test(prev)) return false;
  if (/^(?:About|Around|Over|Nearly|Almost|Some|Roughly|Approximately|Only|Just|All|The|In|Of|To|For|And|With|By|From|At|On|A|An|Environ|Rund|Etwa|Knapp|Über|Fast|Près|Plus|Moins)$/.test(word)) {
    return false;
  }
  // German capitalises every noun: only product-like words and streets name things.
  if (/^de/i.test(lang ?? '') && !germanNameLike.test(word)) return false;
  return true;
}

interface Token {
  raw: string;
  start: number;
  end: number;
}

function classifyNumber(
  sentence: string,
  token: Token,
  tokens: Token[],
  index: number,
  lang: string | undefined,
  hasAverage: boolean,
): Figure | undefined {
  const { raw, start, end } = token;
  const prevChar = sentence[start - 1];
  const nextChar = sentence[end];
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 60);
  const figure = (type: FigureType, from = start, to = end): Figure => ({ text: sentence.slice(from, to), start: from, end: to, type });
  // Years: a figure only with a currency ("$2015") or a percent sign. "2000+ flows" is no year: a count (#3).
  const countPlus = /^\+\s+(?!(?:years?|yrs?|months?|weeks?|days?|hours?|decades?|centuries)(?!\p{L}))\p{L}/iu.test(after);
  if (isYearLike(raw) && !countPlus && !currencyBefore.test(before.slice(-5)) && !/^\s?%/.test(after)) return undefined;
  // Earlier years: "dates from around 1490", "in 1066", "since 1602".
  // Not a count of something: "to bring in 1200 new users" (#3, real36).
  if (/^1\d{3}$/.test(raw) && /(?:^|\s)(?:in|since|from|around|circa|c\.|until|till|before|after|by|year|of|dating|dated)\s+$/i.test(before) && !/^[\s,]*(?:%|[\p{L}]+\s+(?:people|years))/u.test(after) && !countedAfter(after)) {
    return undefined;
  }

  // Glued to a word: "MP3", "A350", "B2B", "x86", "COVID-19", "MS-04".
  if ((isLetter(prevChar) && !isCjk(prevChar)) || prevChar === '_') return undefined;
  if ((prevChar === '-' || prevChar === '‑') && isLetter(sentence[start - 2])) return undefined;
  // A model after a count: "400 737 Max jets", "five 787 Dreamliner sales".
  if (/(?:^|\s)(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozen|several|some)\s+$/i.test(before) && /^\s\p{Lu}/u.test(after)) return undefined;
  // Footnotes: "[23]", "alerts,22 and", "seconds.23 If".
  if (prevChar === '[' && nextChar === ']') return undefined;
  if (/[.,;:!?”")\]]/.test(prevChar ?? '') && isLetter(sentence[start - 2]) && !/[$€£]/.test(prevChar ?? '')) return undefined;
  // Maths and code: "level=6", "2^15", "10^5".
  if (prevChar === '^' || prevChar === '=' || nextChar === '^' || prevChar === '/' || nextChar === '/') {
    if (!(nextChar === '/' && /^\/(?:day|week|month|year|night|hour|h|yr|mo)\b/.test(after))) return undefined;
  }
  // Times: "8:51", "10:30 p.m.", "5h45", "9 Uhr"; an average time ("averaged 4:14:03") is measured.
  if (nextChar === ':' && isDigit(sentence[end + 1])) {
    const clock = /^(?::\d\d){1,2}(?![\d:])/.exec(after);
    if (clock && hasAverage && averageBefore.test(sentence.slice(Math.max(0, start - 40), start)) && !/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|uhr\b)/i.test(after.slice(clock[0].length))) {
      return figure('measure', start, end + clock[0].length);
    }
    return undefined;
  }
  if (prevChar === ':' && isDigit(sentence[start - 2])) return undefined;
  if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|uhr\b|h\s?\d\d)/i.test(after)) return undefined;
  // Dates: "May 2013", "Feb. 23", "23 May", "1er mai".
  const near = wordsBefore(before, 3).map((w) => w.replace(/^[^\p{L}\p{N}§#]+/u, ''));
  while (near.length < 3) near.unshift('');
  const [w3 = '', w2 = '', w1 = ''] = near;
  const month = w1.replace(/[.,]+$/, '');
  if (monthSet.has(month) || (month.length > 2 && monthSet.has(month[0]!.toUpperCase() + month.slice(1)) && !/^(?:may|mai|mars)$/.test(month))) return undefined;
  if (monthAfter.test(after)) return undefined;
  // Numbered lists: "1. First", "(2) Google".
  if (/^[\s("'“]*$/.test(before) && /^[.)]/.test(after) && raw.length <= 2) return undefined;
  // Ages, streets, identifiers.
  // "$1,173.72 an ounce" is an amount, not an age in French ("25 ans").
  // "aged 18", "women ages 22-34", "aged between 18 to 25" (#3).
  // The end of a range is read with what stands before its start ("ages 22-34", "seating 242 to 330").
  const beforeRange = before.replace(/\d[\d.,]*\s*(?:-|–|to)\s*$/, '');
  if ((ageAfter.test(after) && !currencyBefore.test(before.slice(-6))) || /\b(?:aged?|ages)\s+(?:between\s+|of\s+|from\s+)?$|\baged?\s*$/i.test(beforeRange)) return undefined;
  // "a developer over 40", "adults under 30": people of an age (#3).
  if (/^\d\d$/.test(raw) && peopleOfAge.test(beforeRange) && !/^\s?(?:%|percent|per cent|\d|[,.]\d|million|thousand|k\b)/i.test(after)) return undefined;
  if (streetAfter.test(after)) return undefined;

  const percent = percentAfter.exec(after);
  const currencyPrefix = currencyBefore.exec(before.slice(-6));
  const currencySuffix = currencyAfter.exec(after);
  const magnitude = magnitudeAfter.exec(after) ?? millionsAfter.exec(after);
  // "reduced conversion costs by 2.6 times": a change by a multiple (#3).
  const multiplier =
    multiplierAfter.exec(after) ??
    (/(?<![A-Za-z])(?<!\p{L})(?:reduced|reduces|cut|cuts|lowered|increased|increases|grew|grown|raised|boosted|improved|decreased|dropped|fell|rose|multiplied)(?!\p{L})[^.;,]{0,40}?(?<![A-Za-z])(?<!\p{L})by\s+$/iu.test(before)
      ? /^\s+times(?!\p{L})/iu.exec(after)
      : null);

  // Ranges: "50-60%", "10–12 members", "between 400 and 600".
  const next = tokens[index + 1];
  const rangeJoin = next && /^\s?[-–—]\s?$|^\s(?:to|and|bis|à)\s$/.test(sentence.slice(end, next.start)) ? next : undefined;
  // "Boeing's 787-9 Dreamliner jets", "a 10-5 win": a model or a score, not a range (a range goes up).
  if (next && sentence.slice(end, next.start) === '-' && parseNumber(next.raw, lang) < parseNumber(raw, lang)) return undefined;

  // A limit is set, not measured: "capped at 50,000 runners", "a minimum of $500".
  if (!percent && (limitBefore.test(before) || limitBefore.test(beforeRange) || limitingClauseBefore.test(sentence.slice(Math.max(0, start - 110), start)))) {
    return undefined;
  }
  if (percent) {
    // "25% off", "20 % de réduction", "50% revenue share": a rate a deal sets, not a share measured.
    if (dealRateAfter.test(after.slice(percent[0].length))) return undefined;
    // "100% documented", "100% WASI": an intensifier, not a share of anything.
    const rest = after.slice(percent[0].length);
    if (raw === '100' && !changeBefore.test(before) && percentIntensified.test(rest)) return undefined;
    // "everyone is putting in their 100 percent": someone's whole effort, not a share (#3, real45).
    if (raw === '100' && /(?<![A-Za-z])(?<!\p{L})(?:their|his|her|my|your|our)\s+$/iu.test(before)) return undefined;
    // "percentages ... will not add up to 100%", "the sum of all percentages is 100%": arithmetic, not a share (#3, real44).
    if (raw === '100' && /(?<![A-Za-z])(?<!\p{L})(?:add(?:s|ed)?\s+up\s+to|sums?\s+to|sum\s+of\s+[^.;:]{0,40}?\s(?:is|are|was|equals))\s+$/iu.test(before)) return undefined;
    // "the Fed's 2 percent target": a goal, not a measure.
    if (/^\s(?:inflation\s+)?(?:target|goal|objective)(?!\p{L})/u.test(rest)) return undefined;
    return figure('percent', start, end + percent[0].length);
  }
  // "50-60%": the range is read with the percentage that ends it.
  if (rangeJoin && percentAfter.test(sentence.slice(rangeJoin.end, rangeJoin.end + 20))) return undefined;
  if (currencyPrefix) {
    // "$0": nothing paid, or a placeholder in code ("$0 i32"); but on a line of money earned it is measured:
    // "Revenue: $0" (#3, real43).
    if ((/^0+$/.test(raw) && !moneyLine.test(sentence)) || /^\s?[iuf](?:8|16|32|64)\b/.test(after)) return undefined;
    // A goal is set, not reached: "The MRR goal for sustainability is $5000", "a revenue goal of getting to $3,000" (#3, real30).
    if (goalBefore(before.slice(0, -currencyPrefix[0].length))) return undefined;
    const suffix = moneyMagnitudeAfter.exec(after);
    if (!suffix && isPrice(before.slice(0, -currencyPrefix[0].length), after, sentence, hasAverage)) return undefined;
    if (!suffix && !moneyMeasured(sentence)) return undefined;
    return figure('money', start - currencyPrefix[0].length, end + (suffix ? suffix[0].length : 0));
  }
  if (currencySuffix) {
    const magnitudeWord = /\d|illion|illiard|Mio|Mrd|bn|mn|tn|millones|Millionen|Milliarden/.test(currencySuffix[0]);
    if (!magnitudeWord && isPrice(before, after.slice(currencySuffix[0].length), sentence, hasAverage)) return undefined;
    if (!magnitudeWord && !moneyMeasured(sentence)) return undefined;
    return figure('money', start, end + currencySuffix[0].length);
  }
  const cjkMoney = cjkMoneyAfter.exec(after);
  if (cjkMoney) return figure('money', start, end + cjkMoney[0].length);
  const cjkLarge = cjkMagnitudeAfter.exec(after);
  if (cjkLarge) return figure('count', start, end + cjkLarge[0].length);
  const cjkCount = cjkCountAfter.exec(after);
  if (cjkCount && parseNumber(raw, lang) >= 10) return figure('count', start, end + cjkCount[0].length);

  const lw1 = w1.toLowerCase();
  if ((identifierWords.has(lw1) || lw1.startsWith('#') || `${w2} ${w1}`.toLowerCase() === 'appelez le') && !magnitude) return undefined;
  if (namedBefore(before, lang) && !magnitude && !multiplier && !(hasAverage && averageBefore.test(before))) return undefined;
  const value = parseNumber(raw, lang);
  if (Number.isNaN(value)) return undefined; // "1.8.3", "192.168.0.1"
  if (/^0\d/.test(raw)) return undefined; // "030", "007"

  if (magnitude) {
    // "1.2 million light-years", "4 million miles": a distance, however large; not "90 million miles of cable" (#3).
    if (distanceAfter.test(after.slice(magnitude[0].length))) return undefined;
    return figure('count', start, end + magnitude[0].length);
  }
  // A "401k" is a retirement plan, not 401,000 of anything.
  const letterMagnitude = letterMagnitudeAfter.exec(after) ?? (raw === '401' ? null : thousandsAtEnd.exec(after));
  if (letterMagnitude) return figure('count', start, end + letterMagnitude[0].length);
  // "bookings rise 3.5 times compared with last season": a change by a multiple. Not "fell 3 times this
  // year" (three times over): a whole number needs a comparison after it.
  const times = !multiplier && changeBefore.test(before) && !/(?:^|\s)by\s+$/i.test(before) ? /^\s+times(?!\p{L})/u.exec(after) : null;
  if (times && (/[.,]\d/.test(raw) || /^\s+times\s+(?:compared|than|the\s+(?:previous|prior|level|rate))(?!\p{L})/iu.test(after))) {
    return figure('multiplier', start, end + times[0].length);
  }
  if (multiplier) {
    // "2.3X", "50x", but not "3 x 4" sizes.
    if (/^\s?[x×]\s?[\d−+=*/^(]/.test(after)) return undefined; // "3 x 4", "3 x − 1": sizes and maths
    // "10x content", "a 10x engineer": an "x" before a noun, not after a verb ("grew 3x after...").
    const tail = after.slice(multiplier[0].length);
    const attributive = /^(?:|a|an|the|and|or|with|your|our|their|its|of)$/.test(lw1Of(w1));
    if (attributive && /^\s?[x×]/i.test(multiplier[0]) && /^\s\p{L}/u.test(tail) && !multipliedAfter.test(tail) && !measuredChangeAfter.test(tail)) {
      return undefined;
    }
    return figure('multiplier', start, end + multiplier[0].length);
  }
  // "± a factor of 6" is a range of settings, not a change that happened.
  if (/factor of\s+$/i.test(before) && !/±\s*(?:an?\s+)?factor of\s+$/i.test(before)) {
    const k = /^[kK](?!\p{L})/u.exec(after);
    return figure('multiplier', start, end + (k ? 1 : 0));
  }
  if (isYearLike(raw) && !countPlus) return undefined;

  const points = pointsAfter.exec(after);
  if (points && (changeBefore.test(before) || changedToBefore.test(before))) return figure('change', start, end + points[0].length);
  if (fromToBefore.test(before)) {
    // "climbed from 48 in 2020 to 73 in 2021": each value with its year (#3, real45).
    const m = /^(?:\s+in\s+(?:19|20)\d\d)?\s+to\s+(\d+(?:[.,]\d+)?)/.exec(after);
    if (m) return figure('change', start, end + m[0].length);
  }
  // Ordinals: "the world's 10th-largest economy"; others ("20th century") are not figures.
  if (/^(?:st|nd|rd|th)\b/i.test(after) || /^(?:e|er|ème)\b/.test(after)) {
    const rank = rankAfterOrdinal.exec(after);
    if (rank) return figure('rank', start, end + rank[0].length);
    return undefined;
  }
  // "The Japanese yen was little changed at 136.08 per dollar": an exchange rate is a market's measure (#3, real42).
  const exchangeRate = exchangeRateAfter.exec(after);
  if (exchangeRate) return figure('measure', start, end + exchangeRate[0].length);
  const dataRate = dataRateAfter.exec(after);
  if (dataRate) return figure('measure', start, end + (/^\s?\p{L}+/u.exec(dataRate[0])?.[0].length ?? 0));
  if (isLetter(nextChar)) return undefined; // "4K", "1080p", "3D", "256MB", "1990s"
  // "spans 114,000 hectares", "a 170,000-hectare project": land measured in thousands is a quantity, not a
  // plot in a story ("a 400-hectare pilot site") (#3, real42).
  const area = areaAfter.exec(after);
  if (area && value >= 1000) return figure('measure', start, end + area[0].length);
  if (/^-[\p{L}]/u.test(after) && !/^-(?:plus|strong)\b/.test(after)) return undefined; // "300-pound", "64-bit"

  // "30 or 60 seconds", "2 to 3 weeks": the first of two numbers takes the second's unit (#3).
  const pairedWith = /^\s*(?:or|to|and|-|–)\s*\d[\d.,]*(?=[\s-])/.exec(after);
  const isDuration = durationAfter.test(after) || (pairedWith !== null && durationAfter.test(after.slice(pairedWith[0].length)));
  if (hasAverage && averageOf(sentence, start, end)) return figure('measure');
  if (isDuration && measuredDuration(sentence, start, after, hasAverage)) return figure('measure');
  if (isDuration) return undefined;

  // Ratios with digits: "3 in 10", "1 out of 5"; "Our score: 9 out of 10" is a rating.
  const ratio = /^\s(?:in(?:\severy)?|out of|of every|sur)\s(\d+)(?![\d.,]\d)/.exec(after);
  if (ratio && !isYearLike(ratio[1] ?? '')) {
    if (ratingNear.test(before) || /^\s*stars?\b/i.test(after.slice(ratio[0].length))) return undefined;
    return figure('ratio', start, end + ratio[0].length);
  }

  // "256 GB of storage", "16 GB of RAM": a specification.
  if (/^\s?(?:GB|TB|MB|gigabytes|terabytes|megabytes)\s+of\s+(?:memory|storage|RAM|SSD|space|unified\s+memory)\b/i.test(after)) return undefined;
  if (measureOfAfter.test(after) && value >= 1) {
    const unit = /^\s(?:metric\s+|square\s+|cubic\s+|lane[\s-])?[\p{L}]+/u.exec(after);
    return figure('measure', start, end + (unit ? unit[0].length : 0));
  }

  const rangeEnd = rangeJoin ? rangeJoin.end : end;
  // "my top 21 films", "the top 10 tips": the length of a list.
  if (lw1 === 'top') return undefined;
  // "one of the 100 most brilliant companies": a place on a list, not a count of companies (`rankedList`).
  if (/(?:^|\s)one\s+of\s+(?:the\s+)?$/i.test(before) && placeOnList.test(after)) return undefined;
  // "450+ data types", "all 43,000+ resources": a plus after a number says it counts something (#3);
  // not an age or a rating ("aged 65+", "rated 18+").
  if (value >= 10 && /^\+\s+\p{L}/u.test(after) && !/(?<![A-Za-z])(?<!\p{L})(?:aged?|ages|rated|over)\s+$/iu.test(before)) return figure('count', start, end + 1);
  // "companies with 10 to 50 employees": a size band that sorts, not a count.
  if ((rangeJoin && lw1 === 'with') || /\bwith\s+\d[\d.,]*\s+to\s+$/i.test(before)) return undefined;
  // "We asked 25 questions", "With over 50 questions, the survey ...": a questionnaire's size is set, not found (#3, real32).
  if (/^\s(?:survey\s+|open-ended\s+|multiple-choice\s+)?questions(?!\p{L})/iu.test(sentence.slice(rangeEnd, rangeEnd + 30))) return undefined;
  // "46 meetups (up from 39)", "26 episodes total, down from 31": a count compared with an earlier one is measured (#3, real34).
  if (comparedCountAfter.test(sentence.slice(rangeEnd, rangeEnd + 50))) return figure('count', start, rangeEnd);
  if (value >= 10 || (rangeJoin && parseNumber(rangeJoin.raw, lang) >= 10)) {
    // A count of something: "56,000 developers", "11 people", "25 crews".
    const words = sentence
      .slice(rangeEnd, rangeEnd + 50)
      .split(/[\s»«"“”]+/)
      .filter(Boolean)
      .slice(0, 3);
    for (let i = 0; i < words.length; i++) {
      const word = (words[i] ?? '').toLowerCase().replace(/[^\p{L}-]+$/u, '').replace(/^[^\p{L}]+/u, '');
      if (countNouns.has(word)) return figure('count', start, rangeEnd);
      if (/[.,;:!?)]$/.test(words[i] ?? '')) break;
    }
    const unitAfter = /^\s?(?:\(|[\s-])?(?:light[\s-]years?|megapixels|kilometers|kilometres|km|miles|meters|metres|m|feet|ft|inches|kg|kilograms|pounds|lbs|tons|tonnes|degrees|°|mph|km\/h|MB|GB|KB|TB|megabytes|gigabytes|kilobytes|hours|minutes|seconds|characters|chars|pixels|px|dpi|hp|bhp|horsepower|lb-ft|mpg)(?!\p{L})/u;
    if (unitAfter.test(sentence.slice(rangeEnd, rangeEnd + 20))) return undefined;
    // "17,448 buildings", "13,000 shelters": an exact count in the thousands of things, whatever they are.
    // A score is not a count: "scored 3,050 points in Geekbench".
    const things = /^\s(?:[\p{Ll}-]+\s)?(\p{Ll}[\p{Ll}-]*s)(?!\p{L})/u.exec(sentence.slice(rangeEnd, rangeEnd + 40));
    if (/^\d{1,3}(?:,\d{3})+$/.test(raw) && things && !/^(?:points|pts|stars|votes)$/.test(things[1] ?? '') && !ratingNear.test(before)) {
      return figure('count', start, rangeEnd);
    }
    const qualified =
      qualifierPhrases.has(lw1) ||
      qualifierPhrases.has(`${w2} ${w1}`.toLowerCase()) ||
      qualifierPhrases.has(`${w3} ${w2} ${w1}`.toLowerCase());
    if (qualified || lw1 === 'between' || /^\s(?:others|more)\b/.test(after)) {
      return figure('count', start, rangeEnd);
    }
    if (/\b(?:total|number|count)\s+of\s+[\p{L}\s-]{0,30}(?:was|is|reached|hit|stood at|of)\s+$/iu.test(before)) {
      return figure('count', start, rangeEnd);
    }
    // "employment increased by 194,000 in January", "a gain of 46,000", "only 7,000 of those net new jobs": an exact
    // number in the thousands that a change or a part is told by counts something already named (#3, real44).
    if (/^\d{1,3}(?:,\d{3})+$/.test(raw) && (changedByBefore.test(before) || partOfAfter.test(after))) return figure('count', start, rangeEnd);
    // "Daily active users peaked at 65 in January": the thing counted is the verb's subject (#3, real43).
    const peakedOf = /(?<![A-Za-z])(?<!\p{L})(\p{L}+)\s+(?:peaked|peaking)\s+at\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$/iu.exec(before);
    if (peakedOf && countNouns.has(peakedOf[1]!.toLowerCase())) return figure('count', start, rangeEnd);
  }
  return undefined;
}

/** A change told by its size: "increased by 194,000", "added 684,000", "a gain of 46,000". */
const changedByBefore =
  /(?<![A-Za-z])(?<!\p{L})(?:(?:increased|decreased|rose|fell|grew|dropped|declined|climbed|gained|lost|added|cut)(?:\s+by)?|(?:a|the)\s+(?:net\s+)?(?:gain|loss|increase|decrease|drop|rise|decline)\s+of)\s+(?:about\s+|nearly\s+|more than\s+|some\s+|roughly\s+|around\s+)?$/iu;
/** A part of a whole already named: "7,000 of those net new jobs". */
const partOfAfter = /^\s+of\s+(?:those|these|them|all)(?!\p{L})/iu;

const smallNumbers = 'one two three four five six seven eight nine ten eleven twelve'.split(' ');
/** "five" → 5, "12" → 12; anything else is not a number. */
function smallNumber(word: string): number {
  const i = smallNumbers.indexOf(word.toLowerCase());
  return i >= 0 ? i + 1 : /^\d+$/.test(word) ? Number(word) : Number.NaN;
}

/** What a share can be a share of, besides the count nouns: "a quarter of its revenue". */
const wholeNouns = new Set(
  (
    'revenue revenues sales traffic budget budgets market spend spending income time population workforce ' +
    'audience audiences internet web purchases purchase growth content total world country nation economy ' +
    'americans britons europeans women men generation production output capacity supply demand exports imports ' +
    'consumption emissions electricity power energy viewership profits assets debt'
  ).split(' '),
);

/** Whether at least `share` of the words of four letters or more in `text` are capitalised, and there are `least` of them. */
function titleCased(text: string, least: number, share: number): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= least && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= share;
}

/** Words in title case up to a closing quote: " Most Influential People on the Internet’". */
function quotedTitleAfter(after: string): boolean {
  const quoted = /^([^'’"”»‘“«]{3,75})['’"”»]/u.exec(after);
  return quoted !== null && titleCased(quoted[1]!, 2, 0.6);
}

/**
 * Whether the figure stands inside a title in double quotes: the post “Asia’s E-Commerce Giant Dangdang Increases
 * Order Processing Speed by 30%” (#3, real46). Most words of a title are capitalised; a quoted sentence's are not.
 * Only curly double quotes: a single one is as often an apostrophe ("Asia’s").
 */
function insideQuotedTitle(sentence: string, figure: Figure): boolean {
  const open = sentence.lastIndexOf('“', figure.start);
  if (open < 0 || sentence.lastIndexOf('”', figure.start) > open) return false;
  const close = sentence.indexOf('”', figure.end);
  return close >= 0 && titleCased(sentence.slice(open + 1, close), 4, 0.75);
}

/** Whether the words after "half of" name a population or a measure, within a few words. */
function sharedWhole(after: string): boolean {
  const words = after.slice(0, 60).split(/\s+/).filter(Boolean).slice(0, 5);
  for (const raw of words) {
    const word = raw.toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}-]+/gu, '');
    if (countNouns.has(word) || wholeNouns.has(word)) return true;
    // "Half of them are turtles": a share of people the story is about.
    if (/^(?:them|us|those|these|you|which|whom|it)$/.test(word)) break;
    // Any plural thing counted: "a quarter of shopping carts", "half of the actions" (#3).
    if (/^\p{Ll}{3,}[^s\W]s$/u.test(word) && !/(?:ness|ics|ous|ss)$/.test(word)) return true;
    if (/[.,;:!?)]$/.test(raw)) break;
  }
  return false;
}

/**
 * A value on a measure's line: "31,204", "2300+", "~6,000", "3,502GB", "5.6x", "20 a month", a balance "-17", a count
 * that names its unit again ("Units Sold: 363 Units", #3, real44).
 */
const lineValue = String.raw`(?:about\s+|over\s+|more than\s+|nearly\s+|almost\s+|up to\s+|~\s*)?[+\-−]?\d(?:[\d.,]*\d)?\+?(?:\s?(?:x|[KMGT]B|k|m|bn)|\s+(?:units|copies)(?!\p{L}))?`;
/** What a measure's label may end on: its period or its scope, in brackets ("Units Sold (2025)", "Wishlists (Total)"). */
const labelScope = String.raw`(?:\s*\([^()]{1,40}\))?`;
/**
 * A line that pairs a measure with its value: "Attendance: 31,204",
 * "Followers Increase - 2300+", "Number of Posts: 20 a month", a change
 * "Registered Companies: 503 → 4,585" (#3; the labelling rules count such
 * lines as statistics). Not a time, a price, a date or a step: "Time Spent on
 * Post Creation - 1 hour a week".
 */
const countLinePattern = new RegExp(
  // A symbol may open the line: "🗳️ Upvotes: 138" (#3, real35).
  String.raw`^\s*(?:[^\p{L}\p{N}\s]{1,4}\s*)?(?<label>\p{L}[\p{L} '’&/-]{1,60}?)${labelScope}\s*(?::|\s[-–—])\s*(?<value>${lineValue}(?:\s*(?:→|->|to)\s*${lineValue})?(?:\s*(?:per|a|an|each|every)\s+\p{L}+)?)\s*(?:\([^()]{0,60}\))?\s*\.?\s*$`,
  'iu',
);
const countLabel =
  /(?<![A-Za-z])(?<!\p{L})(?:attendance|attendees|users|visitors|visits|followers|subscribers|fans|members|customers|clients|downloads|installs|views|impressions|clicks|leads|sign-?ups|orders|sales|engagement|reach|posts|likes|shares|comments|conversions|donations|donors|participants|entries|responses|respondents|employees|staff|headcount|students|readers|listeners|players|traffic|increase|growth|number of|(?:follower|subscriber|user|member|fan|reader|listener|viewer|visitor|customer|employee|download|star)\s+count)(?!\p{L})/iu;
const notCountLabel = /(?<![A-Za-z])(?<!\p{L})(?:time|times|date|year|years|age|price|prices|cost|costs|fee|fees|step|steps|phone|phones|version|versions|page|pages|chapter|chapters|size|length|duration|rank|ranking|score|rating|id|no|servings|calories|minutes|hours|seconds|days|weeks|months|ingredients)(?!\p{L})/iu;
const countedThing = /(?<![A-Za-z])(?<!\p{L})\p{L}{2,}[^s\W]s(?!\p{L})/iu;
/**
 * The label of a measure's line: a word of counting ("Average follower count", #3, real47), or a plural thing
 * counted ("Registered Companies", "Support emails", "Projects created"), no date, price or page. "Number of
 * signups on our hosted version" counts signups: only the thing after "Number of" says whether it is a version
 * or a page (#3, real47).
 */
const isCountLabel = (label: string) => {
  const counted = /^number\s+of\s+(\p{L}+)/iu.exec(label)?.[1];
  return (countLabel.test(label) || countedThing.test(label)) && !notCountLabel.test(counted ?? label);
};

/** A marketing rate's line: "CTR: 0.9%", "Fan CVR: 0.04%", "ROAS: 4.2" (#3, real30). */
const rateLine =
  /^\s*(?:\p{L}+\s+){0,2}(?:ctr|cvr|cpc|cpm|cpa|cpl|roas|roi|aov|arpu|(?:open|click|conversion|bounce|engagement|churn|retention|response)\s+rate)\s*:\s*(?:about\s+|around\s+|~\s*)?[$€£]?\d[\d.,]*\s?%?\s*\.?\s*$/iu;

/**
 * Money earned or spent on a line of its own: "Revenue: $45", "💰 MRR: $1,200" (#3, real35), "Expenses: $134.07"
 * (#3, real43), and what buyers paid on average or at most: "Average Price: $16.74", "Max Price: $78.62" (#3, real46);
 * a gift's mean or mode: "Mean: $22", "Mode: $22" (#3, real21).
 */
const moneyLine = new RegExp(
  String.raw`^\s*(?:[^\p{L}\p{N}\s]{1,4}\s*)?(?:(?:[\p{L}\p{N}]+\s+){0,3}(?:revenue|sales|income|profits?|earnings|mrr|arr|gmv|raised|donations|expenses|costs|spend|spending|spent)|mean|median|mode|average|(?:average|median|mean|max|maximum|min|minimum|highest|lowest)\s+(?:\p{L}+\s+){0,2}price(?:\s+\p{L}+){0,3})${labelScope}\s*:\s*(?:about\s+|around\s+|~\s*)?[+\-−]?(?:US)?[$€£¥]\s?\d[\d.,]*\s?(?:k|m|bn)?(?:\s+(?:USD|CAD|CDN|EUR|GBP|AUD|NZD))?\s*\.?\s*$`,
  'iu',
);
/**
 * A survey's answer with the share that gave it: "Respond quickly (51%)", "Don’t be pushy (61%)" (#3, real35); answers
 * that list alternatives or explain themselves too: "Teacher/Professor (3%)", "Gaming Notes (D&D, RPGs, General) (1%)"
 * (#3, real46).
 */
const answerShareLine = /^\s*\p{L}[\p{L}\p{N}’' /&,.+()-]{2,80}?\(\s*\d{1,3}(?:[.,]\d+)?\s?%\s*\)\s*\.?\s*$/u;

/**
 * A survey's answer or a measure, then its share: "Coworking Space: 66.3%", "Culinary/Food Programming: 55%" (#3,
 * real48; every such line in the labelled sets but two is labelled a statistic). Not a rate that is set: "Discount:
 * 20%", "Tax: 8%", "Commission: 30%".
 */
const shareLine = /^\s*(?:[^\p{L}\p{N}\s]{1,4}\s*)?\p{L}[\p{L}\p{N} '’&/,()+-]{1,60}?\s*:\s*(?:about\s+|around\s+|over\s+|nearly\s+|~\s*)?\d[\d.,]*\s?%\s*\.?\s*$/u;
const setRateLabel =
  /(?<![A-Za-z])(?<!\p{L})(?:discount|off|tax|vat|commission|fees?|royalt(?:y|ies)|interest|apr|coupon|tip|deposit|progress|battery|opacity|zoom|volume|brightness|humidity|alcohol|abv|fat|sugar|protein)(?!\p{L})/iu;
const isShareLine = (sentence: string) => shareLine.test(sentence) && !setRateLabel.test(sentence.slice(0, sentence.indexOf(':')));

/** A metric's figure, then its name: "+165 New Users (+151%)", "19.9% Install Conversion" (#3, real38); not "20% Off". */
const figureFirstLine = /^\s*(?:[+\-−]\d[\d.,]*|\d[\d.,]*\s?%)\s+(?!Off(?!\p{L}))\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}(?:\s*\([^()]{1,20}\))?\s*$/u;

/**
 * A count on a line of its own, the number first, then what it counts: "214 contributors", "⬇️ 53,666 Total
 * Downloads", "🐦 1,067 Twitter Followers" (#3, real18, real46).
 */
const countFirstLine =
  /^\s*(?:[^\p{L}\p{N}\s]{1,4}\s*)?(?:about\s+|over\s+|nearly\s+|~\s*)?\d[\d.,]*[kKmM]?\+?\s+(?:[\p{L}-]+\s+){0,2}(\p{L}+)\s*$/u;
const isCountFirstLine = (sentence: string) => {
  const m = countFirstLine.exec(sentence);
  return m !== null && countNouns.has(m[1]!.toLowerCase());
};

/** A name, an arrow, then what it counts: "Asana → 900 employees" (#3, real16). */
const namedCountLine =
  /^\s*\p{L}[\p{L}\p{N} .&'’-]{0,40}?\s*(?:→|->)\s*(?:about\s+|over\s+|nearly\s+|~\s*)?\d[\d.,]*\+?\s+(?:\p{L}+\s+)?(\p{L}+)\s*\.?\s*$/u;
const isNamedCountLine = (sentence: string) => {
  const m = namedCountLine.exec(sentence);
  return m !== null && countNouns.has(m[1]!.toLowerCase());
};

/** Whether a sentence is a measure's line alone: "Support emails: ~6,000", "CTR: 0.9%". */
export const isMeasureLine = (sentence: string) =>
  countLine(sentence) !== undefined ||
  rateLine.test(sentence) ||
  moneyLine.test(sentence) ||
  answerShareLine.test(sentence) ||
  isShareLine(sentence) ||
  figureFirstLine.test(sentence) ||
  isCountFirstLine(sentence) ||
  isNamedCountLine(sentence);

function countLine(sentence: string): Figure | undefined {
  if (sentence.length > 90) return undefined;
  const m = countLinePattern.exec(sentence);
  const label = m?.groups?.label;
  const value = m?.groups?.value;
  if (!m || !label || !value || !isCountLabel(label)) return undefined;
  // "instances: 200", "maxReplicas: 100": one lower-case word before the colon is a setting's key in a
  // configuration file quoted in the article, not a measure's name ("Clicks: 206"; #3, real33).
  if (/^\s*[a-z][A-Za-z_]*\s*:/.test(sentence)) return undefined;
  // A count in digits says something from 10 up ("Users: 5" is a small count); a multiple at any size ("Revenue growth: 5.6x").
  const numbers = [...value.matchAll(/\d[\d.,]*/g)].map((n) => parseNumber(n[0].replace(/[.,]+$/, '')));
  if (!/\dx$/i.test(value) && !numbers.some((n) => n >= 10)) return undefined;
  const start = m.index + m[0].lastIndexOf(value);
  return { text: value, start, end: start + value.length, type: 'count' };
}

/** Every figure in `sentence`, in order, without overlaps. */
export function findFigures(sentence: string, options: FigureOptions = {}): Figure[] {
  const found: Figure[] = [];
  const masked = maskedRanges(sentence);
  const spaced = /^fr|^nb|^no|^sv|^fi|^pl|^cs|^ru/i.test(options.lang ?? '');
  const pattern = spaced ? spacedNumberPattern : numberPattern;
  const tokens: Token[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (masked.some(([s, e]) => start < e && end > s)) continue;
    tokens.push({ raw: m[0], start, end });
  }
  const hasAverage = tokens.length > 0 && averageBefore.test(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const figure = classifyNumber(sentence, token, tokens, i, options.lang, hasAverage);
    if (figure) found.push(figure);
  }
  const lower = sentence.toLowerCase();
  for (const { hints, pattern: wordPattern, type, before } of wordFigurePatterns) {
    if (!hints.some((hint) => lower.includes(hint))) continue;
    wordPattern.lastIndex = 0;
    for (let m = wordPattern.exec(sentence); m; m = wordPattern.exec(sentence)) {
      if (before && !before.test(sentence.slice(0, m.index))) continue;
      // "the third quarter of 2016", "the first half of the year": periods, not shares.
      if (type === 'ratio' && /^(?:half|quarters?|thirds?)\b/i.test(m[0]) && /\b(?:first|second|third|fourth|last|next|this|previous|same|latter|former|back|front|other|top|bottom|upper|lower|left|right|remaining|northern|southern|eastern|western|fiscal|financial|calendar|holiday|march|june|september|december)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      // "half of it", "a third of your article": a share is a statistic when it is a share of a
      // population or a measure ("half of all buyers", "a quarter of its revenue").
      // "two-thirds of the premium online video", "three-quarters of ...": a compound fraction is a share of anything (#3).
      const compound = /^(?:two-thirds|three-quarters|(?:two|three|four)-fifths)\b/i.test(m[0]);
      if (type === 'ratio' && !compound && /^(?:(?:one|two|three|a|an)[\s-])?(?:half|thirds?|quarters?|fifths?|tenths?)\b/i.test(m[0]) && !sharedWhole(sentence.slice(m.index + m[0].length))) continue;
      // "every third smartphone owner", not "every third year" or "every second counts".
      if (type === 'ratio' && /^every\s/i.test(m[0]) && !/^[\s\p{L}-]{0,30}?(?<![A-Za-z])(?<!\p{L})(?:owners?|users?|customers?|adults?|people|persons?|households?|companies|company|firms?|consumers?|shoppers?|employees?|workers?|voters?|children|students?|teens?|patients?|respondents?|visitors?|buyers?|americans?|europeans?|internet users?)(?!\p{L})/iu.test(sentence.slice(m.index + m[0].length))) continue;
      // "two quarters of declining profits": a stretch of time, not a share.
      if (type === 'ratio' && /^(?:two|three|four)\squarters\s+of$/i.test(m[0]) && /^\s+(?:\p{L}+ing|consecutive|straight|negative|positive)(?!\p{L})/iu.test(sentence.slice(m.index + m[0].length))) continue;
      // "$18,000 in 1972": the end of a bigger number, and a year, not "3 in 10".
      if (type === 'ratio' && /^\d/.test(m[0]) && (/[\d.,]$/.test(sentence.slice(0, m.index)) || /(?:1[89]|20)\d\d$/.test(m[0]))) continue;
      // "between halves of the device": parts of a thing, not a share of a population.
      if (type === 'ratio' && /^halves\b/i.test(m[0])) continue;
      // "five of 17 policymakers": the part must be smaller than the group, and a group is not of stars or points.
      const part = type === 'ratio' ? /^(\S+)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(\d{2,3})\b/.exec(m[0]) : null;
      if (part && (!(smallNumber(part[1] ?? '') < Number(part[2])) || /(?:stars|points)$/i.test(m[0]))) continue;
      // "Our score: 9 out of 10" is a rating, not a share.
      if (type === 'ratio' && ratingNear.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "the twice as fast A6 chip": a product's trait, said of the thing, not measured (#3).
      if (type === 'multiplier' && /^twice\s+as\b/i.test(m[0]) && /(?<![A-Za-z])(?<!\p{L})(?:the|a|an)\s+$/iu.test(sentence.slice(Math.max(0, m.index - 5), m.index))) continue;
      // "The purpose is twofold:" means two parts, not twice as much.
      if (type === 'multiplier' && /fold$/i.test(m[0]) && /(?<![A-Za-z])(?<!\p{L})(?:is|are|was|were|be|been)\s+$/iu.test(sentence.slice(Math.max(0, m.index - 8), m.index)) && /^\s*[:;.,]/.test(sentence.slice(m.index + m[0].length))) continue;
      // "half a billion dollars": an amount of money in words (#3).
      const currencyWord = type === 'count' ? /^\s+(?:dollars|euros|pounds|yen|yuan)(?!\p{L})/iu.exec(sentence.slice(m.index + m[0].length)) : null;
      if (currencyWord) {
        found.push({ text: m[0] + currencyWord[0], start: m.index, end: m.index + m[0].length + currencyWord[0].length, type: 'money' });
        continue;
      }
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length, type });
    }
  }
  // Ranges and percentages: "50-60%" — fold a bare range start into the figure that follows.
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const result: Figure[] = [];
  for (const figure of found) {
    const last = result[result.length - 1];
    if (last && figure.start < last.end) {
      if (figure.end > last.end && figure.end - figure.start > last.end - last.start) {
        result[result.length - 1] = figure.start < last.start ? figure : { ...figure };
      }
      continue;
    }
    result.push(figure);
  }
  // "shown as '17%' to '600%'": a figure that is all a quotation holds is a label, not a quantity; so is one that opens
  // a title in quotes: "one of the ’30 Most Influential People on the Internet’", "20 Minutes till Dawn" (#3, real45).
  for (let i = result.length - 1; i >= 0; i--) {
    const f = result[i]!;
    const open = sentence[f.start - 1];
    const close = sentence[f.end];
    if (open && close && /['‘"“«]/.test(open) && /['’"”»]/.test(close)) result.splice(i, 1);
    else if (open && /['‘’"“«]/.test(open) && quotedTitleAfter(sentence.slice(f.end, f.end + 80))) result.splice(i, 1);
    else if (insideQuotedTitle(sentence, f)) result.splice(i, 1);
  }
  // "starts at $1,099 in the US, £1,099 in the UK": once a sentence states a price, its other plain amounts are prices too.
  if (statesPrice(sentence, hasAverage)) {
    for (let i = result.length - 1; i >= 0; i--) {
      const f = result[i]!;
      if (f.type === 'money' && !/illion|illiard|Mio|Mrd|bn|mn|tn|millones|[mkMBK]$/.test(f.text)) result.splice(i, 1);
    }
  }
  // "Attendance: 31,204": a line pairing a measure with its value has no other word to say what it counts.
  if (result.length === 0) {
    const line = countLine(sentence);
    if (line) result.push(line);
  }
  // "50-60%": a range before a percentage belongs to it.
  for (let i = 0; i < result.length; i++) {
    const figure = result[i]!;
    if (figure.type !== 'percent' && figure.type !== 'money') continue;
    const m = /(\d+(?:[.,]\d+)?)\s?[-–]\s?$/.exec(sentence.slice(Math.max(0, figure.start - 12), figure.start));
    if (m && !isLetter(sentence[figure.start - m[0].length - 1])) {
      const start = figure.start - m[0].length;
      result[i] = { ...figure, start, text: sentence.slice(start, figure.end) };
    }
  }
  return result;
}
