/**
 * Case studies: a page that tells one organisation's story ("Shotgun had a
 * particular challenge. ... they migrated to Supabase. ... The Results") gives
 * its results in sentences that often name no one: "Instead of spending $12k
 * per month, the team now spends $2,155 per month", "It more than doubled the
 * signup rate". Read one by one they are statistics; on such a page they are
 * the organisation's success stories (#3: customer stories and campaign case
 * studies are where users look for them).
 *
 * A page is a case study when it is about one organisation (the first one its
 * title names other than as a tool, else the one its first paragraphs name
 * most, else the one its first paragraph opens with, else a title that is a
 * name alone) and says that it did something (switched, migrated, tested,
 * launched...); a survey's write-up is none. Its results are the sentences
 * after that action that state a good change in a section headed "Results"
 * (or "Impact", "Success"...), that open on the action ("Since adopting
 * ..."), or that say they give the result ("The result was ...", even in a
 * summary above the story). Not any good change anywhere: a page about one
 * company (a launch, its earnings) reports figures that are not results of
 * what it did. Only a page that says it is a customer's story (a results
 * heading, "Case study" in its title, a title naming the tool used) has its
 * plain good changes read as results wherever they stand, delays cut told in
 * durations alone included ("from 30-40 minutes to just 5 minutes"). A page
 * whose address, title or opening lines say so ("This case study examines
 * how ...") needs no verb of adopting, and its address names the customer
 * ("/case-studies/shopify"), or its title does ("... at Veeps"); so does a page laid out as an
 * agency's case study ("Challenge", "Client", "Our Approach", "Result"), the
 * lines of whose results section are its results.
 */
import { type Figure, parseNumber, strongFigure } from './figures';
import { badMeasure, firstPerson, headingNameBefore, paragraphContext, type SuccessStory } from './success-story';

export interface CaseStudy {
  /** The organisation the page is about. */
  subject: string;
  /** Where the page first says what the subject did: results are told from there on. */
  actedAt: number;
  /** Text ranges under a heading of results, up to the next heading. */
  resultSections: [number, number][];
  /**
   * Text ranges of lists that a line before them says hold the subject's
   * figures ("So far, LangX has been steadily growing, having garnered" /
   * "5000+ registered users" / "12,500 unique visitors in the last 30 days").
   */
  resultLists: [number, number][];
  /**
   * Whether the page says outright that it is a customer's story: results
   * headings, an address under a site's customers, or a title that says
   * "case study" or names the subject, then the tool it used ("How New10
   * deploys 3 times faster with GitLab").
   */
  declared: boolean;
  /** Whether the page's address or title says it is a customer's story ("/case-studies/…", "Case study: …"). */
  addressOrTitleSays: boolean;
  /**
   * Paragraphs right under a roundup's numbered heading ("3. Solo Eyewear"), with the business it names: a page
   * of several stories ("Amazon FBA success stories") tells each one's results, not the subject's (#3).
   */
  roundupItems: { from: number; to: number; name: string }[];
  /**
   * Text ranges under an "About Admixer" heading, up to the next heading: a company's boilerplate, its size
   * told as background ("Today, the company has over 100 partners, 3,000+ customers"), not a result (#3).
   */
  aboutSections: [number, number][];
}

/** "About Admixer", "About the company", "About us": a heading over a company's boilerplate. */
const aboutHeading = /^about\s+(?:us|the\s+(?:company|client|customer)|\p{Lu})/iu;

/** How often the page must name its subject, other than as a tool. */
const minMentions = 2;

/** Verbs of adopting or trying something: the action a case study's results follow. */
const action =
  /(?<![A-Za-z])(?<!\p{L})(?:switched|switching|migrated|migrating|moved to|chose|adopted|adopting|implemented|deployed|rolled out|launched|started using|began using|(?:of|by|since|after)\s+using|sign(?:ed|ing) up for|turned to|partnered|tested|replaced|redesigned|rebuilt|introduced|optimi[sz]ed|optimi[sz]ing|(?:ran|running|run)\s+an?\s+A\/B\s+test)(?!\p{L})/iu;

/** "The Results", "Results and business impact", "Impact", "The outcome". */
const resultsHeading = /(?<![A-Za-z])(?<!\p{L})(?:results?|success|outcomes?|impact|payoff|by the numbers|what changed|benefits|highlights)(?!\p{L})/iu;

/** A paragraph that is a heading: one short line with no sentence's end ("the results" too). */
function isHeading(paragraph: string): boolean {
  const line = paragraph.trim();
  if (!line || line.includes('\n') || line.length > 80 || /[.!?,;]["”’]?$/.test(line)) return false;
  return /^[\p{L}\d"“]/u.test(line) && line.split(/\s+/).length <= 8;
}

/** A title that says what the page is: "Case Study: ...", "Customer story", "Success stories". */
const storyTitle = /(?<![A-Za-z])(?<!\p{L})(?:case stud(?:y|ies)|customer stor(?:y|ies)|success stor(?:y|ies))(?!\p{L})/iu;
/** A title that announces figures: "31+ Marketing Automation Statistics & Trends", "Video Marketing Stats for 2024". */
const figuresTitle = /(?<![A-Za-z])(?<!\p{L})(?:statistics|stats|facts and figures)(?!\p{L})/iu;

/**
 * A line that introduces a list of figures, after the story: it ends on a
 * colon ("Here are some numbers that show the current usage:") or leaves its
 * clause open on a word of reaching ("... steadily growing, having garnered").
 */
const listLeadIn = /(?::|(?<![A-Za-z])(?<!\p{L})(?:garnered|reached|achieved|gained|grown to|include|includes|including))\s*$/iu;
/** A short line of a list with a number in it: "400,000+ executions every month", "5000+ registered users". */
const isListedFigure = (paragraph: string) =>
  paragraph.length <= 100 && !paragraph.includes('\n') && /\d/.test(paragraph) && !/[.!?]["”’]?\s*\S|\?/.test(paragraph);

/**
 * An address under a site's customer stories: "/customers/shotgun", "/case-studies/oem",
 * "/blog/post/customer-stories-langx", an agency's "/cases/qonto/".
 */
const storyPath = /\/(?:customers?|customer-stor(?:y|ies)|case-stud(?:y|ies)|cases|success-stor(?:y|ies)|showcase|(?:our-)?work|portfolio)[/-][^/?#]/i;
/** A post whose slug says it is one: "/blog/broadcom-success-story", "/blog/acme-case-study" (#3, real32). */
const storySlug = /\/[^/?#]*-(?:customer-stor(?:y|ies)|case-stud(?:y|ies)|success-stor(?:y|ies))\/?$/i;
/**
 * A use case named for its customer: "/use-cases/adyen/" titled "Adyen" (#3, real35). The page's title
 * is then the customer, even where the text never names it again; "/use-cases/etl/" names no one.
 */
function customerOfUseCase(url: string | undefined, title: string | undefined): string | undefined {
  if (!url || !title || !/\/use-cases?\//i.test(url)) return undefined;
  const wanted = nameKey(lastSlug(url));
  const name = title.trim();
  return wanted.length >= 3 && wanted === nameKey(name) && titleIsName.test(name) ? name : undefined;
}

/** A name as an address's slug writes it: "DataStax" and "datastax", "Keep the Score" and "keep-the-score". */
const nameKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The last segment of an address's path; empty for a hostile or odd one ("/case-studies/100%"), which must not stop the reading. */
function lastSlug(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    return '';
  }
}

function storyAddress(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { pathname } = new URL(url);
    return storyPath.test(pathname) || storySlug.test(pathname);
  } catch {
    return false;
  }
}

/**
 * Words before the tool in a title that says the subject used it ("... with
 * Windmill", "How OEM Used Garden", "moved to Supabase"); not "on" nor "to"
 * alone ("How Wasp reached 1,000 stars on GitHub").
 */
const titleToolUsed = /(?:^|\s)(?:with|using|uses|used|use|via|chose|chooses|adopted|adopts|(?:moved|moves|migrated|migrates|switched|switches)\s+to|(?:runs|running|built)\s+on)\s+$/i;

/** A capitalised word of a name: "Panther", "Smirnoff.com", "O’Neill". */
export const nameWord = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*`;
/** A name of one to three such words, as a title ends or opens on it: "Lenovo", "Cross Screen Media". */
const shortName = String.raw`${nameWord}(?:\s+${nameWord}){0,2}`;

/** Verbs of a tool's help, as a title capitalises them or not: "APISIX Boosts Lenovo ...", "Garden helps Podium ...". */
const helped = String.raw`(?:[Hh]elps?|[Hh]elped|[Bb]oosts?|[Bb]oosted|[Ee]nables?|[Ee]nabled|[Pp]owers?|[Pp]owered|[Ll]ets|[Aa]llows?|[Aa]llowed|[Ee]mpowers?|[Ee]mpowered)`;
/** A title that opens on the tool, then says it helped the subject: "APISIX Boosts Lenovo to Build ..." (#3). */
const toolHelpedBefore = new RegExp(String.raw`^${shortName}\s+${helped}\s+$`, 'u');
/** After a name in a title, that it helped another: the name is the tool, not the subject. */
const helpedAfter = new RegExp(String.raw`^\s+${helped}\s+\p{Lu}`, 'u');

/** A title that names the subject, then the tool it used: "How New10 deploys 3 times faster with GitLab"; or the tool that helped it first. */
function titleNamesTool(title: string, subject: string): boolean {
  const at = wholeWordAt(title, subject);
  if (at < 0) return false;
  if (toolHelpedBefore.test(title.slice(0, at))) return true;
  return [...title.slice(at + subject.length).matchAll(nameRun)].some((m) => titleToolUsed.test(title.slice(0, at + subject.length + m.index)));
}

/**
 * A title that says which tool was used, then ends on who used it: "Building High-Performance Data Lake Using Apache
 * Hudi and Alluxio at T3Go" (#3, real48), "Real time communication at scale with Elixir at Discord".
 */
function titleToolThenSubject(title: string, subject: string): boolean {
  const at = titleEndsAtName.exec(title.trim());
  return at?.[1] === subject && /(?:^|\s)(?:[Ww]ith|[Uu]sing|[Vv]ia|[Oo]n)\s+\p{Lu}/u.test(title.slice(0, at.index));
}

/** Whether the title names someone the text names too, then the tool they used. */
function titleTellsToolUsed(text: string, title: string | undefined): boolean {
  if (!title) return false;
  const first = namesIn(title)[0];
  // "Admixer Aggregates Over 1 Billion Unique Users a Day using ClickHouse": the first run holds the name (#3, real33).
  // A title's first word is capitalised whatever it is: the text must name it inside a sentence ("Campain to
  // promote a story via Facebook" names no one).
  return first !== undefined && titleNameRuns(first, text).some((name) => subjectMentions(text, name) > 0 && namedInSentence(text, name) && titleNamesTool(title, name));
}

/** Capitalised names: "Panther Labs", "Fleuriste San Remo", "Smirnoff.com". */
const nameRun = new RegExp(String.raw`(?<![\p{L}\p{N}])${nameWord}(?:\s+(?:of\s+(?:the\s+)?|&\s+)?${nameWord})*`, 'gu');
/** A title that is a name alone: "Fleuriste San Remo", "Bank of America". */
const titleIsName = new RegExp(String.raw`^${nameWord}(?:\s+(?:(?:of|de|and|&)\s+)?${nameWord}){0,3}$`, 'u');
/** A title that ends "at <name>": "... with Elixir at Discord". */
const titleEndsAtName = new RegExp(String.raw`(?:^|\s)at\s+(${shortName})\s*$`, 'u');
/** "Jenkins Case Study: Preply": the vendor's series, then the customer (#3, real36). */
const storyTitleNamesAfter = new RegExp(String.raw`(?:case stud(?:y|ies)|customer stor(?:y|ies)|success stor(?:y|ies))\s*[:|–—-]\s*(${shortName})\s*$`, 'iu');
/** Capitalised words that open a sentence or a heading without naming anyone. */
const notNames =
  /^(?:The|A|An|How|Why|What|When|Where|Who|With|Using|After|Before|Since|Today|Now|Our|Their|Its|This|That|These|Those|It|They|We|You|I|In|On|At|For|By|From|To|As|And|But|So|If|Once|While|Over|Not|No|Yes|Also|Just|More|Most|Many|Some|All|Every|Each|Here|There|Then|Still|Even|Only|Last|Next|One|Two|Three|Customer|Customers|Challenge|Solution|Results?|About|Case|Study|Overview|Conclusion|Introduction|Background|Summary|Founded|Based|Headquartered|Additionally|However|Finally|Instead|Meanwhile|Moreover|Furthermore|Currently|Previously|Recently|Overall|Initially|Ultimately|Together|Therefore)$/;
const platform =
  /^(?:Facebook|Instagram|Twitter|X|LinkedIn|YouTube|TikTok|Pinterest|Snapchat|WhatsApp|Threads|Reddit|Google|Slack|Discord|Messenger|Shopify|Amazon|Apple|Android|iOS)$/;
/** "Facebook", "Google": the channels a story happens on are not its subject; nor is a lone capitalised "-ing" word ("Sharing our floral creations ..."). */
const maySubject = (name: string | undefined): name is string =>
  name !== undefined && name.length >= 3 && !platform.test(name) && !/^\p{Lu}\p{Ll}+ing$/u.test(name);
/**
 * A capitalised word the text otherwise writes in lower case, never capitalised within a sentence:
 * "Social" of "Social selling has evolved ...", no one's name (#3, real41).
 */
function commonWordIn(name: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  const lower = text.match(new RegExp(`(?<![A-Za-z])(?<!\\p{L})${name.toLowerCase()}(?!\\p{L})`, 'gu'))?.length ?? 0;
  // Alone, not the first word of a longer name ("LinkedIn’s Social Selling Index").
  const within = new RegExp(`[\\p{Ll},][^\\S\\n]+${name}(?!\\p{L})(?![^\\S\\n]+\\p{Lu})`, 'u').test(text);
  return lower >= 3 && !within;
}

/**
 * Words before a name that make it a tool the subject used, not the subject:
 * "migrated to Supabase", "with Weaviate", "runs on Windmill", "using GitLab".
 */
const toolBefore = /(?:^|\s)(?:with|using|use|uses|used|on|to|into|via|from|chose|choose|chosen|adopted|adopting|adopt|of|by|and|about|for|at)\s+$/i;
/** In a title, the words before a tool: "... with Windmill", "How OEM Used Garden" ("for Shotgun" names the customer). */
const titleToolBefore = /(?:^|\s)(?:with|using|use|uses|used|on|to|into|via|by|chose|chooses|adopted|adopts)\s+$/i;
/** Verbs whose object is the tool itself: a name ever named after one is the vendor, never the subject. */
const toolVerbBefore =
  /(?:^|\s)(?:chose|choose|chosen|choosing|adopted|adopting|adopt|using|(?:migrated|migrating|migrate|moved|moving|move|switched|switching|switch)\s+to|runs? on|running on|built (?:on|with)|powered by|deployed|implemented)\s+$/i;

/**
 * The organisation the page is about: of the names in its first paragraphs, the
 * one most often named other than as a tool ("Shotgun" over "Supabase", which
 * the page names as often, but mostly after "to" or "with").
 */
function storySubject(text: string, paragraphs: { start: number; end: number; text: string }[], title?: string): string | undefined {
  // A name in the page's title that is not the tool ("How Instabase delivers AI with Weaviate") is the
  // subject when the text names it (#3); else names from the first paragraphs of prose (headings open on
  // verbs: "Sharing our floral creations").
  const head = paragraphs.slice(0, 6).filter((p) => !isHeading(p.text)).map((p) => p.text).join('\n\n').slice(0, 1200);
  const candidates = namesIn(head);
  if (title) {
    // A title capitalises every word, so its names are the text's names it holds; the first one not named
    // as the tool ("Supabase migration delivers ... for Shotgun": Supabase is what Shotgun migrated to).
    let first: string | undefined;
    let firstAt = Infinity;
    for (const name of new Set([...candidates, ...namesIn(title).flatMap((run) => titleNameRuns(run, text))])) {
      const at = wholeWordAt(title, name);
      if (at < 0 || at >= firstAt || titleToolBefore.test(title.slice(Math.max(0, at - 16), at)) || helpedAfter.test(title.slice(at + name.length))) continue;
      if (subjectMentions(text, name) === 0) continue;
      first = name;
      firstAt = at;
    }
    if (first) return first;
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const name of candidates) {
    const count = subjectMentions(text, name);
    if (count > bestCount || (count === bestCount && best && name.length > best.length && name.includes(best))) {
      best = name;
      bestCount = count;
    }
  }
  return bestCount >= minMentions ? best : undefined;
}

/**
 * The customer a story's address names ("/case-studies/shopify", "/customers/panther-labs"), as the
 * page writes it ("Shopify", "Panther Labs"): even a platform, which is otherwise only where a story
 * happens, is the subject of its own customer story.
 */
function addressSubject(text: string, url: string | undefined, title: string | undefined): string | undefined {
  if (!url || !storyAddress(url)) return undefined;
  // "/case-studies/new-stream-case-study/" names New Stream (#3, real47).
  const wanted = nameKey(lastSlug(url).replace(/[-_](?:case[-_]stud(?:y|ies)|customer[-_]stor(?:y|ies)|success[-_]stor(?:y|ies))$/i, ''));
  if (wanted.length < 3) return undefined;
  const any = (name: string) => name.length >= 2;
  const names = [...(title ? namesIn(title, any) : []), ...namesIn(text.slice(0, 3000), any)].flatMap((name) => [name, ...name.split(/\s+/)]);
  // A name the company writes in lower case is no capitalised name: "finn.auto" for "/case-studies/finn-auto/" (#3, real35).
  const inTitle = () => (title ?? '').split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).find((word) => nameKey(word) === wanted);
  const found = names.find((name) => nameKey(name) === wanted) ?? inTitle();
  return found && wholeWordAt(text, found) >= 0 ? found : undefined;
}

/**
 * The customer a title ends on: "Real time communication at scale with Elixir at Discord", "Scaling a
 * streaming service to ... concurrent viewers at Veeps" (#3, real30). Even a platform is the customer
 * there, as in a customer story's address.
 */
function titleCustomer(text: string, title: string | undefined): string | undefined {
  const atEnd = title && (titleEndsAtName.exec(title.trim()) ?? storyTitleNamesAfter.exec(title.trim()))?.[1];
  return atEnd && atEnd.length >= 3 && !notNames.test(atEnd) && subjectMentions(text, atEnd) > 0 ? atEnd : undefined;
}

/**
 * A title capitalises every word, so a run of capitalised words there may run a name into the verb and
 * the words after it: "Admixer Aggregates Over 1 Billion Unique Users a Day": the run "Admixer Aggregates
 * Over" holds the name "Admixer". The run, then each shorter start of it, longest first; the text
 * decides which one is named (#3, real33).
 */
function titleNameRuns(name: string, text: string): string[] {
  const words = name.split(/\s+/);
  const starts = words.slice(0, -1).map((_, i) => words.slice(0, words.length - 1 - i).join(' '));
  // A shorter start must be a name in the text too, named inside a sentence: a line opening on
  // "Organic traffic increase" names no one called "Organic".
  return [name, ...starts.filter((start) => maySubject(start) && namedInSentence(text, start))];
}

/**
 * Whether `text` names `name` on its own inside a sentence: after a lower-case word or a comma, and not
 * run into other capitalised words ("Facebook Campain", a line's "Organic traffic increase").
 */
const namedInSentence = (text: string, name: string) =>
  wholeWordsAt(text, name).some(
    (at) => /(?:(?<![A-Za-z])(?<!\p{L})\p{Ll}[\p{L}'’-]*|[,;(])[^\S\n]+$/u.test(text.slice(Math.max(0, at - 24), at)) && !/^[^\S\n]+\p{Lu}/u.test(text.slice(at + name.length, at + name.length + 3)),
  );

/** Where `text` names `name` as a whole word ("Garden", not "Gardener"), in order. */
function wholeWordsAt(text: string, name: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + name.length] ?? '')) at.push(i);
  }
  return at;
}

/** Where `text` first names `name` as a whole word, or -1. */
const wholeWordAt = (text: string, name: string) => wholeWordsAt(text, name)[0] ?? -1;

/** How often `text` names `name` other than as a tool; none when it is ever named as the tool adopted. */
function subjectMentions(text: string, name: string): number {
  let count = 0;
  for (const i of wholeWordsAt(text, name)) {
    const before = text.slice(Math.max(0, i - 16), i);
    if (toolVerbBefore.test(before)) return 0;
    if (!toolBefore.test(before)) count++;
  }
  return count;
}

/** Capitalised names in `text`, openers and (unless `keep` says otherwise) platforms left out. */
function namesIn(text: string, keep: (name: string) => boolean = maySubject): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(nameRun)) {
    const words = m[0].replace(/(?:['’]s?|[.,;:])+$/u, '').split(/\s+/);
    while (words.length && notNames.test(words[0]!)) words.shift();
    const name = words.join(' ');
    if (keep(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** What is known of the page besides its text. */
export interface PageHints {
  lang?: string;
  /** The page's title. */
  title?: string;
  /** The page's address: a customer story's often says so ("/customers/shotgun"). */
  url?: string;
}

/**
 * An agency's or a vendor's case-study template: headings of their own for
 * the challenge, the results, and the approach or the client ("Challenge" /
 * "Client" / "Godiva" / "Our Approach" / "Result"): the page is a customer's
 * story, and the line under "Client" names the customer (#3).
 */
const templateHeading =
  /(?:^|\n\n)(?:the\s+|our\s+)?(challenge|problem|client|customer|solution|approach|strategy|execution|results?|outcomes?|impact)\s*:?\s*(?=\n\n|$)/giu;
const templateKinds: Record<string, string> = {
  challenge: 'challenge', problem: 'challenge', client: 'client', customer: 'client',
  solution: 'approach', approach: 'approach', strategy: 'approach', execution: 'approach',
};
function templateOf(text: string): { client?: string } | undefined {
  // The cheap test first: a heading of a challenge at all.
  if (!/\n\n(?:the\s+)?(?:challenge|problem)\s*:?\s*\n\n/i.test(text)) return undefined;
  const kinds = new Set<string>();
  let client: string | undefined;
  for (const m of text.matchAll(templateHeading)) {
    const word = m[1]!.toLowerCase();
    const kind = templateKinds[word] ?? 'result';
    kinds.add(kind);
    if (kind === 'client' && !client) {
      const after = m.index + m[0].length;
      const line = /^\n\n([^\n]{2,40})(?=\n\n|$)/.exec(text.slice(after, after + 50))?.[1]?.trim();
      if (line && /^\p{Lu}/u.test(line) && !/[.!?]$/.test(line)) client = line;
    }
  }
  return kinds.has('challenge') && kinds.has('result') && (kinds.has('approach') || kinds.has('client')) ? { client } : undefined;
}

/**
 * Text told by one writer: "I" and "my" far more often than "we" and "our". Its opening shows whose
 * voice it is: the count stops at `voiceChars`, so that a long page costs no more than a post.
 */
function firstPersonSingular(whole: string): boolean {
  const text = whole.slice(0, voiceChars);
  const singular = text.match(/(?<![A-Za-z])(?<!\p{L})(?:I|my|me|I['’]m|I['’]ve)(?!\p{L})/gu)?.length ?? 0;
  const plural = text.match(/(?<![A-Za-z])(?<!\p{L})(?:we|our|us|we['’]re|we['’]ve)(?!\p{L})/giu)?.length ?? 0;
  return singular >= 10 && singular >= 3 * plural;
}
const voiceChars = 12_000;

/** The case study `text` tells, if it tells one (English only). */
export function findCaseStudy(text: string, { lang, title, url }: PageHints = {}): CaseStudy | undefined {
  if (lang && !/^en(?![a-z])/i.test(lang)) return undefined;
  // The cheap tests first: most pages say no one did anything, or are a survey's write-up. A page
  // whose address or title says it is a customer's story is one, whatever verbs it uses ("Buildkite
  // enabled Shopify to ...", "We optimized their main product sales page ...").
  const template = templateOf(text);
  // A vendor's series says so in its opening lines: "Welcome to our series of case studies", "This case study examines how ...".
  const useCase = customerOfUseCase(url, title);
  const saysStory = useCase !== undefined || storyAddress(url) || (title !== undefined && storyTitle.test(title)) || template !== undefined || storyTitle.test(text.slice(0, 600));
  // So does a title that names someone, then the tool they used: "Vattenfall changes the math on concurrent PRs with Nx Agents" (#3, real32).
  const titleTells = titleTellsToolUsed(text, title);
  const acted = action.exec(text) ?? (saysStory || titleTells ? { index: 0 } : null);
  if (!acted) return undefined;
  // A roundup titled for its figures ("31+ Marketing Automation Statistics & Trends (2023)") reports what others
  // found; its topic is no customer (#3, real44).
  if (!saysStory && !titleTells && title !== undefined && figuresTitle.test(title)) return undefined;
  // A survey's write-up reports what others did: its "Results" are findings, not the subject's results.
  // A customer story may mention one survey in passing ("a survey sent to the developers found that ...").
  // One that never names a survey or its respondents is none: a design agency's story tells of its own "research" (#3, real32).
  const surveyMentions = text.match(surveyWords) ?? [];
  if (surveyMentions.length >= 3 && surveyMentions.some((word) => /^(?:respondents|surveyed|survey|poll|polled)$/i.test(word))) return undefined;
  const paragraphs: { start: number; end: number; text: string }[] = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const end = m ? m.index : text.length;
    if (text.slice(from, end).trim()) paragraphs.push({ start: from, end, text: text.slice(from, end).trim() });
    if (!m) break;
    from = m.index + m[0].length;
  }
  // A story told mostly with "they" names its subject once, opening its first paragraph ("The Big Cheezy sprang up ...").
  const opening = paragraphs.find((p) => !isHeading(p.text));
  const named = useCase ?? addressSubject(text, url, title) ?? titleCustomer(text, title);
  // A maker's post on their own launch, told as "I" and named only by its address, lists the writer's own
  // numbers under "Results": figures they report, not a customer's story (#3, real35).
  if (!named && !saysStory && !titleTells && firstPersonSingular(text)) return undefined;
  let subject = named ?? template?.client ?? storySubject(text, paragraphs, title) ?? (opening && paragraphContext(opening.text, lang).organisation);
  // A customer story's page may be titled with the customer's name alone ("Fleuriste San Remo", "Atlassian").
  if (!named && !maySubject(subject) && title && titleIsName.test(title.trim())) subject = title.trim();
  if (!named && (!maySubject(subject) || commonWordIn(subject, text))) return undefined;
  if (!subject) return undefined;
  const resultSections: [number, number][] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const heading = paragraphs[i]!.text;
    // A Q&A-style story asks its headings: "What are the results?" (#3, real35).
    if (!(isHeading(heading) || (heading.endsWith('?') && isHeading(heading.slice(0, -1)))) || !resultsHeading.test(heading)) continue;
    // The next heading ends the section, once a paragraph has been under it ("the results" is often
    // followed by its own title); a short line with a figure is one of its results, listed.
    let j = i + 1;
    while (j < paragraphs.length && isHeading(paragraphs[j]!.text) && !/\d/.test(paragraphs[j]!.text)) j++;
    while (j < paragraphs.length && !(isHeading(paragraphs[j]!.text) && !/\d/.test(paragraphs[j]!.text))) j++;
    resultSections.push([paragraphs[i]!.end, j < paragraphs.length ? paragraphs[j]!.start : text.length]);
  }
  const resultLists: [number, number][] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    if (paragraphs[i]!.start < acted.index || isHeading(paragraphs[i]!.text) || !listLeadIn.test(paragraphs[i]!.text)) continue;
    let j = i + 1;
    while (j < paragraphs.length && isListedFigure(paragraphs[j]!.text)) j++;
    if (j > i + 1) resultLists.push([paragraphs[i + 1]!.start, paragraphs[j - 1]!.end]);
  }
  const declared =
    saysStory || resultSections.length > 0 || (title !== undefined && (titleNamesTool(title, subject) || titleToolThenSubject(title, subject)));
  const roundupItems = paragraphs.flatMap(({ start, end }) => {
    const name = headingNameBefore(text, start, true);
    return name ? [{ from: start, to: end, name }] : [];
  });
  const aboutSections: [number, number][] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (!isHeading(paragraphs[i]!.text) || !aboutHeading.test(paragraphs[i]!.text)) continue;
    let j = i + 1;
    while (j < paragraphs.length && !isHeading(paragraphs[j]!.text)) j++;
    aboutSections.push([paragraphs[i]!.end, j < paragraphs.length ? paragraphs[j]!.start : text.length]);
  }
  // A title that tells who used which tool says it is a customer's story too: the page may open on its highlights (#3, real33).
  return { subject, actedAt: acted.index, resultSections, resultLists, declared, addressOrTitleSays: saysStory || titleTells, roundupItems, aboutSections };
}

/** The units of a duration, as a pattern: "minutes", "hrs". */
const durationUnits = '(?:milliseconds?|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)';

// "helped us scale from 10 to 100+ users": a scale reached is a rise (#3, real35); "We recovered just over $714,000" is a gain too (#3, real39).
const rising =
  /(?<![A-Za-z])(?<!\p{L})(?:increase[sd]?|increasing|rose|risen|grew|grown|growth|more|higher|boost(?:ed|s)?|lift(?:ed)?|uplift|doubled|tripled|quadrupled|gain(?:s|ed)?|up|recover(?:ed|s)?|recouped|scal(?:e|ed|ing)\s+(?:up\s+)?(?:from|to))(?!\p{L})/iu;
const fallingWords =
  /(?<![A-Za-z])(?<!\p{L})(?:cut|cuts|reduced|reduces|reduction|lowered|lower|slashed|halved|decrease[sd]?|drop(?:ped|s)?|fell|fallen|less|fewer|down|shorter)(?!\p{L})/iu;
/** Measures of a gain: less of one is never a good result. */
const gainMeasure =
  /(?<![A-Za-z])(?<!\p{L})(?:revenues?|sales|profits?|income|conversions?|traffic|engagement|users|customers|clients|followers|fans|subscribers|sign-?ups|leads|visits|visitors|views|orders|bookings|retention|reach|impressions|clicks|downloads|installs|likes|shares|members|donations|savings)(?!\p{L})/iu;
/** A change that is good whichever way it goes. */
const alwaysGood = /(?<![A-Za-z])(?<!\p{L})(?:saved|saves|savings|faster|better|quicker|improved|improves|improvements?|enhanced|enhances)(?!\p{L})/iu;
/** A level reached now, after the action: "the team now spends $2,155 per month". */
const levelNow =
  /(?<![A-Za-z])(?<!\p{L})(?:(?:is|are)\s+)?now\s+(?:(?:between|at|over|about|around|more than)\s|spends?|takes?|costs?|runs?|manages?|handles?|processes|serves?|gets?|sees?|averages?|pays?|receives?|reaches|attracts?|draws?)(?!\p{L})/iu;
/**
 * A level of use reached, read as a result where the page says it gives results (under a results
 * heading, after "The result was"), not anywhere on a customer's page: its introduction states such
 * levels as background ("Shopify is a global ecommerce platform powering more than 500,000 online
 * stores"). "Istio deployment at bol.com is currently at about 95% adoption", "The Apache Beam
 * pipelines handle ~17.3 billion events" (#3).
 */
const levelInUse =
  /(?<![A-Za-z])(?<!\p{L})(?:(?:are|is|were)\s+(?:now\s+)?using|leveraged\s+by|used\s+by|serves?|serving|handles?|handling|manages?|managing|processes|processing|powers?|powering|adoption|in\s+production|scaled?\s+(?:up\s+)?to|scaled\s+from|grown\s+to|grew\s+to|reached|crossed|surpassed)(?!\p{L})/iu;
/**
 * A sentence that opens on the subject's action: "Since adopting GitLab
 * Premium, ...", "After switching to Supabase, ...", "Since it launched in
 * September 2015, ...". Its good change is a result wherever it stands.
 */
const afterAction =
  /^\W*(?:(?:since|after|within\s+\p{L}+\s+\p{L}+\s+of|after\s+\p{L}+\s+(?:days?|weeks?|months?|years?)\s+of)\s+(?:adopting|switching|moving|migrating|using|implementing|launching|deploying|introducing|rolling out|(?:it|they|we)\s+launched|the\s+(?:switch|migration|move|launch|redesign|rollout))|post-?(?:integration|migration|launch|implementation|adoption|deployment|rollout|switch))(?!\p{L})/iu;
/** A customer's word on the tool, its result told as the tool's doing: "Apache Airflow helped us scale from 10 to 100+ users" (#3, real35). */
const toolHelpedUs = /^\W*\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){0,2}\s+(?:helped|enabled|allowed)\s+us\s+(?:to\s+)?\p{Ll}/u;
/**
 * A sentence that says it gives the result: "The result was a 10x reduction
 * in infrastructure automation costs", "The results were tantalizing,
 * amounting in over 150,000 organic impressions". Not "As a result, ...":
 * news says that of anything.
 */
const resultSaid = /^\W*(?:(?:the|our|their)\s+(?:end\s+|final\s+)?results?\s+(?:was|were|has been|have been)|the outcome was)(?!\p{L})/iu;
/**
 * A level stated for today, after the story: "Today, 90% of Panther Labs'
 * platform runs on Windmill", "Now, about 90% of builds take five minutes",
 * "So far, the company has provided treatments to over 11,000 people".
 */
const today = /^\W*(?:(?:today|now|these days),|(?:so far|to date|currently|at present)(?:,|\s))/iu;
/** A survey's or a study's finding is no one's result; "case studies" are no studies of that kind (#3). */
const surveyed = /(?<![A-Za-z])(?<!\p{L})(?:respondents|surveyed|survey|poll|polled|(?<!case\s)stud(?:y|ies)|found that|finds that|research)(?!\p{L})/iu;
const surveyWords = new RegExp(surveyed.source, 'giu');

/** "$7k" → 7000, "2.1 million" → 2100000; NaN when it is no plain amount. */
function amount(figure: string): number {
  const m = /(\d[\d.,]*)\s*(k|m|bn|b|thousand|million|billion)?/i.exec(figure);
  if (!m) return Number.NaN;
  const scale = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return parseNumber((m[1] ?? '').replace(/[.,]+$/, '')) * scale;
}

/**
 * A change "from" one figure "to" another ("dependencies went from 108 to
 * 86"): where "from" stands, where its first figure starts, and whether it
 * went down.
 */
function fromTo(sentence: string, figures: Figure[]): { at: number; firstAt: number; down: boolean } | undefined {
  const from = /(?<![A-Za-z])(?<!\p{L})from\s/iu.exec(sentence);
  if (!from) return undefined;
  const [a, b] = figures.filter((f) => f.start > from.index);
  if (!a || !b || !/ to /.test(sentence.slice(a.end, b.start))) return undefined;
  const [x, y] = [amount(a.text), amount(b.text)];
  return x !== y && !Number.isNaN(x) && !Number.isNaN(y) ? { at: from.index, firstAt: a.start, down: y < x } : undefined;
}

/**
 * Where the sentence states a good change (up for a gain, down for a cost or
 * a delay), or -1: the index of the words that say it.
 */
function goodChange(sentence: string, figures: Figure[], inResults: boolean): number {
  const level = levelNow.exec(sentence) ?? levelInUse.exec(sentence);
  if (level) return level.index;
  const good = alwaysGood.exec(sentence);
  if (good) return good.index;
  // Under a results heading the page lists what went well: less of anything but a gain is good
  // ("Homepage JavaScript fell 61%", "dependencies went from 108 to 86").
  const bad = badMeasure.test(sentence);
  const lessIsGood = bad || (inResults && !gainMeasure.test(sentence));
  const change = fromTo(sentence, figures);
  if (change) return (change.down ? lessIsGood : !bad) ? change.at : -1;
  const fall = fallingWords.exec(sentence);
  if (fall) return lessIsGood ? fall.index : -1;
  const rise = rising.exec(sentence);
  return rise && !bad ? rise.index : -1;
}

/** A duration: "25 minutes", "one day a week". */
const duration = new RegExp(String.raw`(?<![A-Za-z])(?<!\p{L})${durationUnits}(?!\p{L})`, 'iu');
/** A change told by its figure: "an 8x improvement", "3 times faster", "70% less", "10x-50x Performance Increase", "9X more often than before". */
const figuredChange =
  /\d(?:[\d.,]*)\s*(?:x|%|percent|times)\s+(?:(?!(?:of|than|the|as)\s)[\p{L}-]+\s+){0,2}?(?:faster|quicker|improvements?|better|reductions?|less|fewer|lower|cheaper|lighter|more\s+(?:efficient|productive)|(?<rise>increases?|more|higher))(?!\p{L})/iu;
/** The same told the other way round: "for an improvement of 42.7%", "an increase on advertising ROI of 42.7%". */
const changeOfFigure =
  /(?<![A-Za-z])(?<!\p{L})(?:improvements?|reductions?|(?<rise>increases?|boost|uplift))\s+(?:(?:in|on)\s+(?:[\p{L}-]+\s+){1,3})?of\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:x|%|percent|times)(?!\p{L})/iu;
// "the cloud cost went down by 40%" (#3, real47).
const changeVerb = /(?<![A-Za-z])(?<!\p{L})(?:cut|cuts|reduced|reduces|slashed|halved|lowered|dropped|decreased|fell|shrank|collapsed|went\s+down|came\s+down)(?!\p{L})/iu;
/**
 * A change someone managed, by its figure: "I am able to pull visitors to company page by 700% in last 3 months"
 * (#3, real41); or the whole of a task done: "Prisma was able to migrate all 250+ of their existing links" (#3, real39).
 */
const ableToChange =
  /(?<![A-Za-z])(?<!\p{L})(?:was|were|am|is|are|been)\s+able\s+to\s+[^.;:!?]{0,80}?(?:(?<![A-Za-z])(?<!\p{L})by\s+(?:(?:about|around|over|nearly|almost|more\s+than)\s+)?\d[\d.,]*\s*(?:%|percent|x|times)(?!\p{L})|(?<![A-Za-z])(?<!\p{L})all\s+\d)/iu;
/** An amount saved: "FusionAuth saved DataStax over $150,000 in developer resources" (#3, real35). */
const savedAmount =
  /(?<![A-Za-z])(?<!\p{L})(?:saved|saves|saving)\s+(?:(?:us|them|\p{Lu}[\p{L}\p{N}.'’-]*|the\s+(?:company|team|business|firm|organi[sz]ation))\s+)?(?:(?:over|about|around|nearly|almost|roughly|more\s+than|an\s+estimated)\s+)?(?:[$€£]\s?)?\d/iu;
/**
 * A vendor's help told as the customer's gain: "Metricly has helped the Gotransverse team reduce the time that
 * engineers spend on cloud cost optimization by about 50 percent" (#3, real39). The verb after "helped" says
 * the change; which way is good is read as for any other change.
 */
const helpedChange =
  /(?<![A-Za-z])(?<!\p{L})(?:helped|helps|enabled|allowed)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}?(?:to\s+)?(?:(?<cut>reduce|cut|lower|decrease|halve|shrink)|(?<rise>increase|grow|boost|double|triple|raise))(?!\p{L})/iu;
const growthVerb = /(?<![A-Za-z])(?<!\p{L})(?:increased|grew|boosted|doubled|tripled|quadrupled|lifted|gained)(?!\p{L})/iu;

/** Figures of a whole field, not the subject's: "across the industry", "the market average", "nationwide", a vendor's "across all customers". */
const beyondSubject =
  /(?<![A-Za-z])(?<!\p{L})(?:industry|industries|market|sector|nationwide|nationally|worldwide|globally|competitors|peers|benchmarks?|on average|typical(?:ly)?|across\s+(?:all\s+)?(?:(?:our|its|their)\s+)?(?:customers|clients|users|accounts))(?!\p{L})/iu;

/** Done with nothing going wrong: "migrated ... without downtime", "updates every 2 weeks with zero incidents". */
const cleanOutcome =
  /(?<![A-Za-z])(?<!\p{L})(?:without|with zero|with no|zero)\s+(?:any\s+)?(?:downtime|issues?|incidents?|interruptions?|disruptions?|data loss|outages?)(?!\p{L})/iu;

/**
 * Where the sentence tells plainly of a good change, or -1; read anywhere on
 * a page that says it is a customer's story: a cost or a delay "from" more
 * "to" less, a gain from less to more, a change told by its figure ("an 8x
 * improvement"), a cost cut or a gain grown, a thing done without downtime.
 * Not "more" or "up" alone: a story's setting has those too ("The root
 * module ... grew with every client signed").
 */
function clearImprovement(sentence: string, figures: Figure[]): number {
  if (beyondSubject.test(sentence)) return -1;
  // The clause of its figure says what went well: "all 43,000+ resources".
  if (cleanOutcome.test(sentence)) return figures.find(strongFigure)?.start ?? -1;
  const bad = badMeasure.test(sentence);
  const gain = gainMeasure.test(sentence);
  const change = fromTo(sentence, figures);
  if (change) return (change.down ? bad || duration.test(sentence.slice(change.firstAt)) : gain && !bad) ? change.at : -1;
  // "A 20% increase in costs" is no good change.
  const figured = figuredChange.exec(sentence) ?? changeOfFigure.exec(sentence);
  if (figured) return figured.groups?.rise && bad ? -1 : figured.index;
  // "they now run almost 10,000 concurrent build agents": a level reached, told as today's.
  const level = levelNow.exec(sentence);
  if (level) return level.index;
  const saving = savedAmount.exec(sentence);
  if (saving) return saving.index;
  const able = ableToChange.exec(sentence);
  if (able) return able.index;
  const helped = helpedChange.exec(sentence);
  if (helped) return (helped.groups?.cut ? bad : gain && !bad) ? helped.index : -1;
  const cut = changeVerb.exec(sentence);
  if (cut) return bad ? cut.index : -1;
  const grown = growthVerb.exec(sentence);
  return grown && gain && !bad ? grown.index : -1;
}

/** "a 44% improvement", "an 80% reduction": a change named with its figure, ending the sentence. */
const summingChange = /^\s*an?\s+(?:[\p{L}-]+\s+){0,2}?\d[\d.,]*\s*(?:x|%|percent|times)\s+(?:[\p{L}-]+\s+)?(?:improvement|increase|reduction|decrease|drop|rise|gain|cut|boost|uplift|jump)s?[\s.!]*$/iu;

/** The clause that says the result: "the team now spends $2,155 per month", not the sentence's "Instead of ..." before it. */
function resultClause(sentence: string, figures: Figure[], cue: number): string {
  // A comma between digits groups thousands ("$2,155"); it ends no clause.
  const clauseStarts = [0, ...[...sentence.slice(0, cue).matchAll(/[;:—–]|,(?!\d)/g)].map((m) => (m.index ?? 0) + 1)];
  let start = clauseStarts.at(-1)!;
  // "Average CI runtimes went from 39 minutes to 22 minutes, a 44% improvement": a change named after a comma
  // sums up the clause before it, which says what changed (#3).
  if (start > 0 && /[,—–]/.test(sentence[start - 1]!) && summingChange.test(sentence.slice(start))) start = clauseStarts.at(-2)!;
  const clauseEnd = (from: number) => {
    const stop = /[;—–]|,(?!\d)/.exec(sentence.slice(from));
    return stop ? from + stop.index : sentence.length;
  };
  let end = clauseEnd(cue);
  // "The results were tantalizing, amounting in over 150,000 organic impressions": a clause that only says a result
  // came runs on to the one that gives its figure (#3).
  const next = figures.find((f) => strongFigure(f) && f.start >= end);
  if (next && !figures.some((f) => strongFigure(f) && f.start >= start && f.end <= end)) end = clauseEnd(next.end);
  // A long clause ends with the last figure near the change: "bill went from $7k to a bit over $2k".
  const last = figures.filter((f) => f.end <= end && f.end > cue).at(-1);
  if (end - start > 120 && last) end = last.end;
  return sentence.slice(start, end).trim().replace(/[.;,]+$/, '');
}

/** Whose a result at `start` is: the roundup item it is told under, else the page's subject. */
const resultOwner = (study: CaseStudy, start: number) =>
  study.roundupItems.find(({ from, to }) => start >= from && start < to)?.name ?? study.subject;

/**
 * The success story a sentence of a case study tells: a good change after the
 * subject's action, in a results section, opening on the action, or said to be
 * the result. `start` is where the sentence stands in the text.
 */
export function caseStudyResult(sentence: string, figures: Figure[], start: number, study: CaseStudy): SuccessStory | undefined {
  if (!figures.some(strongFigure) || surveyed.test(sentence)) return undefined;
  if (study.aboutSections.some(([from, to]) => start >= from && start < to)) return undefined;
  const said = resultSaid.test(sentence);
  const opensOnAction = afterAction.test(sentence) || toolHelpedUs.test(sentence);
  const inResults = study.resultSections.some(([from, to]) => start >= from && start < to);
  // A page's summary may give its result before the story ("The result was a 10x reduction ..."). A customer
  // story's page may open with its "Results" section (#3); a news story's "TRUMP IMPACT" is no such section.
  // A sentence that opens on the action ("Post-integration, …", "Since adopting …") tells its result wherever it stands.
  if (start + sentence.length <= study.actedAt && !said && !opensOnAction && !(inResults && study.addressOrTitleSays)) return undefined;
  // A line of a list its lead-in says holds the subject's figures is one of them, a level reached.
  // So is a short line with a figure under a results heading, a line and not a sentence ("98 million
  // impressions in paid media"), not the writer's own ("We had around 4,500 visitors").
  const resultLine = inResults && isListedFigure(sentence) && !/[.!?]["”’)]?\s*$/.test(sentence) && !firstPerson.test(sentence);
  const listed = study.declared && (study.resultLists.some(([from, to]) => start >= from && start < to) || resultLine);
  // On a page that says it is a customer's story, a level stated for today is the story's end.
  const levelToday = listed || ((inResults || study.declared) && today.test(sentence));
  const plain = !inResults && !said && !levelToday && !opensOnAction;
  const improvement = study.declared ? clearImprovement(sentence, figures) : -1;
  // A delay cut told in durations, beside a figure of another kind, is read as one told alone: "bring down
  // our build times ... from 25 minutes to 5 minutes, and supported us growing to over 900 engineers".
  const timeCut = () => {
    const cut = mayHoldTimeCut(sentence) ? findTimeCut(sentence) : undefined;
    // "secured its first pilot in just two weeks, then raised $3.2M": beside figures, how soon is no result of its own.
    if (cut?.quick) return undefined;
    return cut && caseStudyTimeCut(sentence, cut, start, study);
  };
  if (plain && improvement < 0) return timeCut();
  // A result said to be one is good unless it is less of a gain.
  const saidGood = said && !(fallingWords.test(sentence) && gainMeasure.test(sentence));
  // A level stated for today is told after its opener: "Today, 90% of Panther Labs' platform runs on Windmill".
  const cue = levelToday ? (today.exec(sentence)?.[0].length ?? 0) : saidGood ? 0 : plain ? improvement : goodChange(sentence, figures, inResults);
  // "previously required ~1 week to complete across all 210 markets now finishes in ~2 hours": under a results
  // heading too, the cut is the result when the other figures tell no change (#3).
  if (cue < 0) return timeCut();
  return { organisation: resultOwner(study, start), result: resultClause(sentence, figures, cue) };
}

/** A cut someone needed or wanted, not one made: "Shopify needed to reduce their build times from 25 minutes to ...". */
const aimBefore = /(?<![A-Za-z])(?<!\p{L})(?:needed|needs|need|wanted|wants|want|aimed|aims|aim|hoped|hopes|hope|planned|plans|plan|had|has|have|trying|tried)\s+to\s+(?:[\p{L}'’-]+\s+){0,5}$/iu;
const aimedAt = (sentence: string, at: number) => aimBefore.test(sentence.slice(Math.max(0, at - 60), at));

/** A number of a duration: "30-40", "1.5", "fourteen", "half a". */
const durationNumber =
  String.raw`(?:\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|fifty|sixty|ninety|half\s+an?|an?)`;
const durationUnit = String.raw`(?:-|\s+)${durationUnits}(?!\p{L})`;
const lessThan = String.raw`(?:(?:just|only|about|around|roughly|less than|fewer than|under|below|sub-?|a\s+mere)\s*|~\s*)?`;
/** Words that say a duration is short: "in just 7 days", "in less than 3 hours", "in sub-3 minutes". */
const soon = String.raw`(?:just|only|a\s+mere|less\s+than|under|sub-)\s*`;
/**
 * A delay cut, told with durations alone, which are no figures of a statistic:
 * "reduce build times from 30-40 minutes to just 5 minutes", "went from
 * spending one day a week ... to less than four hours per week", "we dropped
 * that time down to 20 minutes", "taken what was a fourteen-day developer
 * onboarding process down to about half a day", "a pipeline that previously
 * took ~1 week now completes in ~2 hours", "shrank to just 10 days". Only
 * the durations' order is read: from more to less. A task done in a time
 * said to be short is read with them: "built the demo in only eight hours",
 * "completed in less than 3 hours" (#3: customer stories tell their speed so).
 */
const timeCut = new RegExp(
  String.raw`(?<![A-Za-z])(?<!\p{L})from\s+(?:spending\s+)?${lessThan}(?:(?<from>${durationNumber}${durationUnit})[^.;!?]{0,60}?\s(?:down\s+)?to\s+${lessThan}(?<to>${durationNumber}(?:${durationUnit})?)` +
    // "Deployment time reduced from 90 to 5-40 minutes": the first number takes the second's unit (#3, real36).
    String.raw`|(?<bareFrom>\d+(?:[.,]\d+)?)\s+(?:down\s+)?to\s+${lessThan}(?<unitTo>${durationNumber}${durationUnit}))` +
    String.raw`|(?<![A-Za-z])(?<!\p{L})(?:dropped|cut|reduced|shortened|brought|got|taken|took)\s+(?:[\p{L}'’-]+\s+){0,8}?down\s+to\s+${lessThan}(?<down>${durationNumber}${durationUnit})` +
    String.raw`|(?<![A-Za-z])(?<!\p{L})(?:shrank|shrunk|fell|dropped|reduced|cut|shortened)\s+to\s+(?<shrunk>${soon}${durationNumber}${durationUnit})` +
    String.raw`|(?<![A-Za-z])(?<!\p{L})in\s+(?<quick>${soon}${durationNumber}${durationUnit})` +
    String.raw`|(?<![A-Za-z])(?<!\p{L})previously\s+(?:took|required|needed|ran\s+for|lasted)\s+${lessThan}(?<before>${durationNumber}${durationUnit})[^.;!?]{0,80}?\snow\s+(?:completes|finishes|runs|takes|is\s+done)(?!\p{L})[^.;!?]{0,60}?\sin\s+${lessThan}(?<now>${durationNumber}${durationUnit})`,
  'iu',
);
/** Seconds in a unit: "minutes" → 60, "months" → about 30 days. */
const unitSeconds = (unit: string) =>
  /^(?:ms|milli)/i.test(unit) ? 0.001 : /^mo/i.test(unit) ? 2_629_800 : /^s/i.test(unit) ? 1 : /^mi/i.test(unit) ? 60 : /^h/i.test(unit) ? 3_600 : /^d/i.test(unit) ? 86_400 : /^w/i.test(unit) ? 604_800 : Number.NaN;
const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
};

/** "30-40 minutes" → 1800 (its lower end, in seconds), "half a day" → 43200; `unit` stands in when the text has none ("to fewer than four"). */
function seconds(duration: string, unit = ''): number {
  const m = /^([\d.,]+|\p{L}+(?:\s+an?)?)(?:\s*[-–]\s*\d+)?(?:-|\s+)?(\p{L}*)$/iu.exec(duration.trim());
  if (!m) return Number.NaN;
  const word = m[1]!.toLowerCase();
  const value = /^\d/.test(word) ? parseNumber(word) : word.startsWith('half') ? 0.5 : /^an?$/.test(word) ? 1 : (numberWords[word] ?? Number.NaN);
  return value * unitSeconds(m[2] || unit);
}

/** Where a sentence cuts a delay (from a longer to a shorter duration), with the durations as figures. */
export interface TimeCut {
  at: number;
  figures: Figure[];
  /** A task done in a short time ("in just 7 days"), not a duration cut. */
  quick?: true;
}

export function findTimeCut(sentence: string): TimeCut | undefined {
  const m = timeCut.exec(sentence);
  if (!m?.groups) return undefined;
  const down = m.groups.down ?? m.groups.shrunk ?? m.groups.quick;
  const to = m.groups.to ?? m.groups.now ?? m.groups.unitTo;
  const bareUnit = m.groups.bareFrom !== undefined ? /(\p{L}+)$/u.exec(to ?? '')?.[1] : undefined;
  const from = m.groups.from ?? m.groups.before ?? (bareUnit ? `${m.groups.bareFrom} ${bareUnit}` : undefined);
  const spot = (text: string, after = m.index): Figure => {
    const start = sentence.indexOf(text, after);
    return { text, start, end: start + text.length, type: 'change' };
  };
  if (down) return { at: m.index, figures: [spot(down)], ...(m.groups.quick ? { quick: true } : {}) };
  if (!from || !to) return undefined;
  const unit = /(\p{L}+)$/u.exec(from)?.[1];
  if (!(seconds(to, unit) < seconds(from))) return undefined;
  // "from 25 minutes to 5 minutes": the second is looked for after the first, not inside it.
  const first = spot(m.groups.bareFrom ?? from);
  return { at: m.index, figures: [first, spot(to, first.end)] };
}

/** Whether a paragraph may hold a delay cut: a cheap test before it is split into sentences. */
export const mayHoldTimeCut = (paragraph: string) =>
  /from |down |previously |just |only |mere |less than |under |sub-/i.test(paragraph) &&
  /sec|min|h(?:ou)?rs?|day|week|month|ms\b/i.test(paragraph) &&
  timeCut.test(paragraph);

/**
 * The success story of a sentence that cuts a delay, on a page that says it
 * is a customer's story ("OEM uses Garden's smart caching to reduce build
 * times from 30-40 minutes to just 5 minutes").
 */
export function caseStudyTimeCut(sentence: string, cut: TimeCut, start: number, study: CaseStudy): SuccessStory | undefined {
  if (start + sentence.length <= study.actedAt || surveyed.test(sentence) || aimedAt(sentence, cut.at)) return undefined;
  const inResults = study.resultSections.some(([from, to]) => start >= from && start < to);
  if (!study.declared && !inResults && !afterAction.test(sentence)) return undefined;
  return { organisation: resultOwner(study, start), result: resultClause(sentence, cut.figures, cut.at) };
}
