/**
 * Whether an amount of money was set or measured (#3). A price, a fee, a
 * ticket or a goal is set by someone; a total, an average, money earned,
 * spent, raised or lost is measured, and only that is a statistic. The
 * figure reader (figures.ts) asks these questions of a plain amount ("$1,099",
 * "49 €"); an amount with a magnitude ("$4 billion") is a total anyway.
 */

/**
 * What something costs, not what was spent or earned: "costs $1,099", "starts
 * at €1,299", "$200 off", "$69.99 a year". A price is set, not measured; an
 * average price ("the average cost per click is $5.58") is measured.
 */
const priceBefore = new RegExp(
  /(?:^|[\s(])(?:costs|priced\s+at|starts?\s+at|starting\s+at|adds|sells\s+for|retails\s+for|for\s+(?:only|just)|kostet|kosten|ab|coûte|coûtent|à\s+partir\s+de|dès|cuesta|cuestan|desde)\s+(?:only\s+|just\s+|around\s+|about\s+)?$|/.source +
    // An offer for shares is a price too: "bid $16.50 per share", "brought this public in 2014 at $16 a share" (#3).
    /(?:^|\s)(?:bid|bids|offered|an offer of|(?:went|brought|taken|took)\s+(?:\w+\s+)?public(?:\s+in\s+\d{4})?\s+at)\s+$/.source,
  'iu',
);
const priceAfter =
  /^(?:\s+off\b|\s+(?:a|per|each)\s+(?:user|seat|night|licen[cs]e)\b|\s*\/\s*(?:mo|month|user)\b|\s+for\s+(?:early\s+)?(?:registration|entry)\b)/i;
// "began making money too: 500 USD per month", "earning $3,000 a month": income, whatever it is per (#3, real34).
const notPriceWords = /\b(?:spent|spend|spending|earned|earning|earns|making money|raised|revenue|sales|paid|pay|fine|fined|lost|saved|worth)\b/i;
const pricedSentence =
  /(?:^|[\s(])(?:costs|priced\s+at|starts?\s+at|starting\s+at|kostet|coûte|cuesta)\s+(?:only\s+|just\s+)?(?:US\s?)?[$€£¥]?\s?\d/i;
/**
 * An amount without a magnitude ("$1,099", "49 €") is set more often than
 * measured: a price, a fee, a ticket, a prize, a stipend. It is a statistic
 * only when the sentence says it was measured: an average or a total, money
 * earned, spent, raised or lost, a cost per something, a change, or a
 * reported figure. "$4 billion" needs no such sign: amounts that large are
 * totals.
 */
const measuredMoney = new RegExp(
  '(?<![A-Za-z])(?<!\\p{L})(?:' +
    [
      'average|averaged|averages|averaging|avg|median|mean|typical|typically|total|totals|totall?ed|overall|combined|in all|gross|net',
      'revenues?|sales|turnover|income|profits?|earnings|earn|earns|earned|earning|made|makes|making money|spent|spend|spends|spending',
      'paid|pay|pays|paying|raised|raising|funding|invested|investment|donated|donations|valued|valuation|worth|value',
      'lost|losses|fined|fine|saved|savings|generated|generates|gmv|expenses|payroll|wages|budgets',
      // Recurring revenue, as makers and start-ups report it: "Woot, $1900 MRR!", "$2,000 MRR in 30 days" (#3, real30).
      'mrr|arr|run[- ]rate',
      // Market quotes: "gold was little changed at $1,173.72 an ounce", "closed at $50.42 a barrel".
      'little changed|unchanged|closed at|settled at|trades at|traded at|trading at|an ounce|per ounce|a barrel|per barrel',
      // Share prices: "The stock's 52-week high is $29.43", "Wall Street predicted $2.52 a share" (#3).
      '52-week|all-time (?:high|low)|record (?:high|low)|new (?:high|low)|(?:share|stock|closing|opening) price|a share|per share',
      "(?:stock|shares)\\s+(?:\\p{L}+\\s+){0,2}?(?:crossed|topped|passed|hit)",
      // Marketing measures: cost per click or per thousand, revenue per user, order value, lifetime value.
      'cpc|cpm|cpa|cpl|cpi|arpu|arppu|aov|ltv|clv|cac|roas|order value|basket|lifetime value',
      'costs?\\s+(?:per|of)|cost\\s+(?:us|them|the company|the city)|costing|(?:additional|extra|added)\\s+costs?|for every|per (?:click|lead|acquisition|customer|user|sale|order|visit|episode|sponsor|subscriber|capita|head|employee|hire|install|conversion|mille)',
      'rose|rises|risen|fell|falls|fallen|increased|decreased|dropped|declined|climbed|jumped|grew|grown|sank|up from|down from|compared with|compared to',
      'according to|survey|surveyed|study|report|reported|estimates?|estimated|data',
      // German, French, Spanish, Portuguese
      'durchschnitt\\p{L}*|schnitt|insgesamt|umsatz|erlös\\p{L}*|ausgaben|gaben|verdient\\p{L}*|kosten pro|sanken|stiegen|gestiegen|gesunken',
      "moyen|moyenne|panier|chiffre d['’]affaires|ventes|dépens\\p{L}*|levé|recettes|économisé",
      'medio|media|promedio|gasto|ventas|facturación|facturó|ingresos|recaudó|ahorró|médio|média|faturou|faturamento|vendas|receita|gastou|gastos',
    ].join('|') +
    ')(?!\\p{L})',
  'iu',
);
const goalNamedBefore = /(?<![A-Za-z])(?<!\p{L})(?:goals?|targets?|objectives?)(?!\p{L})[^.;:,\d]{0,40}$/iu;
/**
 * "Cost: $92,000", "Affiliate income: $8,975": a line that names what it
 * measures, then the amount, is a figure from a table written as text.
 * "Pricing: $15 per seat", "LinkedIn Premium: $39.99 a month" and
 * "Offre : la box à 49 €" are price lists.
 */
const measureLabel = /^[^:.!?]{2,60}:\s*(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?(?:US)?[$€£¥]?\s?\d[\d.,]*\s?(?:€|euros?|EUR)?\s*$/i;
const priceLabel = /^\s*(?:pricing|prices?|plans?|offer|offre|oferta|deal|tarif\p{L}*|preis\p{L}*|precio\p{L}*|cost of entry|tickets?|entry|admission|fee|fees)\b/iu;

/**
 * A goal or target named just before an amount, in the same clause: "The MRR goal for sustainability is $5000"
 * (#3, real30); not "goal of $50,000, raising $75,000", where the second amount is raised.
 */
export const goalBefore = (before: string): boolean => goalNamedBefore.test(before);

/**
 * A price set, told by the word itself: "we dropped the price to US$4.99", "put the price back to the US$4.99 mark",
 * "the 3 dollar pricetag" (#3, real42). Set whatever else the sentence measures ("As sales dropped, ..."); a share's
 * or an average's price is measured.
 */
const priceSetBefore =
  /(?<![A-Za-z])(?<!\p{L})(?<!(?:share|stock|closing|opening|average|median|mean|market|sale|selling|purchase)\s)(?:price|pricing|price\s?tag)\s+(?:back\s+)?(?:to|of|at)\s+(?:the\s+|only\s+|just\s+)?(?:US\s?)?$/iu;
// A gift card's amount is set too, even as a prize paid out: "paid the best doodlers with $300 gift cards" (#3, real47).
const priceSetAfter = /^[\s-](?:price\s?tag|price\s+point|gift\s+cards?|gift\s+certificates?|vouchers?)(?!\p{L})/iu;

/** Whether a plain amount, with the words before and after it, is a price: set, not measured, unless the sentence says it was spent, earned or averaged. */
export function isPrice(before: string, after: string, sentence: string, hasAverage: boolean): boolean {
  if (!hasAverage && (priceSetBefore.test(before) || priceSetAfter.test(after))) return true;
  if (hasAverage || notPriceWords.test(sentence)) return false;
  return priceBefore.test(before) || priceAfter.test(after);
}

/** Whether the sentence says the amount was measured: a total, money earned or spent, a change, a report; or a line naming its measure ("Cost: $92,000") that is no price list. */
export const moneyMeasured = (sentence: string): boolean =>
  measuredMoney.test(sentence) || (measureLabel.test(sentence) && !priceLabel.test(sentence));

/** "starts at $1,099 in the US, £1,099 in the UK": a sentence that states a price, whose other plain amounts are prices too. */
export const statesPrice = (sentence: string, hasAverage: boolean): boolean =>
  pricedSentence.test(sentence) && !hasAverage && !notPriceWords.test(sentence);
