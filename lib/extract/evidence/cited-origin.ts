/**
 * Who a figure comes from, when the text names it: "according to the Pew
 * Research Center", "a HubSpot survey found", "(Source: Statista, 2016)",
 * "data from Nielsen", "Forrester reports that", "a study by MIT".
 *
 * Trigger phrases are found with short anchored patterns; the name after or
 * before them is read word by word (no backtracking), and pronouns or generic
 * words ("a study", "researchers", "the company") are never returned.
 */

const studyWords =
  'study|survey|report|poll|analysis|data|research|census|index|estimates?|figures|statistics|numbers|review|audit|paper|whitepaper|benchmark|barometer|studie|umfrage|erhebung|étude|enquête|sondage|rapport|baromètre|' +
  // Spanish, Portuguese, Italian (#3).
  'encuesta|estudio|informe|datos|pesquisa|levantamento|relatório|dados|sondaggio|indagine|rapporto';
const reportVerbs =
  'reports?|reported|says|said|found|finds|estimates?|estimated|predicts?|predicted|shows?|showed|suggests?|suggested|notes?|noted|forecasts?|forecast|projects|projected|calculated|counted|surveyed|polled|revealed|reveals|concluded|concludes|claims?|claimed|announced|told|mentioned|stated|wrote|tweeted|confirmed|disclosed|identified|observed';

/**
 * Words that may stand between who reports and the verb: "IDC today announced", "the Army Corps of Engineers had
 * identified", "Apple on Tuesday reported" (#3).
 */
const verbOpeners =
  '(?:(?:has|have|had|also|just|today|yesterday|recently|earlier|previously|separately|now|again|first|last\\s+(?:week|month|year)|this\\s+(?:week|month|year)|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\s+){1,2}';

/** Phrases after which a name follows. */
const afterTriggers = new RegExp(
  // Whole words only: the "per" in "Juniper Home" or "Super Bowl" introduces no one (#3).
  `(?<![A-Za-z])(?<!\\p{L})(?:according to|per|citing|cited by|via|source:|sources:|courtesy of|` +
    `(?:${studyWords})\\s+(?:by|from|of|conducted by|done by|carried out by|run by|led by|published by|commissioned by|released by)|` +
    `(?:experts|researchers|analysts|economists|scientists|scholars|authors|data|figures)\\s+(?:at|from|with)|` +
    `(?:says|said|reports?|reported|estimates|found|notes|predicts)|` +
    `selon|d['’]après|laut|zufolge|gemäß|nach\\s+angaben|según|segun|de\\s+acuerdo\\s+con|segundo|secondo)\\s+` +
    `(?:(?:a|an|the|le|la|les|l['’]|der|die|das|des|dem|einer|eines|einem|une?|new|recent|latest|annual|own|\\d{4}|${studyWords}|by|from|of|source|du|de|l['’]institut|institut|institute|firm|group|agency|website|site|company|organisation|organization|des|digitalverbands|verband|cabinet|` +
    `el|los|las|una|del|da|do|dos|das|propia|propio|própria|próprio|il|lo|gli|della|dello|dei)\\s+){0,5}`,
  'giu',
);

/** "NAME reports", "NAME's 2015 survey found", "a NAME study": the name comes before. */
const beforeTriggers = new RegExp(
  `(?:'s|’s)?\\s+(?:(?:\\d{4}|new|latest|recent|annual|global|own)\\s+)*(?:${verbOpeners})?(?:${studyWords}|${reportVerbs}|research group|officials said|researchers found)(?!\\p{L})`,
  'giu',
);

const generic = new Set(
  (
    'a an the it they he she we i you this that these those there here its their his her our one some many most ' +
    'study survey report poll research data analysis researchers experts analysts scientists officials company ' +
    'companies firm firms government authorities sources source people users customers marketers respondents ' +
    'consumers brands the company the firm in on at for and but or if as after when while according also however ' +
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday today yesterday new recent last next this year team group ' +
    'le la les une un des der die das ein eine il elle ils nous sie er es wir ' +
    // What was measured, and the people a poll asked, say nothing of who measured: "Results show", "Hispanics said" (#3).
    'results findings management income index revenue revenues sales earnings profits figures numbers statistics ' +
    'estimates hispanics americans democrats republicans voters millennials adults teens women men parents ' +
    'students workers employees shoppers buyers readers viewers investors economists ' +
    // Words that open a sentence and name no one: "Please note that", "Another report", "Highlights showed".
    'please another current highlights using take consider look ' +
    // Adverbs that open a sentence: "Comparatively Larry Page mentioned" (#3).
    'comparatively similarly likewise additionally meanwhile separately interestingly notably overall finally ultimately ' +
    'consequently fortunately unfortunately surprisingly importantly specifically currently recently previously initially originally ' +
    // "Nuestro estudio", "Unsere Umfrage": the writer's own.
    'nuestro nuestra nuestros nuestras su sus este esta nosso nossa notre nos unser unsere unserer el los las una'
  ).split(' '),
);

/** Measures, not sources: "Thursday’s GDP figures showed", "the DAU data". */
const measureWord = /(?:^|\s)(?:GDP|CPI|DAU|MAU|ROI|CTR|KPIs?|ARR|MRR|EPS)$/;

const connectors = new Set(['of', 'for', 'and', '&', 'de', 'du', 'des', 'the', 'on', 'in', 'für', 'der', 'des', 'et', 'la', "d'", 'van', 'von', 'y', 'e', 'del', 'da', 'do', 'dos', 'das', 'della']);

function isNameWord(word: string): boolean {
  return /^[@#]?(?:\p{Lu}|\p{Ll}\p{Lu}|\d+\p{L})/u.test(word);
}

/** A French name's elided particle, inside a name: "Quai d’Orsay", "Banque d'Italie" (#3). */
const elidedParticle = /^[dl]['’]\p{Lu}/u;

/**
 * The word without the brackets, quotes and stops around it: "(Pew Research Center)." ends on "Center" (#3). A stop
 * right after the letters stays, for the callers to tell "Inc." and "J.D." from the end of a sentence.
 */
function clean(word: string): string {
  return word
    .replace(/^[("“'‘[]+/, '')
    // A quotation's first letter, changed in brackets: "[T]he Army Corps of Engineers had identified".
    .replace(/^\p{Lu}\](?=\p{Ll})/u, '')
    // A footnote marker: "Index[8]", "Index.[8]".
    .replace(/\[[\p{L}\p{N}]{1,4}\]?$/u, '')
    .replace(/[)"”'’\],;:!?.]+$/, (tail) => (tail.startsWith('.') ? '.' : ''));
}

/** A run of capitalised words starting at `from` (possibly with "of", "&"...). */
function readNameForward(text: string, from: number): string | undefined {
  const words = text.slice(from, from + 120).split(/\s+/);
  const taken: string[] = [];
  for (let i = 0; i < words.length && taken.length < 8; i++) {
    const raw = words[i] ?? '';
    if (!raw) continue;
    const word = clean(raw);
    const endsClause = /[,;:!?)"”]$/.test(raw) || (/\.$/.test(raw) && !/^(?:\p{Lu}\.)+$|^(?:Inc|Co|Corp|Ltd|St|Dr)\.$/u.test(raw));
    if (isNameWord(word)) {
      taken.push(word.replace(/\.$/, /^(?:Inc|Co|Corp|Ltd)\.$/.test(word) || /^(?:\p{Lu}\.)+$/u.test(word) ? '.' : ''));
    } else if (taken.length && connectors.has(word.toLowerCase()) && !endsClause) {
      taken.push(word);
      continue;
    } else if (taken.length && elidedParticle.test(word)) {
      taken.push(word.replace(/\.$/, ''));
    } else {
      break;
    }
    if (endsClause) break;
  }
  while (taken.length && connectors.has((taken[taken.length - 1] ?? '').toLowerCase())) taken.pop();
  return accept(taken.join(' '));
}

/** A run of capitalised words ending right before `to`. */
function readNameBackward(text: string, to: number): string | undefined {
  const words = text.slice(Math.max(0, to - 120), to).split(/\s+/);
  if (to - 120 > 0) words.shift();
  const taken: string[] = [];
  // A capitalised "New" after a word in lower case opens a name: "a survey by New Media Campaigns revealed".
  let midSentence = false;
  for (let i = words.length - 1; i >= 0 && taken.length < 10; i--) {
    const raw = words[i] ?? '';
    if (!raw) continue;
    // A title stays with the name it opens: "Dr. Feel, an Evolution user, wrote".
    if (taken.length && /[,;:!?(.]$/.test(raw) && !/^(?:\p{Lu}\.)+$|^(?:Inc|Co|Corp|Ltd|Dr|Mr|Mrs|Ms|Prof)\.$/u.test(raw)) break;
    const word = clean(raw);
    if (isNameWord(word)) taken.unshift(word);
    else if (taken.length && connectors.has(word.toLowerCase())) taken.unshift(word);
    else {
      midSentence = true;
      break;
    }
    if (/^[("“]/.test(raw)) break;
  }
  while (taken.length && connectors.has((taken[0] ?? '').toLowerCase()) && !startsName(taken[0] ?? '', taken[1] ?? '')) taken.shift();
  // The sentence's first word is capitalised anyway: "The", "A", "Data"; but not "New" in "New York Times", nor "La" in "La Stampa".
  while (taken.length > 1 && generic.has((taken[0] ?? '').toLowerCase()) && !startsName(taken[0] ?? '', taken[1] ?? '') && !(midSentence && taken[0] === 'New')) {
    taken.shift();
  }
  if (taken.length === 1 && generic.has((taken[0] ?? '').toLowerCase())) taken.shift();
  return accept(taken.join(' '));
}

/** Places and titles that open on "New": "New York Times", "New Zealand Herald", "New Scientist". */
const newNames = new Set(['York', 'Jersey', 'Zealand', 'Mexico', 'Hampshire', 'England', 'South', 'Delhi', 'Orleans', 'Haven', 'Brunswick', 'Scientist', 'Yorker', 'Republic', 'Statesman']);

/** Whether `first` opens a name with `next`: "New York", or a newspaper's article ("Le Monde", "La Stampa", "El País"). */
function startsName(first: string, next: string): boolean {
  return (first === 'New' && newNames.has(next.replace(/(?:['’]s)$/, ''))) || (/^(?:Le|La|Les|El)$/.test(first) && /^\p{Lu}/u.test(next));
}

/** Text that ends on one of `words` (and perhaps "the"), the place of a name that follows it. */
function wordBefore(words: string): RegExp {
  return new RegExp(`(?<![A-Za-z])(?<!\\p{L})(?:${words})\\s+(?:the\\s+)?$`, 'iu');
}

/** "..., which" right before the verb, after a name and perhaps its year. */
const whichBefore = /(?:\s+(?:1[89]|20)\d\d)?,?\s+which\s*$/u;
/** An apposition right before the verb: "Tillbrook Candles, a two-person shop in Vermont, said" (#3). */
const appositionBefore =
  /,\s+(?:(?:a|an|the|one of)\s[^,;:()“”"]{1,80}|(?:[\p{L}-]+\s+){0,3}(?:leader|chief|head|director|president|chair|chairman|chairwoman|founder|co-founder|ceo|cfo|cto|coo|spokesman|spokeswoman|spokesperson|analyst|economist|professor|editor|manager|secretary|minister|governor|mayor|senator|official|researcher|executive|partner|strategist)(?![\p{L}-])[^,;:()“”"]{0,80}),\s*$/iu;
/**
 * A word after which a name is where or what a verb is about, not who: "a man in England found", "raised £8 million
 * for Cancer Research". Not "of", "at" or "from": "the CEO of Acme said", "Neil Patel at QuickSprout suggested".
 */
const placeBefore = wordBefore('in|on|near|across|outside|inside|for|to|with|into|than|like');

/**
 * Who the verb at `to` is said of: the name before it, or before an apposition ending there. A name after
 * "in", "for" ... says what or where, not who; before a study's name ("in the Pew survey") it still names it.
 */
function sayerBefore(sentence: string, to: number, verb: boolean): string | undefined {
  const apposition = verb ? appositionBefore.exec(sentence.slice(0, to)) : null;
  if (apposition) return readNameBackward(sentence, apposition.index);
  // "the UN's World Drug Report 2014, which reports that": the name before "which", its year left out.
  const which = verb ? whichBefore.exec(sentence.slice(0, to)) : null;
  if (which) return readNameBackward(sentence, which.index);
  const name = readNameBackward(sentence, to);
  if (!name) return undefined;
  const start = sentence.lastIndexOf(name, to);
  const before = start >= 0 ? sentence.slice(Math.max(0, start - 20), start) : '';
  return (verb ? placeBefore : givenTo).test(before) ? undefined : name;
}

/** A study's name after these is what was given to or worked with, not a source: "raised £8 million for Cancer Research". */
const givenTo = wordBefore('for|to|with|into|than|like');

/** "Alden on Tuesday": when, not who. */
const trailingWhen =
  /\s+(?:on|in|at|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function accept(name: string): string | undefined {
  const trimmed = name.replace(/^(?:the|The)\s+/, '').replace(/(?:'s|’s)$/, '').replace(trailingWhen, '').trim();
  if (!trimmed || trimmed.length < 2) return undefined;
  if (generic.has(trimmed.toLowerCase())) return undefined;
  // "Wall Street predicted $2.52 a share": the market's consensus, no one a reader can check (#3).
  if (/^Wall Street$/i.test(trimmed)) return undefined;
  if (/^\d+$/.test(trimmed)) return undefined;
  // "the highest count I’ve found", "I'd estimate": the writer.
  if (/^(?:i|we|you|they|he|she)['’]/i.test(trimmed)) return undefined;
  // "a 240x improvement": a multiplier, and a measure's name, are no one.
  if (/^\d+(?:[.,]\d+)?[xX×]$/.test(trimmed) || measureWord.test(trimmed)) return undefined;
  // A ticker ("US10YT=RR", "CMCU3") names a price, not who reported it.
  if (/[\d=]/.test(trimmed) && !/\p{Ll}/u.test(trimmed)) return undefined;
  const first = trimmed.split(' ')[0] ?? '';
  if (generic.has(first.toLowerCase()) && trimmed.split(' ').length === 1) return undefined;
  return trimmed;
}

/** "(Source: Statista, 2016)", "(Pew, 2015)", "(HubSpot 2015)". */
const parenthesisSource = /\(\s*(?:sources?\s*:\s*)?([^()]{2,80}?)(?:,\s*|\s+)(?:\p{L}+\.?\s+)?(1[89]\d\d|20\d\d)\s*\)|\(\s*sources?\s*:\s*([^()]{2,80}?)\s*\)/giu;

const isReportVerb = new RegExp(`^(?:${reportVerbs})$`, 'iu');
/** What follows an index that moved or that is made of something. */
const indexMoved = /^\s+(?:\p{L}+\s+)?(?:gained|gains|rose|rises|fell|falls|climbed|dropped|slipped|added|lost|closed|ended|jumped|edged|was|is|stood|of)(?!\p{L})/iu;
/** Verbs of saying that are also plural nouns. */
const pluralNounVerb = /^(?:shows|projects|reports|notes|claims|estimates|forecasts|finds)$/i;
/** What follows such a word when it is a noun in a list: "TV shows and movies". */
const listAfter = /^\s+(?:and|or)\s/u;
/** A trigger that is a verb of saying, the name after it (inverted: "..., says Forrester."). */
const saidBefore = /^(?:says|said|reports?|reported|estimates|found|notes|predicts)\s+(?!(?:by|from|of|conducted|published|commissioned|released)\s)/iu;
/** What may follow the name of who said it: the clause's end, or when or where it was said. */
const endsClause = /^\s*(?:[,.;:!?)"”’]|$|(?:on|in|at|last|this|during|when|after|while|to)\s)/u;
const isStudyWord = new RegExp(`^(?:${studyWords})$`, 'iu');
const tickerNote = /\s*\((?:ticker|symbol|NYSE|NASDAQ|Nasdaq|LSE|TSX)\s*:[^()]{1,20}\)/g;

/**
 * A roundup's citation closing the sentence (#3): "[Statista]", "[Source: Statista, 2016]", or after a dash,
 * "– Nielsen", "— Pew Research Center, 2015". Only a name and perhaps a year: "— Apple's best quarter" says
 * what, not who.
 */
const closingBrackets = /\[\s*(?:sources?\s*:\s*)?([^[\]]{2,80}?)\s*\][.!?]?\s*$/iu;
const closingDash = /\s[–—-]\s*(\p{Lu}[^–—\n]{0,80}?)\s*[.!?]?\s*$/u;
/** The organisation a sentence reports for by its kind of business: "..., the company said", "which the chain says". */
const companySaid =
  /(?<![A-Za-z])the\s+(?:company|firm|group|retailer|chain|brand|bank|carrier|automaker|carmaker|airline|startup|maker|insurer|publisher|network)\s+(?:said|says|reported|reports|announced|estimated|estimates|added|noted)(?![A-Za-z])/iu;
/** The name whose thing a sentence opens on: "Apple's overall revenue", "German carmaker BMW's ...". */
const openingOwner = /^\W*(?:[\p{L}-]+\s+){0,2}?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})['’]s\s/u;
/** A roundup's name in parentheses closing the sentence: "… 70.19% (Baymard Institute).", "… (Comscore)" (#3). */
const closingParenthesis = /\(\s*([^()]{2,80}?)\s*\)\s*[.!?]?\s*$/u;
/**
 * Words in brackets or after a dash that say what the link or the item is, not who measured: "[PDF]", "– Updated";
 * and in parentheses, the measure's or the place's short name: "25% (CAGR)", "(YoY)", "(US)".
 */
const notAName =
  /^(?:pdf|infographic|video|videos|chart|graph|image|photo|link|source|study|report|survey|data|research|update|updated|read more|via|sic|note|editor['’]s note|ad|sponsored|new|tweet|thread|map|table|figure|podcast|opinion|analysis|live|cagr|yoy|y\/y|qoq|q\/q|mom|m\/m|ytd|ttm|roi|roas|ctr|cpc|cpm|cpa|cac|ltv|clv|arr|mrr|arpu|nps|kpi|gdp|eps|aov|est|approx|avg|usd|eur|gbp|us|u\.s\.|uk|u\.k\.|eu|usa)$/i;

/**
 * Whether `acronym` shortens the words before it, as a term is defined: "the Net Promoter Score (NPS)",
 * "small and medium-sized enterprises (SMEs)", "The National Survey on Drug Use and Health (NSDUH)": its
 * letters, last first, are the initials of the words before it, a small word or two passed over between them.
 */
function shortensWordsBefore(before: string, acronym: string): boolean {
  const letters = acronym.replace(/(?<=\p{Lu})s$/u, '');
  if (!/^\p{Lu}[\p{Lu}&]{1,9}$/u.test(letters)) return false;
  const words = before.split(/[\s\-–/]+/).filter(Boolean);
  let at = words.length - 1;
  for (let k = letters.length - 1; k >= 0; k--) {
    let passed = 0;
    while (at >= 0 && words[at]!.charAt(0).toUpperCase() !== letters[k]) {
      at--;
      if (++passed > 2) return false;
    }
    if (at < 0) return false;
    at--;
  }
  return true;
}

/** The name `tail` is made of, a year after it allowed ("Statista, 2016"); undefined when it holds anything else. */
function nameAlone(tail: string): string | undefined {
  const bare = tail.replace(/,?\s*(?:(?:\p{L}+\.?\s+)?(?:1[89]|20)\d\d)$/u, '').trim();
  if (!bare || notAName.test(bare)) return undefined;
  const name = readNameForward(bare, 0);
  return name && name.replace(/\.$/, '') === bare.replace(/(?:['’]s)?\.?$/, '') && !/^\d/.test(name) ? name : undefined;
}

/** The organisation or person a figure in `text` (a sentence) is attributed to, if named. */
export function findCitedOrigin(text: string): string | undefined {
  // "Home Depot (ticker: HD) reported": the ticker note blanked out, offsets kept.
  const sentence = text.replace(tickerNote, (note) => ' '.repeat(note.length));
  parenthesisSource.lastIndex = 0;
  for (let m = parenthesisSource.exec(sentence); m; m = parenthesisSource.exec(sentence)) {
    const inner = (m[1] ?? m[3] ?? '').trim();
    const name = readNameForward(inner, 0);
    if (name && !/^\d/.test(name)) return name;
  }
  const bracketed = closingBrackets.exec(sentence)?.[1];
  const dashed = bracketed ? undefined : closingDash.exec(sentence)?.[1];
  const parenthesised = bracketed || dashed ? undefined : closingParenthesis.exec(sentence);
  const parenthesisName = parenthesised?.[1] && !shortensWordsBefore(sentence.slice(0, parenthesised.index), parenthesised[1].trim()) ? nameAlone(parenthesised[1]) : undefined;
  const closingName = (bracketed && nameAlone(bracketed)) || (dashed && nameAlone(dashed));
  // "- NOT HAPPY": words shouted after a dash are a feeling, not a name (an acronym stands alone: "— NASA").
  if (closingName && !(dashed && /\s/.test(closingName) && closingName === closingName.toUpperCase())) return closingName;
  const hits: { index: number; name: string; paidFor?: boolean }[] = [];
  afterTriggers.lastIndex = 0;
  for (let m = afterTriggers.exec(sentence); m; m = afterTriggers.exec(sentence)) {
    // "Cost Per Click", "Earnings Per Share": a capitalised "Per" inside a sentence is part of a title.
    if (m.index > 0 && m[0].startsWith('Per ')) continue;
    // "MSCI’s broadest index of Asia-Pacific shares": what an index is made of, not who made it.
    if (/^index\s+of\s/i.test(m[0])) continue;
    // "questions sent by users via Facebook, Reddit and Twitter": "via" in the run of a sentence is a channel; a
    // source is credited "(via AllThingsD)" or after a comma (#3).
    if (/^via\s/i.test(m[0]) && !/(?:^|[(,;:–—-])\s*$/u.test(sentence.slice(0, m.index))) continue;
    let from = m.index + m[0].length;
    // The words passed over may have opened the name: "according to the New York Times", "selon Le Monde".
    const opener = /(\S+)\s+$/u.exec(m[0]);
    const next = /^\S+/u.exec(sentence.slice(from))?.[0] ?? '';
    if (opener?.[1] && (startsName(opener[1], clean(next)) || (opener[1] === 'New' && /^\p{Lu}/u.test(next)))) from -= opener[0].length;
    const name = readNameForward(sentence, from);
    // After a verb ("..., says the Content Marketing Institute."), the name ends the clause; one that goes on
    // is what was said about: "27 percent said Pence had been underused", "said Yoon’s declaration" (#3).
    const rest = name ? sentence.slice(sentence.indexOf(name, from) + name.length) : '';
    if (name && saidBefore.test(m[0]) && !endsClause.test(rest)) continue;
    // "migrated tens of billions of rows of data from MySQL to TiDB": where data went from, not who measured it.
    if (name && /^\s+to\s+\p{Lu}/u.test(rest)) continue;
    // "commissioned by WP Engine and conducted by Vanson Bourne": who paid for a study is named, but who ran it measured.
    if (name) hits.push({ index: m.index, name, ...(/commissioned by\s/i.test(m[0]) ? { paidFor: true } : {}) });
    if (m[0].length === 0) afterTriggers.lastIndex++;
  }
  beforeTriggers.lastIndex = 0;
  for (let m = beforeTriggers.exec(sentence); m; m = beforeTriggers.exec(sentence)) {
    // A verb is written in lower case: "the Dubai Air Show" is a name, not "Dubai Air shows".
    const verb = /\p{L}+$/u.exec(m[0])?.[0] ?? '';
    if (/^\p{Lu}/u.test(verb) && isReportVerb.test(verb)) continue;
    // "Japan’s Topix index gained 0.9 percent", "the Markit iTraxx Europe Index of credit-default swaps": a market's
    // index is what moved, not who measured it.
    if (/index$/i.test(m[0]) && indexMoved.test(sentence.slice(m.index + m[0].length))) continue;
    // "TV shows and movies": a plural noun in a list, not a verb of saying (a possessive's is its owner's: "StreetAccount's estimates").
    if (pluralNounVerb.test(verb) && !/^['’]/.test(m[0]) && listAfter.test(sentence.slice(m.index + m[0].length))) continue;
    let name = sayerBefore(sentence, m.index, isReportVerb.test(verb));
    // "The National Survey on Drug Use and Health": a study's own title names it whole.
    if (name && /^(?:['’]s)?\s+\p{Lu}/u.test(m[0]) && isStudyWord.test(/^(?:['’]s)?\s+(\p{L}+)/u.exec(m[0])?.[1] ?? '')) {
      const start = sentence.lastIndexOf(name, m.index);
      if (start >= 0) name = readNameForward(sentence, start) ?? name;
    }
    if (name) hits.push({ index: m.index - name.length, name });
  }
  // "Apple's overall revenue rose 4% ..., the company reported": the company is the one the sentence opens on (#3).
  if (!hits.length && companySaid.test(sentence)) {
    const owner = openingOwner.exec(sentence);
    const name = owner?.[1] ? readNameForward(owner[1], 0) : undefined;
    if (name && name === owner?.[1]) return name;
  }
  // A name in parentheses may also say who or what the figure is of ("40% of adults (Gen Z)"): a name the sentence
  // gives as its source goes first.
  if (!hits.length) return parenthesisName;
  hits.sort((a, b) => a.index - b.index);
  return (hits.find((hit) => !hit.paidFor) ?? hits[0])?.name;
}

/** A sentence whose words a person is said to speak: "..., he adds." */
const personSpeaks = /(?<![A-Za-z])(?<!\p{L})(?:he|she)\s+(?:adds|added|says|said|notes|noted|explains|explained|continues|continued)(?!\p{L})/iu;
/** A name that is a document's: "... World Drug Report", "... Survey". */
const documentName = /(?<![A-Za-z])(?<!\p{L})(?:report|survey|study|index|census|poll|paper|review|data)$/iu;

/** Whether `origin`, named in the sentence before, may be who speaks in `sentence`: not a report when a person speaks ("..., he adds."). */
export const mayBeSpeaker = (origin: string, sentence: string): boolean => !(personSpeaks.test(sentence) && documentName.test(origin));

/**
 * A sentence that says whose figure it is without naming anyone: the writer ("I'd estimate", "we found") or
 * sources unnamed ("Reports say", "In another estimate", "according to statistics"). A source named in the
 * sentence before is then not this figure's (#3).
 */
const ownUnnamedSource = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:i|we)(?:['’]d)?\s+(?:\p{L}+\s+)?(?:estimate|estimated|found|find|calculated|measured|counted|saw|see|noticed|surveyed|asked)|` +
    String.raw`(?:reports|studies|surveys|experts|analysts|research|other research|estimates)\s+(?:say|says|show|shows|suggest|suggests|find|found|indicate|indicates|estimate)|` +
    String.raw`(?:in|by|according to)\s+(?:another|other|a different)\s+(?:${studyWords}|estimate)|according to (?:statistics|studies|research|reports|experts|estimates))(?![A-Za-z])`,
  'iu',
);
export const namesOwnUnnamedSource = (sentence: string): boolean => ownUnnamedSource.test(sentence);

/** A source line: the line as written (for its year), and who it names. */
export interface SourceLine {
  line: string;
  origin?: string;
}

/**
 * A source line right after a figure's sentence (#3): "… 1200% more shares. Source: Wordstream, 2016", or
 * the paragraph under a chart or a list item, "Source: Pew Research Center, 2015". Undefined when none
 * follows `end` in `text`.
 */
export function sourceLineAfter(text: string, end: number): SourceLine | undefined {
  const after = text.slice(end, end + sourceLineChars + 20);
  // A roundup's citation standing after the sentence's full stop: "… misplaced items. (Comscore)" (#3).
  const parenthesised = parenthesisAfter.exec(after)?.[1];
  if (parenthesised) {
    const origin = findCitedOrigin(parenthesised);
    return origin ? { line: parenthesised, origin } : undefined;
  }
  const line = sourceLine.exec(after)?.[1];
  if (!line) return undefined;
  // "Data:", "Quelle:", "Fuente:" say what "Source:" says: the name follows.
  const origin = findCitedOrigin(line.replace(/^[([]?\s*\p{L}+\s*:/u, 'Source:'));
  return origin ? { line, origin } : { line };
}

const sourceLineChars = 160;
/** A parenthesis alone right after the sentence, ending its paragraph or followed by the next sentence. */
const parenthesisAfter = /^[ \t]*(\([^()\n]{2,80}\))[.]?[ \t]*(?=\n|$|\p{Lu})/u;
/** After the sentence, in its paragraph or the next: "Source:", "Sources:", "(Source: …)", "Data: …", "Quelle:", "Fuente:". */
const sourceLine = /^[ \t]*(?:\n\n[ \t]*)?([([]?\s*(?:sources?|data|quelle|fuente|fonte)\s*:[^\n]{2,160}?)(?=\n\n|$|(?<=[.!?)\]])\s+\p{Lu})/iu;
