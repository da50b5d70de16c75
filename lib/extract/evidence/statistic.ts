/**
 * Whether a sentence is a statistic: a quantitative fact someone could cite
 * (survey results, rates, money, growth, counts of people or companies,
 * multipliers). A sentence needs at least one strong figure and enough words
 * to say something; hypotheticals ("If you serve 1,000 requests...") and
 * questions are not facts, and neither are table cells ("13.4 MB (-81%)") or
 * reference lines ("Retrieved 2012-08-21").
 */
import { type Figure, isMeasureLine, strongFigure } from './figures';

const hypothetical =
  /^(?:["“]?\s*)(?:if|even if|suppose|imagine|say|let's say|assume|assuming|what if|wenn|falls|si|(?:take|consider|picture)\s+(?:a|an|one)|(?:for example|for instance),\s+(?:if|say|a|an))\b/i;
/** "In the absolute best case scenario, let's assume that all 1,800 players bought the game": a supposition (#3, real43). */
const assumption = /(?<![A-Za-z])(?<!\p{L})let(?:['’]s|\s+us)\s+(?:assume|say|suppose|imagine|pretend)(?!\p{L})/iu;
/** "Nobody has a million followers on Twitter", "The truth: Nobody has ...": a claim that no one reached a figure counts nothing (#3). */
export const noOne = /^\W*(?:[^:]{0,20}:\s*)?(?:nobody|no one)(?!\p{L})/iu;
/** "There's a 50% chance I will take indie VC money": the writer's guess at what they will do (#3, real34). */
const ownChance = /(?<![A-Za-z])(?<!\p{L})(?:chance|odds|likelihood)\s+(?:that\s+)?(?:i|we)(?:\s+will|\s+would|\s+might|['’]ll|['’]d)(?!\p{L})/iu;
/**
 * "Very Small Businesses (VSB) - fewer than 20 employees", "Enterprise - more than 1,000 employees": a survey's
 * band of company sizes defined on a line of its own, a label then its bounds, not a count (#3, real37). Not
 * "Instagram - over 1 billion users": a platform's audience on a roundup's line is measured.
 */
const bandDefined =
  /^[^.!?:;\d]{2,60}\s[-–—]\s*(?:fewer\s+than|less\s+than|under|up\s+to|more\s+than|over|at\s+least|between)\s+[$€£]?\d[\d.,]*\+?(?:\s*(?:and|to|-|–)\s*[$€£]?\d[\d.,]*\+?)?\s+(?:full-time\s+)?(?:employees|staff|workers)\s*$/iu;
/** Words a title leaves in lower case: "Why 73% of Marketers Use Video". */
const titleSmallWords = new Set('a an the of to in for and or on at by with vs vs. from as per into via'.split(' '));

/**
 * A heading in title case ("$150K Pearl Oscar Dress ...", "Prices From $999
 * To $1,299"): every word capitalised but the small ones, no full stop. A
 * heading announces; the sentence under it says.
 */
export function isTitleCase(sentence: string, lang?: string): boolean {
  if (/^de/i.test(lang ?? '')) return false;
  const trimmed = sentence.trim();
  if (/[.!?]["”]?$/.test(trimmed) && !/(?:\.\.\.|…)$/.test(trimmed)) return false;
  const words = trimmed.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => !titleSmallWords.has(w.toLowerCase()));
  if (content.length < 3) return false;
  return content.every((w) => /^\p{Lu}/u.test(w));
}
/**
 * Advice is not a fact: an instruction ("Post 3 to 5 times a week", "Step 2:
 * Bake for 25 minutes", "Aim for 1,500 words") or a recommendation to the
 * reader ("you need to write 10x more", "We recommend 3 to 5 posts a week").
 */
const listMarker = String.raw`^\W*(?:(?:step|tip|rule|pro tip|note|hint)\s*\d*\s*[:.)-]\s*|\d{1,2}[.)]\s+|[-•*]\s+)?`;
const imperative = new RegExp(
  // "Add to this, 90% of online shoppers say ...": a turn of phrase, not an instruction (#3).
  '(?!\\W*add to (?:this|that)\\b)' +
    listMarker +
    '(?:achieve|add|aim|avoid|bake|be|book|boost|buy|check|choose|cook|cover|cut|do|don[’\']t|download|earn|feed|follow|get|give|go|grab|' +
    'grow|heat|hire|include|join|keep|leave|limit|look|make|mix|pick|plan|post|pour|preheat|publish|put|reach|read|remember|schedule|send|set|share|' +
    'sign|spend|start|stick|stir|subscribe|take|test|try|turn|use|visit|wait|write)' +
    '\\s+(?:(?:a|an|the|your|our|my|it|them|this|these|those|at|for|to|up|in|on|out|off|with|down|back|about|around|between|every|each|' +
    // Whole words: "Cook told analysts ..." opens on a name, not on "cook to" (#3).
    'no|some|all|one|two|three|four|five|only|just|more|less|fewer|least|\\p{L}+ing)(?!\\p{L})|[$€£]?\\d)',
  'iu',
);
/**
 * A rule of thumb for the reader, not a finding: "Anything below 70% is a red flag", "The sweet spot is 10-20%
 * sponsored content" (#3, real47).
 */
const ruleOfThumb =
  /^\W*anything\s+(?:below|above|under|over|less\s+than|more\s+than|lower\s+than|higher\s+than)\s|(?<![A-Za-z])(?<!\p{L})the\s+sweet\s+spot\s+(?:is|was|lies)(?!\p{L})/iu;
/** After a share, that it should do something: " of startups should use", " should just bootstrap". */
const prescribedAfter = /^\s+(?:of\s+(?:the\s+|all\s+|your\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?(?:should|ought\s+to|must)(?!\p{L})/iu;
const recommendation =
  /(?<![A-Za-z])(?<!\p{L})(?:we|i)\s+(?:recommend|suggest|advise)|(?<![A-Za-z])(?<!\p{L})you\s+(?:need|should|must|have|ought|want)\s+to(?!\p{L})|(?<![A-Za-z])(?<!\p{L})you(?:'ll|’ll| will) need(?!\p{L})|(?<![A-Za-z])(?<!\p{L})(?:make sure|be sure to|don[’']t forget)(?!\p{L})/iu;
/**
 * What the reader is told they need: "you need ~25% of the total backers", "This doesn't mean you need a $30,000
 * website" (#3, real21, real35), "You want at least 80% real followers" (#3, real47). Unlike `recommendation`'s
 * "you need to", only before the figures: "Only 12% of small businesses have the website you need" states one.
 */
const readerNeeds = /(?<![A-Za-z])(?<!\p{L})you\s+(?:need|must|want)(?!\s+to(?!\p{L}))(?!\p{L})/iu;

/**
 * The writer's own plans and goals are not facts yet: "In 2025 we plan to hire 12 more people"; nor
 * goals they had, tried for or expected ("Originally we hoped to help 250 people", #3).
 */
const ownPlan = new RegExp(
  [
    String.raw`(?:we|i)\s+(?:(?:originally|initially|first)\s+)?(?:plan|intend|hope|aim|want|planned|intended|hoped|aimed|wanted|expected)\s+to`,
    String.raw`(?:we|i)\s+(?:was|were|am|are)\s+trying\s+to`,
    String.raw`(?:we|i)\s+(?:should|would|could)\s+expect`,
    String.raw`(?:we|i)(?:['’]d| would)\s+(?:love|like)\s+to`,
    // "We would have liked to have seen 7% to 9% growth" (#3, real37).
    String.raw`(?:we|i)(?:['’]d| would)\s+have\s+(?:liked|loved|wanted|preferred)\s+to`,
    String.raw`(?:we|i)(?:['’]re|['’]m| are| am)\s+(?:planning|aiming|hoping)\s+to`,
    // "We projected to reach 20.000€ MRR after three years" (#3, real41).
    String.raw`(?:we|i)\s+(?:had\s+)?projected\s+to`,
    // A company's plan for its money or staff, the amount after it: "Ford has planned to invest up to 4.4 billion euros" (#3, real41).
    String.raw`(?:plans|planned|is\s+planning|intends|intended)\s+to\s+(?:invest|spend|raise|hire|cut|add|eliminate|lay\s+off)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?[$€£]?\d`,
    // "one of our top goals for launching on HN was to hit 1k stars", "My minimum goal is ... 13 sales per day" (#3, real47).
    String.raw`(?:our|my)\s+(?:\p{L}+\s+){0,2}goals?\s+(?:is|are|was|were|for)`,
    // "the desire to surpass 1k stars on GitHub" (#3, real47).
    String.raw`(?:desire|ambition|dream)\s+to\s+(?:surpass|reach|hit|cross|get\s+to|break)`,
    // "As a goal a modest goal, I set 100 new users" (#3, real35).
    String.raw`as\s+(?:a|my|our)\s+(?:\p{L}+\s+)?goal`,
  ]
    .map((alternative) => String.raw`(?<![A-Za-z])(?<!\p{L})${alternative}(?!\p{L})`)
    .join('|'),
  'iu',
);
/**
 * Someone else's plans are not facts yet either: "Clark revealed plans to
 * expand the fleet by 30%", "WeWork is preparing to cut 4,000 jobs", nor are
 * orders given: "the chancellor has told departments to come up with savings
 * of 5%" (#3, real43), nor what a building yet to open will hold: "apartments
 * that are expected to open for 280 students" (#3, real44), nor demands:
 * "items that called for black students to make up 11 percent of the student
 * body" (#3, real45). Only when
 * the plan comes before the figures, and not in a survey ("45% of shoppers
 * plan to ...", "respondents plan to spend an average of $1,000").
 */
const theirPlan =
  /(?<![A-Za-z])(?<!\p{L})(?:plans?|planning|intends?|intending|aims?|aiming|preparing|prepares|wants?|wanted|(?:would|will)\s+(?:need|have)|needs?)\s+to\s|(?<![A-Za-z])(?<!\p{L})(?:told|asked|ordered|instructed)\s+(?:\p{L}+\s+){1,3}?to\s|(?<![A-Za-z])(?<!\p{L})(?:called|calls|calling)\s+for\s|(?<![A-Za-z])(?<!\p{L})demanded\s|(?<![A-Za-z])(?<!\p{L})(?:expected|scheduled|slated)\s+to\s+(?:open|house|accommodate|provide\s+(?:bed\s+spaces|beds|housing|rooms|seats))(?!\p{L})|(?<![A-Za-z])(?<!\p{L})set\s+(?:a|an|itself\s+a)\s+(?:goal|target)\s+of(?!\p{L})/iu;
// "an average wage of $88,600" is the plan's own figure, not a survey's (#3, real36).
const surveyWords = /(?<![A-Za-z])(?<!\p{L})(?:survey|surveyed|poll|polled|respondents|on average|an average(?!\s+(?:wage|salary|pay)(?!\p{L}))|according to)(?!\p{L})/iu;
/**
 * A set amount, not a measured one: "the maximum 10 per cent", "a required
 * minimum contribution of $124 million"; but "a minimum of about 60%" is a measured floor.
 */
const setAmount = /(?<![A-Za-z])(?<!\p{L})(?<!(?:^|\s)a\s)(?:maximum|minimum)(?!\s+of(?!\p{L}))(?!\p{L})[^,;:.]{0,30}$/iu;
/**
 * Money a bill or a budget sets aside, or someone asks for, is set, not
 * measured: "The Orion spacecraft will get $1.194 billion, an increase of
 * $141.2 million over the request", "The bill sets aside $100 million",
 * "Congress appropriated $2 billion" (#3; the labels leave budget requests
 * and approved spending out). Not a company's own budget ("BMW set aside
 * €40m for its campaign"), nor a measured average.
 */
const budgetSetting =
  /(?<![A-Za-z])(?<!\p{L})(?:appropriations?|appropriated|omnibus|spending bill|budget (?:bill|request|proposal)|(?:in|under|by) the (?:bill|budget deal)|the bill (?:sets aside|includes|gives|provides|allocates)|request(?:s|ed)?|seeking|seeks|sought|proposals?|proposed|proposes|calling for|calls for|would (?:invest|go to|receive|get|allocate|spend)|will come from|tax credits?)(?!\p{L})/iu;
const measuredAverage = /(?<![A-Za-z])(?<!\p{L})(?:average|median|typical|total)(?!\p{L})/iu;
/**
 * A fee is set, not measured: "Hedge funds typically charge 2 percent of
 * assets, plus 20 percent of gains" (#3). Each figure a percentage or a plain
 * amount in the clause after "charge"; "charged $4 billion in fees" (a
 * magnitude) or an average charged is measured.
 */
const chargeBefore = /(?<![A-Za-z])(?<!\p{L})(?:charges?|charging|charged)\s(?:[^.;:]|\.(?=\d)){0,60}$/iu;
const isFee = (sentence: string, figure: Figure) =>
  (figure.type === 'percent' || (figure.type === 'money' && !/illion|bn|mn|\d[mkMBK]$/i.test(figure.text))) && chargeBefore.test(sentence.slice(0, figure.start));
/**
 * Bail and fines are set by a court or a regulator, not measured: "held in
 * lieu of $1 million bail", "was fined $2,500", "a $5,000 fine" (#3; the labels
 * leave a court's fine out).
 */
const penaltyBefore = /(?<![A-Za-z])(?<!\p{L})(?:fined|bail\s+(?:of|at|set at)|bond\s+of|(?:a|the)\s+(?:fine|penalty)\s+of|ordered\s+to\s+pay)\s+(?:about\s+|nearly\s+|more than\s+|over\s+|up to\s+)?$/iu;
const penaltyAfter = /^\s+(?:cash\s+)?(?:bail|bond|fine|penalty)(?!\p{L})/iu;
/** Prizes are set too: "the $1.6 billion Powerball jackpot", "a $1-million bonus" (#3). */
const prizeNear = /^[^,;.]{0,25}?(?<![A-Za-z])(?<!\p{L})(?:jackpot|prize|prizes|payout|bonus|winnings|purse|gift (?:card|certificate)|voucher)(?!\p{L})/iu;
const isPrize = (sentence: string, figure: Figure) =>
  figure.type === 'money' && (prizeNear.test(sentence.slice(figure.end)) || /(?:jackpot|prize|payout|bonus)\s+(?:of|worth|was|is)\s+(?:about\s+|nearly\s+)?$/iu.test(sentence.slice(0, figure.start)));
const isPenalty = (sentence: string, figure: Figure) =>
  figure.type === 'money' && (penaltyBefore.test(sentence.slice(0, figure.start)) || penaltyAfter.test(sentence.slice(figure.end)));

/**
 * Whether every strong figure is money a bill or a request sets, or a fee:
 * set amounts, neither a statistic nor a success story's result ("NASA's
 * astrophysics program won a $77.5 million increase in the omnibus bill", #3).
 */
export function onlySetAmounts(sentence: string, strong: Figure[]): boolean {
  if (strong.length === 0 || measuredAverage.test(sentence)) return false;
  // A budget's percentages are set with its amounts: "The $44.4 billion proposal — a 3.6% spending increase" (#3).
  if (budgetSetting.test(sentence) && strong.every((f) => f.type === 'money' || f.type === 'percent') && strong.some((f) => f.type === 'money')) return true;
  return strong.every((f) => isFee(sentence, f) || isPenalty(sentence, f) || isPrize(sentence, f));
}
/** An outcome on a condition: "the deal could eventually raise up to $12.9bn if the option is exercised". */
const conditional =
  /(?<![A-Za-z])(?<!\p{L})(?:could|would|might)\s+(?:\p{L}+\s+){0,3}?(?:raise|reach|cost|save|generate|add|cut|bring|be)(?!\p{L})[^;]{0,80}?(?<![A-Za-z])(?<!\p{L})if(?!\p{L})/iu;
/**
 * A figure inside a condition someone states: "Kovac said that if social
 * commerce grew another 20% next year, ... it would be losing ground" (#3).
 */
/** Text ending inside a condition: an "if", "unless" or "whether" with no clause break after it. */
export const openCondition = /(?<![A-Za-z])(?<!\p{L})(?:if|unless|whether)\s[^,;:—–]*$/iu;
/** Text ending inside a "whether": alternatives, true of neither ("whether you have 20 followers or 10,000", #3). */
const openWhether = /(?<![A-Za-z])(?<!\p{L})whether\s[^,;:—–]*$/iu;
// "if I even got 10 people to endure that process, that’d be enough": a contracted "would" too (#3, real43).
const wouldBe = /(?<![A-Za-z])(?<!\p{L})(?:would|could|might)(?!\p{L})|\p{L}['’]d\s+(?:be|have)(?!\p{L})/iu;
/** A condition put to the reader: "if your average open rate is 17 percent then ..." (#3, real30). */
const readerCondition = /(?<![A-Za-z])(?<!\p{L})(?:if|unless)\s+(?:you|your)(?!\p{L})[^,;:—–]*$/iu;
/** A supposition put to the reader, up to the text's end: "if your cost per lead is £80 and ..., each customer costs you ". */
const readerSupposition = /(?<![A-Za-z])(?<!\p{L})(?:if|unless)\s+(?:you|your)(?!\p{L})[^.;!?]*$/iu;
const secondPerson = /(?<![A-Za-z])(?<!\p{L})(?:you|your)(?!\p{L})/iu;
/**
 * A figure in what follows from a supposition put to the reader, told to the reader too: "if your cost
 * per lead is £80 and one lead in ten becomes a customer, each customer costs you £800" (#3). Not "If you
 * look at the data, 72% of marketers say ...": that clause is no longer the reader's.
 */
function readerConsequence(text: string): boolean {
  const supposed = readerSupposition.exec(text);
  if (!supposed) return false;
  // A comma in a number ("$1,100") is no clause's end.
  const clauseBreak = supposed[0].search(/,\s|[—–]/);
  return clauseBreak >= 0 && secondPerson.test(supposed[0].slice(clauseBreak));
}
function insideCondition(sentence: string, strong: Figure[]): boolean {
  const before = strong.map((f) => sentence.slice(0, f.start));
  if (before.every((text) => openWhether.test(text) || readerCondition.test(text) || readerConsequence(text))) return true;
  return wouldBe.test(sentence) && before.every((text) => openCondition.test(text));
}
/**
 * A figure someone judges would be hard to reach is a hypothetical, not a measure: "it would be virtually
 * impossible to deploy a cluster with more than 300 nodes", "improving it to hundreds of thousands would
 * be a difficult challenge" (#3).
 */
const judgedHard =
  /(?<![A-Za-z])(?<!\p{L})would\s+(?:be|have\s+been)\s+(?:(?:virtually|nearly|almost|very|extremely|really|quite)\s+)?(?:impossible|difficult|hard|(?:a|an)\s+(?:(?:very|really|big|huge|real|difficult|hard|major|tough)\s+)?(?:challenge|struggle|stretch))(?!\p{L})/iu;
const clauseBreak = /[:;—–]|,\s+(?:but|and|while|so|yet)\s/;
/** Whether every figure stands in the clause that judges it hard: "It would be hard to overstate: sales rose 40%" keeps its figure. */
function judgedHardToReach(sentence: string, strong: Figure[]): boolean {
  const judged = judgedHard.exec(sentence);
  if (!judged) return false;
  return strong.every((f) =>
    !clauseBreak.test(f.end <= judged.index ? sentence.slice(f.end, judged.index) : sentence.slice(judged.index + judged[0].length, f.start)),
  );
}
/** "By Jane Doe · 12 March 2025 · 43 comments": a bar of page details, not a sentence. */
function isDetailsBar(sentence: string): boolean {
  const parts = sentence.split(/\s[·|•]\s/);
  return parts.length >= 3 && parts.every((p) => p.trim().length <= 50);
}
/** "The margin of error is plus or minus 2.6 percentage points": how precise a survey is, not what it found. */
const marginOfError = /margin of (?:sampling )?error|marge d['’]erreur|margen de error|fehlertoleranz|fehlerspanne/i;
const precisionAfter = /^\s+(?:margin of|confidence|marge d|margen de)/i;

const referenceLine = /^\^|\bRetrieved\b|\bArchived from\b|\bISBN\b|\bdoi:/;

const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const cjkChars = new RegExp(cjkChar.source, 'gu');

/** Words of two letters or more: "About 23,000 die." has two. */
export function wordCount(sentence: string): number {
  const pattern = /\p{L}{2,}/gu;
  // Most sentences hold no Chinese or Japanese: each run of letters is then one word, counted in one call (#3: speed).
  if (!cjkChar.test(sentence)) return sentence.match(pattern)?.length ?? 0;
  let count = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    // Chinese and Japanese leave no spaces: two characters count as a word.
    const cjk = m[0].match(cjkChars)?.length ?? 0;
    count += cjk > 1 ? Math.max(1, Math.floor(cjk / 2)) + (m[0].length - cjk > 1 ? 1 : 0) : 1;
  }
  return count;
}

/**
 * A central bank's rate is set, not measured, and so are forecasts of it:
 * "expect the central bank's key interest rate to rise to 1.5 per cent",
 * "the federal funds rate to a range of between 0.50 percent and 0.75
 * percent" (#3).
 */
const policyRate =
  /(?<![A-Za-z])(?<!\p{L})(?:(?:key|benchmark|policy|overnight|base|bank['’]s|central bank['’]s)\s+(?:interest\s+|lending\s+)?rates?|(?:federal )?funds rate|interest rates?)(?!\p{L})/iu;
const centralBank =
  /(?<![A-Za-z])(?<!\p{L})(?:central bank|federal reserve|fed|bank of (?:canada|england|japan|korea)|ecb|european central bank|boe|reserve bank|riksbank|snb)(?!\p{L})/iu;
/** A loan's terms: "They come with a 1% interest rate", "loans carry a 3.75% APR" (#3, real34). */
const termsBefore = /(?<![A-Za-z])(?<!\p{L})(?:come|comes|came|carry|carries|carried|offer|offers|offered|charge|charges|charged)\s+(?:with\s+)?(?:an?\s+)?(?:fixed\s+|low\s+|flat\s+)?$/iu;
const rateAfter = /^\s*(?:fixed\s+)?(?:interest(?:\s+rate)?|APR|annual percentage rate)(?!\p{L})/iu;
const setRate = (sentence: string, strong: Figure[]) =>
  strong.every((f) => f.type === 'percent') &&
  !measuredAverage.test(sentence) &&
  ((policyRate.test(sentence) && centralBank.test(sentence)) ||
    strong.every((f) => termsBefore.test(sentence.slice(Math.max(0, f.start - 40), f.start)) && rateAfter.test(sentence.slice(f.end))));

/** The writer's own work, how far along it is: "We're about 30% done" (#3, real35). */
const ownProgress =
  /(?<![A-Za-z])(?<!\p{L})(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|only\s+)?\d[\d.,]*\s?%\s+(?:done|finished|complete|through)(?!\p{L})/iu;

/**
 * What a vendor promises the reader, not what anyone measured: "Increase your ROI by up to 45%", "Decrease
 * CPC by 30% or more" (#3, real38). A result told in the past ("Increased ROI by 45%") is measured.
 */
export const promised =
  /^\W*(?:increase|decrease|reduce|boost|improve|lower|cut|grow|double|triple|save)\s[^.;]*?(?:up\s+to\s+[$€£]?\d|\d[\d.,]*\s?%\s+or\s+more(?!\p{L}))/iu;
/** A discount someone sets and the price it is taken off: "I set the discount at 20% (regularly priced at $100)" (#3, real38). */
const discountBefore = /(?<![A-Za-z])(?<!\p{L})(?:discount|coupon|promo code)\s+(?:of|at|to)\s+(?:about\s+|around\s+|just\s+)?$/iu;
const listPriceBefore = /(?<![A-Za-z])(?<!\p{L})(?:regularly|normally|usually)\s+(?:priced\s+at|costs?|sells\s+for)\s+$/iu;
const setPrice = (sentence: string, figure: Figure) =>
  (figure.type === 'percent' ? discountBefore : figure.type === 'money' ? listPriceBefore : undefined)?.test(sentence.slice(Math.max(0, figure.start - 30), figure.start)) ?? false;

const didYouKnow = /^\W*(?:did|do)\s+you\s+know(?!\p{L})/iu;

/** Whether `pattern` occurs in the sentence before every strong figure: the figures are what it plans, supposes or asks. */
function allFiguresAfter(pattern: RegExp, sentence: string, strong: Figure[]): boolean {
  const m = pattern.exec(sentence);
  return m !== null && strong.every((f) => f.start > m.index);
}

export function isStatistic(sentence: string, figures: Figure[], lang?: string): boolean {
  if (!figures.some(strongFigure)) return false;
  // A measure's line says enough in two words, or one: "Support emails: ~6,000", "Attendance: 31,204", "CTR: 0.9%".
  if (wordCount(sentence) < 3 && !isMeasureLine(sentence)) return false;
  const strong = figures.filter(strongFigure);
  // A line of several figures is data, not a heading, however it is capitalised:
  // "Top Countries – US (53%), UK (6%), Canada (6%), Germany (4%)" (#3, real30).
  // A metric's line, its figure then a short name, is no heading: "+165 New Users (+151%)", "19.9% Install
  // Conversion" (#3, real38). A headline in title case that states a figure still is: "50% Of Marketers Say Video Works".
  if (isTitleCase(sentence, lang) && strong.length < 3 && !isMeasureLine(sentence)) return false;
  if (promised.test(sentence)) return false;
  if (hypothetical.test(sentence) || noOne.test(sentence) || ownChance.test(sentence) || bandDefined.test(sentence)) return false;
  if (allFiguresAfter(assumption, sentence, strong) || allFiguresAfter(readerNeeds, sentence, strong)) return false;
  if (imperative.test(sentence) || recommendation.test(sentence) || ruleOfThumb.test(sentence) || ownPlan.test(sentence) || ownProgress.test(sentence)) return false;
  if (allFiguresAfter(theirPlan, sentence, strong) && !surveyWords.test(sentence)) return false;
  if (strong.every((f) => setAmount.test(sentence.slice(Math.max(0, f.start - 40), f.start)))) return false;
  if (conditional.test(sentence) || insideCondition(sentence, strong) || judgedHardToReach(sentence, strong)) return false;
  if (onlySetAmounts(sentence, strong) || setRate(sentence, strong)) return false;
  if (strong.some((f) => f.type === 'percent') && strong.every((f) => setPrice(sentence, f))) return false;
  if (isDetailsBar(sentence)) return false;
  // "1% of startups should use VC money, 9% should use indie VC money": shares prescribed, not measured (#3, real34).
  if (strong.every((f) => f.type === 'percent' && prescribedAfter.test(sentence.slice(f.end, f.end + 40)))) return false;
  const margin = marginOfError.exec(sentence);
  // "a 5.5% margin of error at a 95% confidence level": both figures say how precise the survey is.
  if (margin && strong.every((f) => f.start > margin.index || (f.type === 'percent' && precisionAfter.test(sentence.slice(f.end))))) return false;
  // "Did you know 77% of small business marketers feel confident ...?" asks nothing: it states a figure (#3, real41).
  if (/\?\s*["”]?$/.test(sentence) && !didYouKnow.test(sentence)) return false;
  if (referenceLine.test(sentence)) return false;
  return true;
}
