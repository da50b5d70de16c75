/**
 * Success stories: a named organisation or person did something and got a
 * concrete good result ("After moving support to Twitter, Comcast cut
 * response times by 40%", "Blendtec's 'Will It Blend?' videos lifted sales
 * 700%"). Three things must be present: a result verb with a figure after it
 * (or a figure verb: "doubled"), an action cue ("after", "by ...ing", "campaign",
 * "video"...), and a named actor before the verb.
 */
import { countNouns, type Figure, strongFigure } from './figures';
import { noOne, openCondition } from './statistic';

export interface SuccessStory {
  organisation: string;
  result: string;
}

/** What counts an audience: a milestone reached in these is a result ("hit over 20 million views"). */
const audienceNouns =
  'views|followers|subscribers|downloads|plays|streams|impressions|users|members|customers|sign-?ups|fans|listeners|readers|emails|visitors|visits|signatures|supporters|backers|donors|pledges|entries|submissions|registrations|attendees|participants|shares|likes|retweets|mentions';

/** Verbs that are a result only when what followed is good, as after "saw": not "led to a 30% drop in sales". */
const ledTo = /^(?:resulted in|results in|led to|leads to|leading to)$/i;
/** An audience counted right after: "leading to 24 million views". */
const audienceAfter = new RegExp(String.raw`^\s+(?:over\s+|more than\s+|nearly\s+|almost\s+|about\s+|some\s+)?[\d.,]+\s?(?:k|m|million|billion|thousand)?\+?\s+(?:new\s+)?(?:${audienceNouns})(?!\p{L})`, 'iu');
/** Verbs that are a result only with a sum of money right after them: not "made 3 acquisitions", "received 40% of the vote". */
const moneyOnly = /^(?:made|making|received)$/i;
const moneyRightAfter = /^\s*(?:(?:over|almost|nearly|about|around|roughly|some|more than|close to|upwards of|just over|just under|an extra|another)\s+)?$/i;

/** Verbs of getting money that may be investors' capital, not a result: see investorFunding. */
const raisingCapital = /^(?:raised|raises|secured|closed|landed|received)$/i;
/** Words of a company's funding from investors: a round, a stage, the investors, a listing. */
const investorFunding =
  /(?<![A-Za-z])(?<!\p{L})(?:series\s+[a-f]|(?:pre-)?seed|funding|financing|investors?|investment|venture|VCs?|equity|valuation|round|IPO|offering|listing|capital)(?!\p{L})/iu;
/**
 * Words of a race for office: what a candidate or a PAC raised is a campaign-finance total, reported as
 * news, not what came of something done ("a super PAC backing Jeb Bush raised $103.2 million as of July",
 * "when Mr. Obama had been in the race ..., he had raised $58.9 million"; #3, real33).
 */
const politicalFunding =
  /(?<![A-Za-z])(?<!\p{L})(?:super\s+PACs?|PACs?|political\s+action\s+committees?|in\s+the\s+race|candidates?|candidacy|nominee|donors?|primar(?:y|ies)|(?:re-?)?election|campaign\s+(?:committee|coffers|finance))(?!\p{L})/u;

/** "... and saw", "... and in turn saw": a result seen after something done. */
const doneThenSaw = /(?<![A-Za-z])(?<!\p{L})and\s+(?:then\s+|in turn\s+|as a result\s+)?(?:saw|has seen|have seen)(?!\p{L})/iu;
const thenSaw = /(?<![A-Za-z])(?<!\p{L})and\s+(?:then\s+|in turn\s+|as a result\s+)?$/iu;
/** Verbs of doing something new: "started sending reminders", "replaced four spreadsheets" (#3). */
const doingVerbs =
  'started|began|launched|introduced|rolled out|switched|replaced|adopted|automated|rebuilt|redesigned|partnered|teamed up|moved\\s+(?:its|their|his|her)|migrated|shifted|turned to|tested';
/**
 * "Acme, which switched to Northgate last year, saw sales rise 40%": what the actor did, told in a clause of its
 * own, then what it saw (#3).
 */
const whichDidThenSaw = new RegExp(
  `(?<![A-Za-z])(?<!\\p{L})(?:which|who)\\s+(?:had\\s+|has\\s+)?(?:${doingVerbs})(?!\\p{L})[^,.;!?]{0,80},\\s+(?:saw|has seen|have seen)(?!\\p{L})`,
  'iu',
);

/** What follows a figure to say what changed: "increase in visitors", "more conversions", "rise in sales". */
const changeOf =
  /^\s+(?:(?:increase|rise|jump|growth|lift|uplift|boost|improvement|gain|decrease|drop|reduction|fall|decline|cut)\s+(?:in|of)\s+|more\s+|fewer\s+|less\s+|higher\s+|lower\s+)(?:[\p{L}\p{N}'’-]+)(?:\s+(?!and\b|but\b|in\b|by\b|after\b|within\b|from\b|over\b|during\b|for\b|on\b|at\b|with\b)[\p{L}\p{N}'’-]+){0,3}/iu;
/** Result verbs in the present tense, and "now" before one. */
const presentTense = /^(?:cuts|reduces|lifts|boosts|increases|improves|saves|generates|drives|gains|reaches|grows|delivers|attracts)$/i;
const nowBefore = /(?<![A-Za-z])(?<!\p{L})now\s+(?:\p{L}+\s+)?$/iu;
const sinceItsBirth = /^\W*since\s+(?:its|their|his|her)\s+(?:founding|foundation|launch|inception|creation|start|beginning|debut|birth)(?!\p{L})/iu;
const imagined = /^\W*(?:suppose|imagine|picture this|let['’]s say)(?!\p{L})/iu;

/** "saw", "is seeing": a result only when what was seen is good (see goodAfterSaw, lowerCostAfterSaw). */
const sawVerbs = 'saw|sees|has seen|have seen|is seeing|are seeing|was seeing|were seeing';
const sawVerb = new RegExp(`^(?:${sawVerbs})$`, 'i');

/**
 * Verbs of a good result; `intransitive` ones (group 2) have the measure as
 * their subject. German and French compound forms ("konnte ... steigern",
 * "hat ... verdoppelt", "a pu augmenter") start at the auxiliary, so the
 * figure between it and the verb is found after the match's start.
 */
const resultVerb = new RegExp(
  '(?<![A-Za-z])(?<!\\p{L})(?:(' +
    [
      // English
      'cut|cuts|reduced|reduces|slashed|lowered|halved|trimmed|lifted|lifts|boosted|boosts|increased|increases|raised',
      'doubled|tripled|quadrupled|multiplied|improved|improves|saved|saves|generated|generates|drove|drives|brought in',
      'brought|won|gained|gains|attracted|earned|sold|reached|reaches|added|secured|landed|grew|grows|grown|helped|achieved',
      'recovered|recouped|regained|won back|retained|converted|signed up|signed|logged|booked|collected|drew|opened|topped|drive',
      // "Guthrie made almost $3,000 within 3 days", "received over $100 million in donations": money only (see moneyOnly).
      'made|making|received',
      // "The new strategy delivered a 38% open rate on mobile".
      'delivered|delivers',
      // "Rebuilding Pinterest pages for performance resulted in a 40% decrease in wait time".
      'resulted in|results in|led to|leads to|leading to',
      // "Redwood now handles 65% of claims without an agent", "his posts now average 25,000 impressions":
      // a level reached, said as the change it is (#3).
      'now\\s(?:receives|receive|reaches|reach|serves|serve|hosts|host|average|averages|gets|brings in|bring in|handles|handle|answers|answer|draws|draw|attracts|attract|generates|generate|fills|fill|processes|process|sells|sell|books|book|wins|win)',
      // "Boeing also managed to attract bids for some 60 jets": an effort that paid off (#3).
      // "Instabase is able to store 50K+ tenants": what the actor can now do at a scale, after what it did.
      // "was able to significantly reduce query times by 67%": an adverb may stand between (#3, real34).
      '(?:managed to|claimed to|claims to|(?:is|are|was|were) able to)\\s(?:\\p{L}+ly\\s)?(?:attract|win|sell|cut|reduce|double|triple|grow|raise|boost|increase|improve|secure|land|sign|add|gain|reach|save|recover|halve|store|support|handle|process|serve|scale to|ship|deploy|index|ingest)',
      // "Trackstack improved performance, reducing query times by 67%": a result told in a clause of its own,
      // after a comma; "By reducing prices 20%, ..." opens on what was done, and no comma comes before it (#3, real34).
      '(?<=,\\s{1,3})(?:reducing|cutting|lowering|halving|slashing|increasing|boosting|doubling|tripling|raising|lifting|saving|freeing up|improving|growing)',
      // "The Lincoln Aviator video ad hit over 20 million views", "reaching 25 million views within a week":
      // a milestone only when what is counted is an audience (#3).
      // "used a landing page to gather 100,000 emails", "the campaign had garnered over 100,000 signatures":
      // an audience gathered (#3).
      `(?:hit|hits|reaching|passed|crossed|topped|gather|gathered|garnered|amassed|racked up)(?=\\s+(?:over\\s+|more than\\s+|nearly\\s+|almost\\s+|about\\s+|some\\s+)?(?:\\d[\\d.,]*\\s?(?:k|m|million|billion|thousand)?|one|two|three|four|five|six|seven|eight|nine|ten)(?:\\s+(?:million|billion|thousand))?\\+?\\s+(?:new\\s+|organic\\s+)?(?:${audienceNouns})(?!\\p{L}))`,
      // "beat its crowdfunding goal fourfold": a goal or a record only (see beatenGoal).
      'beat|beats|exceeded|exceeds|surpassed|smashed',
      // "Adobe ... saw click-through rates 3x higher": a good result only (see goodAfterSaw).
      sawVerbs,
      // German
      'steigerte|steigerten|erhöhte|erhöhten|senkte|senkten|verdoppelte|verdoppelten|verdreifachte|verdreifachten',
      'halbierte|halbierten|vervielfachte|gewann|gewannen|erzielte|erzielten|erreichte|erreichten|generierte|verkaufte',
      'verbesserte|reduzierte|reduzierten|sammelte|gewinnt|steigert|senkt|erzielt|verdoppelt',
      '(?:konnte|konnten|hat|haben|hatte|hatten)\\s[^.;:!?]{0,90}?(?<![A-Za-z])(?<!\\p{L})(?:steigern|erhöhen|senken|verdoppeln|' +
        'verdreifachen|halbieren|reduzieren|verbessern|gewinnen|gesteigert|erhöht|gesenkt|verdoppelt|verdreifacht|' +
        'halbiert|reduziert|verbessert|gewonnen|erzielt|generiert|verkauft)',
      // French
      "a réduit|a augmenté|a doublé|a triplé|a multiplié|a divisé|a gagné|a attiré|a atteint|a généré|a vendu",
      "a amélioré|a accru|a conquis|a séduit|a recruté|a économisé|a dépassé|ont réduit|ont augmenté|ont doublé",
      // "a fait passer le taux d'ouverture de 18 % à 31 %": the result is the change the actor made.
      "(?:a|ont)\\sfait\\s(?:passer|grimper|bondir|progresser|baisser|chuter|tripler|doubler)",
      "a pu\\s(?:augmenter|réduire|doubler|tripler|multiplier|diviser|gagner|attirer|atteindre|générer|vendre|améliorer|accroître)",
      // "Veja a vu ses ventes bondir de 40 %": the measure between the auxiliary and the verb.
      "(?:a|ont)\\svu\\s[^.;:!?]{0,60}?(?<![A-Za-z])(?<!\\p{L})(?:bondir|grimper|progresser|augmenter|doubler|tripler|exploser|croître|décoller)",
      // Spanish
      'aumentó|incrementó|redujo|recortó|duplicó|triplicó|multiplicó|alcanzó|logró|consiguió|generó|ganó|vendió',
      'mejoró|elevó|captó|atrajo|sumó|ahorró|disparó|rebajó',
      'incrementaron|redujeron|duplicaron|triplicaron|alcanzaron|lograron|consiguieron|generaron|ganaron|vendieron',
      'ha(?:n)?\\s(?:aumentado|incrementado|reducido|recortado|duplicado|triplicado|multiplicado|alcanzado|logrado|' +
        'conseguido|generado|ganado|vendido|mejorado|captado|atraído|sumado)',
    ].join('|') +
    ')|(' +
    [
      'rose|rises|jumped|soared|climbed|surged|increased|grew|went up|improved|doubled|tripled|was viewed|were viewed',
      'was watched|was shared',
      // "Brightwater's spring sales were up 140%", "Fernway's channel went from nothing to 300,000 subscribers".
      'were up|was up|went from|grew from|jumped from',
      // "Sales have risen 30% since ...", "bookings are up 40%".
      'risen|is up|are up|gone up',
      // A fall is a good result only for a cost, a delay or a loss (see badMeasure): "no-shows dropped by 27%".
      'fell|dropped|decreased|declined|went down|came down|shrank|fallen',
      'stieg|stiegen|wuchs|wuchsen|kletterte|kletterten|legte|legten|sank|sanken',
      'a progressé|ont progressé|a bondi|ont bondi|a grimpé|ont grimpé|a explosé|ont explosé',
      'creció|crecieron|subió|subieron|aumentaron|se disparó|se dispararon|se duplicó|se duplicaron|se triplicó|se triplicaron',
      'pasó de|pasaron de',
    ].join('|') +
    '))(?!\\p{L})',
  'giu',
);

/** Verbs of a fall. */
const falling = /^(?:fell|dropped|decreased|declined|went down|came down|shrank|fallen|sank|sanken)$/iu;
/** Measures of a cost, a delay or a loss, web pages' load timings too ("DCL actually increased 15%"): a fall in one is a good result. */
export const badMeasure =
  /(?<![A-Za-z])(?<!\p{L})(?:costs?|bills?|spend|spending|expenses|latency|latencies|downtime|outages|no-shows|returns|return rate|errors?|complaints?|churn|abandonment|bounce rate|cancellations|refunds|chargebacks|defects|attrition|backlog|tickets|calls|(?:waiting|wait|response|processing|handling|resolution|load|loading|delivery|turnaround|onboarding|build|deploy|deployment|release|cycle|lead|run)\s+times?|runtimes?|turnaround|days to \p{L}+|LCP|FCP|TTFB|DCL|TTI|INP|TBT)(?!\p{L})/iu;

/** After "saw": less of a cost or a delay is a good result too ("saw a 40% lower response time", #3). */
const lowerAfterSaw = /^[^.;]{0,40}?(?<![A-Za-z])(?<!\p{L})(?:lower|less|fewer|shorter|reduced|reduction in|decrease in|drop in|fall in|cut in)\s/iu;
function lowerCostAfterSaw(rest: string): boolean {
  const lower = lowerAfterSaw.exec(rest);
  return lower !== null && badMeasure.test(rest.slice(lower[0].length, lower[0].length + 40));
}

/** After "beat": the actor's own goal or record ("beat its crowdfunding goal"), not a rival or a forecast. */
const beatenGoal = /^\s+(?:its|their|his|her|the)\s+(?:[\p{L}-]+\s+){0,2}(?:goal|target|record)s?(?!\p{L})/iu;

/** After "saw": the result must be a gain ("saw sales rise 30%", "saw 3x higher rates"), not "saw sales fall". */
const goodAfterSaw =
  /^[^.;]{0,80}?(?<![A-Za-z])(?<!\p{L})(?:increase[sd]?|rise|rising|rose|jump|jumped|growth|grow|grew|boost|lift|gain|uplift|improvement|improve[sd]?|higher|more|better|faster|climb(?:ed|ing|s)?|soar(?:ed|ing|s)?|surge[ds]?|surging|skyrocket(?:ed|ing|s)?|doubl\p{L}*|tripl\p{L}*|record)(?!\p{L})/iu;

/**
 * Channels: a result on one ("duplicó sus ventas por WhatsApp") says the actor
 * did something there, unless the channel is the actor itself ("Facebook's
 * revenue rose").
 */
const channelWords = 'whatsapp|instagram|tiktok|facebook|youtube|linkedin|pinterest|twitter|snapchat|threads|reels|messenger|email|e-mail|sms|webinars?|seo';
const channel = new RegExp(`(?<![A-Za-z])(?<!\\p{L})(?:${channelWords})(?!\\p{L})`, 'giu');

/** A name made only of channels: "Facebook Ads", "Facebook and Instagram", "Instagram Stories". */
const channelPart = `(?:${channelWords}|ads?|and|&|stories|live|pages?)`;
const channelsOnly = new RegExp(`^${channelPart}(?:\\s+${channelPart})*$`, 'iu');
export const isChannelName = (name: string): boolean => channelsOnly.test(name.trim());

/** The same, to test for one: a global pattern's `test` would leave its position for the next `matchAll`. */
const anyChannel = new RegExp(channel.source, 'iu');

/** Words of doing: a connective that introduces the action ("after", "by ...ing", "grâce à"). */
const actionConnectives = [
  'after|when|by\\s+\\p{L}+ing|thanks to|through|following|since\\s+\\p{L}+ing|within',
  // An effort that paid off: "managed to attract bids for some 60 jets" (#3).
  'managed to|was able to|were able to|is able to|are able to',
  // German
  'nach dem|nach der|nach einer|nach einem|nachdem|durch|dank|mit seiner|mit ihrer|mit seinem|mit ihrem|mit dem',
  'mit der|mit einer|mit einem|seit',
  // French
  'grâce à|grâce au|grâce aux|après|avec sa|avec son|avec ses|depuis',
  // Spanish
  'tras|gracias a|después de|con su|con sus|con una|con un|mediante',
];
/** Things an actor runs: a campaign, videos, a channel or an activity. */
const activities = [
  'campaign|campaigns|video|videos|lens|filter|replies|posts|channel|program|programme|strategy|initiative',
  'launch|launched|launching|contest|challenge|hashtag|ads|account|page|app|referral|newsletter|chatbot|podcast',
  // Channels that are an activity in any language: "seinen Umsatz über Social Commerce".
  'social commerce|social media|influencers?|live shopping|livestream',
  // German
  'kampagne|kampagnen|start|einführung|programm|kanal|aktion',
  // French
  'campagne|application|vidéos|lancement|opération',
  // Spanish
  'campaña|programa|aplicación|vídeo|vídeos|lanzar|lanzamiento|estrategia',
];
const wordsOf = (alternatives: string[]) => `(?<![A-Za-z])(?<!\\p{L})(?:${alternatives.join('|')})(?!\\p{L})`;
/** Something the actor did. */
const actionCue = new RegExp(wordsOf([...actionConnectives, ...activities]), 'iu');
/** An activity named outright, not only a connective that may introduce one (#3). */
const activityCue = new RegExp(wordsOf(activities), 'iu');

const openers = new Set(
  (
    'After When By Thanks Through Following Since With Within In The A An Its Their Our We They It This That These ' +
    'Those Once As While Before Today Now Last Next Then But And So Also However Meanwhile According One ' +
    // "Over the pilot, the program generated ...", "For Hartwell's, ...": prepositions opening a clause (#3).
    'Over For At During Across From Between Among Despite Without Using Under Until ' +
    // "How The Skimm's readership ...", "Considering Volvo truck sales ...", "Additionally, ...": no name (#3).
    'How Why What Considering Additionally Finally Instead Moreover Furthermore Currently Previously Recently Overall ' +
    'Initially Ultimately Together Likewise Similarly Notably Plus Not Yes No ' +
    // "Still, the email list grew to 47", "Judging from the current application of Yili, ...": an adverb or a
    // participle opening the clause names no one (#3, real36, real43).
    'Still Judging Looking Speaking Given Based Compared ' +
    // "Most brands posted more often": a quantity of things, no name.
    'Most Many Some All Every Each Several Few Both Half Other Such ' +
    'Nach Nachdem Durch Dank Mit Seit Als Im In Der Die Das Den Dem Auch Laut Bei Innerhalb Trotz Grâce Après Avec ' +
    'Depuis Le La Les En Un Une Selon Tras Gracias Después Con Según El Los Las Al Del'
  ).split(' '),
);
const notActors = new Set(
  (
    'I We You He She They It Our Their My Your His Her Its This That These Those The A An ' +
    // The writer, contracted: "I've" names no one (#3).
    "I've I’ve I'm I’m I'd I’d I'll I’ll We've We’ve We're We’re " +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'British American German French European Chinese Japanese Indian Canadian Australian Spanish Italian Dutch ' +
    'Swedish Korean UK US U.S. U.K. EU Internet Web Online CEO CMO CTO'
  ).split(' '),
);

/** Runs of capitalised words (with "&", "de", "of" inside): "Dollar Shave Club's". */
const nameRun =
  /(?<![\p{L}\p{N}])(?:[@#]?\p{Lu}[\p{L}\p{N}&.'’-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)(?:\s+(?:(?:&|and|de|of|du)\s+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*))*/gu;

/**
 * Words that describe the actor before its name: "the Dutch bank bunq", "die
 * Drogeriekette dm", "la marque Sézane". The name after one may be written in
 * lower case.
 */
const descriptorWords =
  'brand|retailer|e-?tailer|company|firm|start-?up|bank|chain|maker|manufacturer|platform|marketplace|airline|' +
  'grocer|label|publisher|agency|site|app|service|' +
  'Marke|Modemarke|Händler|Onlinehändler|Online-Händler|Versandhändler|Einzelhändler|Kette|Drogeriekette|' +
  'Handelskette|Supermarktkette|Bank|Direktbank|Hersteller|Plattform|Konzern|Unternehmen|Anbieter|Versender|' +
  // German compounds that end in one: "Drogeriemarktkette", "Sportartikelhändler".
  '\\p{Lu}\\p{Ll}+(?:kette|händler|marke|konzern|hersteller|anbieter|versender)|' +
  'Fluggesellschaft|Modehändler|Möbelhändler|' +
  'marque|enseigne|entreprise|banque|plateforme|chaîne|groupe|société|jeune pousse|' +
  'marca|cadena|empresa|banco|plataforma|aerolínea|tienda|compañía|firma';
const descriptorThenName = new RegExp(
  // Not "in-app help": a describing word inside a compound describes nothing.
  `(?<![\\p{L}-])(?:${descriptorWords})\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}&.°'’-]*)`,
  'giu',
);
const descriptorOnly = new RegExp(`^(?:${descriptorWords})\\s$`, 'iu');
const descriptorStart = new RegExp(`^(?:(?:[LlDd]['’])?(?:${descriptorWords})\\s+)+`, 'iu');
/** "bol.com", "booking.com", "zalando.de": domain names stand for their company in any case. */
const domainName =
  /(?<![\p{L}\p{N}@./])[\p{L}\p{N}][\p{L}\p{N}-]*\.(?:com|de|fr|nl|es|it|io|co|net|org|at|ch|be|eu|se|dk|pl|co\.uk)(?![\p{L}\p{N}])/gu;
/** Lower-case words that may open a sentence without naming anyone. */
const lowerOpeners = new Set(
  'and but or so the a an in on at for with to of by if as e.g. i.e. etc. und oder aber et ou mais y o pero'.split(' '),
);
/** Words after "the company" that go on with the sentence, not name it: "The company has grown to ..." (#3). */
const verbsAfterDescriptor = new Set(
  'has have had is are was were will would can could should may might must also now then still just already recently said says reported announced that which who whose itself'.split(' '),
);
/** Lower-case subjects that name no one: pronouns and the measures themselves. */
const commonSubjects = new Set(
  (
    'it they we he she you i this that these those which who what one revenue revenues sales traffic growth profit ' +
    'profits income engagement conversions conversion turnover membership spending costs prices usage demand ' +
    'es sie er wir man il elle ils elles on nous ello ella ellos ellas'
  ).split(' '),
);
/** Measures that open a clause: "Attendance tripled" is told of the business the story is about (#3). */
const measureOpeners = new Set(
  'attendance turnout enrolment enrollment enrolments enrollments ridership readership viewership retention reach sales revenue revenues orders bookings signups sign-ups registrations leads conversions traffic engagement downloads subscriptions'.split(' '),
);
/** Common nouns that open a clause capitalised: counted things, measures and crowds. */
const commonOpeners = new Set([
  ...countNouns,
  ...'creators bookings appointments preorders pre-orders enquiries inquiries revenue revenues profit profits traffic growth engagement conversions membership wealth income spending wages salaries earnings'.split(' '),
  ...measureOpeners,
]);
/** German articles and possessives: a capitalised word after one is a common noun ("die Kosten"). */
const germanArticle = /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|unser|unsere)\s+$/i;
/** German words that open a main clause without being its subject: the subject follows the verb. */
const germanFronted =
  /^(?:nach|nachdem|durch|dank|mit|seit|im|in|bei|innerhalb|trotz|allein|zuletzt|insgesamt|so|damit|dadurch|auch|zudem|außerdem|laut|binnen|schon|bereits)(?!\p{L})/iu;

/** A capitalised -ing word, and what follows a doing that opens a clause ("Adding a ...", "Sending your ..."); not "Boeing said". */
const gerund = /^\p{Lu}\p{Ll}+ing$/u;
/** "A study found that ...": what follows is a finding about people in general, not one organisation's result. */
const foundInGeneral = /(?<![A-Za-z])(?<!\p{L})(?:found|finds|find|shows|showed|revealed|reveals|suggests)\s+that\s/iu;
/** "would have liked to have": what follows was wished for, not got. */
const wishedBefore = /(?<![A-Za-z])(?<!\p{L})(?:would|['’]d)\s+(?:have\s+)?(?:liked|like|loved|love|preferred|wanted)\s+to\s+(?:have\s+)?$/iu;
/** "never managed to", "did not help": what follows was denied. */
const deniedBefore = /(?<![A-Za-z])(?<!\p{L})(?:never|not|no longer|n['’]t)\s+(?:\p{L}+\s+)?$/iu;
/** A verb and an article before a name: the name is what was received, won or used, not who acted. */
const objectOfVerb = /(?<![A-Za-z])(?<!\p{L})(?:receive|received|receiving|win|won|winning|get|got|getting|use|used|using|buy|bought|join|joined)\s+(?:the|a|an)\s+$/iu;
/** A verb in the past tense right before a name: the name is its object ("used Thought Leader Ads"); not "a firm called Acme". */
const verbBefore = /(?<![A-Za-z])(?<!\p{L})(?!(?:called|named|dubbed|nicknamed|renamed|titled)\s)(?:\p{Ll}{2,}ed|used|made|bought|chose|built|ran|took|got|hired|won)\s+$/u;
/** Doings that open a sentence before the name they were done to: "Rebuilding Pinterest pages ...". */
const doingGerunds = new Set(
  'adding adopting building creating implementing launching migrating moving optimising optimizing partnering rebuilding redesigning running sending switching'.split(' '),
);
const gerundObject = /^\s+(?:a|an|the|your|their|its|our|his|her|my|this|that|these|those|more|new)\s/;

interface Run {
  name: string;
  start: number;
  end: number;
  possessive: boolean;
}

function maskQuotes(text: string): string {
  return text.replace(/[“"][^“”"]{1,80}[”"]|(^|\s)[‘'][^‘’']{1,80}[’'](?=[\s,.;:]|$)/g, (m) => ' '.repeat(m.length));
}

const isGerman = (lang: string | undefined) => /^de(?![a-z])/i.test(lang ?? '');
const romance = (lang: string | undefined) => /^(?:es|fr|pt|it)(?![a-z])/i.test(lang ?? '');

/** A run's name with a describing word before it dropped: "L'enseigne Picard" → "Picard". */
function withoutDescriptor(run: Run): Run | undefined {
  const m = descriptorStart.exec(run.name);
  if (!m) return run;
  const name = run.name.slice(m[0].length);
  return name ? { ...run, name, start: run.start + m[0].length } : undefined;
}

/** Names before `limit`: capitalised runs, lower-case names after a describing word, domain names, a lower-case first word. */
function runsIn(text: string, limit: number, lang?: string, afterVerb = false): Run[] {
  const runs: Run[] = [];
  const german = isGerman(lang);
  nameRun.lastIndex = 0;
  for (let m = nameRun.exec(text); m && m.index < limit; m = nameRun.exec(text)) {
    let name = m[0];
    let start = m.index;
    let end = Math.min(m.index + name.length, limit);
    name = name.slice(0, end - start);
    // Drop a capitalised sentence opener: "After", "When", "The".
    const atClauseStart = start === 0 || /[,;:(—–-]\s*$|^\s*$/.test(text.slice(Math.max(0, start - 3), start));
    let words = name.split(/\s+/);
    while (words.length && (openers.has(words[0] ?? '') && (atClauseStart || words.length > 1))) {
      start += (words[0] ?? '').length + 1;
      words = words.slice(1);
    }
    while (words.length && /^(?:&|and|de|of|du)$/.test(words[0] ?? '')) {
      start += (words[0] ?? '').length + 1;
      words = words.slice(1);
    }
    // "Adding a product video ... has increased conversions": a doing opens the clause, and names no one (#3).
    if (atClauseStart && words.length === 1 && gerund.test(words[0] ?? '') && gerundObject.test(text.slice(m.index + m[0].length))) continue;
    // "Rebuilding Pinterest pages ... resulted in": the name is what the doing was done to.
    if (atClauseStart && words.length > 1 && doingGerunds.has((words[0] ?? '').toLowerCase())) {
      start += (words[0] ?? '').length + 1;
      words = words.slice(1);
    }
    name = words.join(' ').replace(/[.,;:]+$/, '');
    // "Taco Bell's Cinco de Mayo lens", "Atlassian’s Bitbucket DevSpeed team": the owner is the name before the
    // possessive; what follows it is the owner's thing, not part of its name (#3).
    const owned = /^[^\s'’]+(?:\s+[^\s'’]+)*?(?:'s|’s)(?=\s)/u.exec(name);
    if (owned) {
      name = owned[0];
      end = start + name.length;
    }
    const possessive = /(?:'s|’s|'|’)$/.test(name);
    name = name.replace(/(?:'s|’s|'|’)$/, '');
    if (!name) continue;
    const described = descriptorStart.test(`${name} `);
    const run = withoutDescriptor({ name, start, end, possessive });
    if (!run) continue;
    name = run.name;
    start = run.start;
    if (notActors.has(name) || name.length < 2 || /^\d/.test(name)) continue;
    // "Top-performing salespeople", "Best-selling authors": a capitalised word whose part after the hyphen is in lower
    // case describes people, it names no one (#3, real41); names join capitals ("Coca-Cola", "Rolls-Royce").
    if (/^\p{Lu}\p{Ll}*-\p{Ll}[\p{Ll}-]*$/u.test(name)) continue;
    // "Subscribers grew 40%", "Creators who joined ...": a capitalised common noun opening a clause is the measure
    // or a crowd, not a name (#3).
    if (!german && atClauseStart && !/\s/.test(name) && !possessive && commonOpeners.has(name.toLowerCase())) continue;
    // "Exposure to just one mobile ad campaign increased ...": a single capitalised word opening a clause with
    // "to" after it is a noun and its object, not a name (#3, real25).
    if (!german && atClauseStart && !/\s/.test(name) && !possessive && /^\s+to\s/.test(text.slice(end, end + 4))) continue;
    // German capitalises every noun: one after an article or possessive is not a name ("die Kosten").
    if (german && !afterVerb && !described && germanArticle.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "35.000 Aufrufe", "jedes Reel", "alle Filialen": counted or quantified common nouns, on either side of the verb.
    if (german && /\d\s+$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    if (german && /(?:^|\s)(?:jede[rsmn]?|alle[nms]?|viele[nr]?|manche[nr]?|einige[nr]?|mehrere[nr]?)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    // The object of a preposition is a channel or a place, not the actor: "on Twitter", "to Facebook".
    const before = text.slice(Math.max(0, start - 12), start);
    // Nor is the object of a verb: "to receive the YouTube Silver Play Button after reaching 100K subscribers",
    // "Adobe used Thought Leader Ads from its CMO and saw ..." (#3).
    if (!possessive && (objectOfVerb.test(text.slice(Math.max(0, start - 24), start)) || verbBefore.test(text.slice(Math.max(0, start - 16), start)))) continue;
    if (!possessive && /(?:^|\s)(?:on|to|via|with|through|from|in|at|into|onto|for|by|of|across|using)\s+$/i.test(before)) continue;
    if (german && !possessive && /(?:^|\s)(?:pro|für|von|vom|bei|beim|auf|über|unter|mit|nach|aus|zu|zum|zur|im|am|per)\s+$/i.test(before)) continue;
    // Spanish and French own with "de": "las reservas de Ruta Norte crecieron", "les ventes de Sézane ont bondi",
    // also before a name whose article was dropped ("las ventas de La Hoja", #3).
    const ownedWithDe =
      romance(lang) &&
      [before, text.slice(Math.max(0, m.index - 12), m.index)].some((b) => /(?:^|\s)(?:de|del|du|des|d['’])\s*$/i.test(b));
    runs.push({ name, start, end, possessive: possessive || ownedWithDe });
  }
  const extra = (name: string, start: number) => {
    const end = start + name.length;
    if (start >= limit || runs.some((r) => start < r.end && end > r.start)) return;
    const possessive = /(?:'s|’s)$/.test(name);
    runs.push({ name: name.replace(/(?:'s|’s)$/, '').replace(/[.,;:]+$/, ''), start, end, possessive });
  };
  // "the Dutch bank bunq", "die Drogeriekette dm": a lower-case name after a describing word.
  descriptorThenName.lastIndex = 0;
  for (let m = descriptorThenName.exec(text); m; m = descriptorThenName.exec(text)) {
    const name = m[1] ?? '';
    // Not a common word: "its app launch", "the company website" (#3).
    const common = name.toLowerCase();
    if (/^\p{Ll}/u.test(name) && !lowerOpeners.has(common) && !verbsAfterDescriptor.has(common) && !countNouns.has(common) && !commonSubjects.has(common) && !activityCue.test(name) && name.length >= 2) {
      extra(name, m.index + m[0].length - name.length);
    }
  }
  domainName.lastIndex = 0;
  for (let m = domainName.exec(text); m; m = domainName.exec(text)) extra(m[0], m.index);
  // A sentence opening in lower case opens with a name ("idealo increased ..."), list markers aside.
  const first = /^(?:\d{1,2}[.)]\s+|[-•*]\s+|["“‘'(]\s*)?(\p{Ll}[\p{L}\p{N}&.°'’-]*)/u.exec(text);
  if (first?.[1] && !lowerOpeners.has(first[1].toLowerCase()) && first[1].length >= 2) {
    extra(first[1], first[0].length - first[1].length);
  }
  return runs.sort((a, b) => a.start - b.start);
}

/**
 * Chinese: "拼多多通过“百亿补贴”活动，使平台年度活跃买家增长了1亿": the actor opens the
 * sentence before a word of means (通过, 借助, 凭借...), and a result verb has a figure after it.
 */
const chineseActor = /^([\p{Script=Han}\p{L}\p{N}·&]{2,12}?)(?:通过|借助|凭借|依靠|得益于|利用)/u;
const chineseResult = /(?:增长了?|提升了?|提高了?|增加了?|降低了?|减少了?|节省了?|吸引了|带来了|翻了一番)/gu;

function chineseStory(sentence: string, figures: Figure[]): SuccessStory | undefined {
  const actor = chineseActor.exec(sentence);
  if (!actor?.[1]) return undefined;
  chineseResult.lastIndex = 0;
  for (let m = chineseResult.exec(sentence); m; m = chineseResult.exec(sentence)) {
    const verbStart = m.index;
    const figure = figures.find((f) => f.end > verbStart && f.start <= verbStart + m[0].length + 12 && strongFigure(f));
    if (!figure) continue;
    const clause = Math.max(sentence.lastIndexOf('，', verbStart), sentence.lastIndexOf(',', verbStart)) + 1;
    return { organisation: actor[1], result: sentence.slice(clause, Math.max(figure.end, verbStart + m[0].length)).trim() };
  }
  return undefined;
}

/**
 * A result in the words of a named person: "'We cut churn by a third,' said
 * Ana Ruiz, COO of Tallyfy", "«Hemos reducido un 30% lo que nos cuesta cada
 * cliente», explica Iker Etxeberria, fundador de Ruta Norte". The speaker's
 * "we" is their organisation (named after "of", "at", "de"), else the speaker.
 */
const quotation = /[“"«]([^“”"«»]{10,300})[”"»]/gu;
const attribution =
  /^[\s,]*(?:(?:said|says|explains|explained|adds|added|told \p{L}+|wrote|writes|recalls|explica|afirma|dice|cuenta|señala|sagt|erklärt|explique|raconte|ajoute)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3})|((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:said|says|explains|explained|added|adds|wrote|recalls))(?!\p{L})/u;
const speakersOrganisation = /^[^.;]{0,60}?(?<![A-Za-z])(?<!\p{L})(?:of|at|from|de|del|von|bei|chez)\s+((?:\p{Lu}[\p{L}\p{N}&'’.-]*)(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})/u;
/** A sentence that closes a quote it did not open: it starts inside the quote. */
const quoteTail = /^([^“”"«»]{10,300})[”"»]/u;
/** The writer's or the speaker's own words: "we", "our", "I" ("we've" and "I've" too: an apostrophe is no letter). */
export const firstPerson = /(?<![A-Za-z])(?<!\p{L})(?:we|our|us|i|my|hemos|nosotros|wir|nous)(?!\p{L})/iu;
const spanishFirstPerson = /(?<![A-Za-z])(?<!\p{L})hemos\s+(?:aumentado|incrementado|reducido|recortado|duplicado|triplicado|multiplicado|alcanzado|logrado|conseguido|generado|ganado|vendido|mejorado|captado|atraído|sumado|pasado de)(?!\p{L})/iu;

/**
 * "Push Notifications help Jumia reverse cart abandonment and increase conversions by 9X", "Beam allows
 * Intuit to enrich its data ..., improving its availability by 240x": what a tool or a partner did for a
 * named organisation, told as the change it made; the one helped is the story's organisation (#3).
 */
const helpedName = new RegExp(
  String.raw`(?<![A-Za-z])(?<!\p{L})(?:helps?|helped|helping|enabled|enables|enabling|allowed|allows|allowing)\s+` +
    String.raw`(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})\s+(?:to\s+)?` +
    String.raw`(?:increase|boost|grow|cut|reduce|lower|double|triple|improve|raise|save|reach|attract|gain|win|sell|generate|drive|lift|recover|convert|reverse|scale|accelerate|speed up|halve|shrink|slash|add|sign up|enrich|deliver)(?!\p{L})`,
  'u',
);
function helpedStory(sentence: string, figures: Figure[]): SuccessStory | undefined {
  const masked = maskQuotes(sentence);
  const m = helpedName.exec(masked);
  const name = m?.[1];
  if (!m || !name || notActors.has(name) || openers.has(name)) return undefined;
  // Not help imagined, denied or found in general: "if video helps Acme ...", "never helped Acme ...".
  const before = masked.slice(0, m.index);
  if (openCondition.test(before) || foundInGeneral.test(before) || deniedBefore.test(before)) return undefined;
  const verbAt = m.index + m[0].length - (/\S+$/.exec(m[0])?.[0].length ?? 0);
  const figure = figures.find((f) => f.start > verbAt && strongFigure(f));
  if (!figure) return undefined;
  return { organisation: name, result: sentence.slice(verbAt, figure.end).trim() };
}

/**
 * "Lunch Money just hit 1000 paying subscribers and $80,000 ARR", "Simple Analytics recently passed the $30k in ARR",
 * "10+1 Things has just crossed 100+ subscribers": a named product's milestone in its audience or its revenue is what
 * its makers' work got, the story their post tells (#3, real45; the labels read such lines so in real16, real33 and
 * real34). Not a platform's own size ("Facebook passed 400 million active users"), nor a measure's ("Apple's stock
 * crossed $700"): the name must be the verb's whole subject.
 */
const milestoneReached = new RegExp(
  String.raw`(?:^|[,;:]\s+|\s(?:once|when|after|as)\s+)([\p{Lu}\d][\p{L}\p{N}&.+'’-]*(?:\s+(?:&\s+)?[\p{Lu}\d][\p{L}\p{N}&.+'’-]*){0,3})\s+(?:has\s+|had\s+)?(?:(?:just|recently|finally|now|officially|already)\s+)*(?:hit|hits|passed|crossed|surpassed|topped|reached)\s+(?:the\s+|a\s+|its\s+)?(?:over\s+|more than\s+)?`,
  'u',
);
/** What a milestone counts: an audience ("1000 paying subscribers", "10 reviews") or revenue ("$30k in ARR"). */
const milestoneMeasure = new RegExp(
  String.raw`^\+?\s*(?:(?:paying|active|daily|monthly|weekly|new|unique|registered|concurrent|email|newsletter)\s+){0,2}(?:${audienceNouns}|reviews|stars)(?!\p{L})|^\s+(?:in\s+)?(?:ARR|MRR|(?:(?:monthly|annual|yearly)\s+)?(?:recurring\s+)?revenue|in\s+sales)(?!\p{L})`,
  'iu',
);
function milestoneStory(sentence: string, figures: Figure[]): SuccessStory | undefined {
  const m = milestoneReached.exec(sentence);
  const name = m?.[1];
  if (!m || !name || notActors.has(name) || openers.has(name) || isChannelName(name) || /^\d+$/.test(name)) return undefined;
  const end = m.index + m[0].length;
  const verbAt = m.index + m[0].indexOf(name) + name.length;
  // "If Lunch Money hits 1000 paying subscribers, ...": a milestone supposed is none reached.
  if (openCondition.test(sentence.slice(0, verbAt))) return undefined;
  const figure = figures.find((f) => f.start === end && strongFigure(f));
  if (!figure || !milestoneMeasure.test(sentence.slice(figure.end, figure.end + 60))) return undefined;
  return { organisation: name, result: sentence.slice(verbAt, figure.end).trim() };
}

function quotedStory(sentence: string, figures: Figure[]): SuccessStory | undefined {
  // The last sentence of a quote that began in the sentence before: "... months. We cut late payments by 60%," Nair said (#3).
  const quotes: { inner: string; innerStart: number; end: number }[] = [];
  const tail = quoteTail.exec(sentence);
  if (tail) quotes.push({ inner: tail[1] ?? '', innerStart: 0, end: tail[0].length });
  quotation.lastIndex = 0;
  for (let q = quotation.exec(sentence); q; q = quotation.exec(sentence)) {
    quotes.push({ inner: q[1] ?? '', innerStart: q.index + 1, end: q.index + q[0].length });
  }
  for (const { inner, innerStart, end } of quotes) {
    const said = attribution.exec(sentence.slice(end));
    const speaker = said?.[1] ?? said?.[2];
    if (!speaker || notActors.has(speaker)) continue;
    // The speaker's own result: "we", or what they ran ("The videos brought in 400 new customers", #3).
    const ranByThem = /^\s*(?:the|our|my|those|these|that|this)\s+(?:\p{L}+\s+)?/iu.test(inner) && activityCue.test(inner.slice(0, 40));
    if (!firstPerson.test(inner) && !ranByThem) continue;
    // A result verb in the quote, with a strong figure after it, inside the quote.
    let verb = spanishFirstPerson.exec(inner);
    if (!verb) {
      resultVerb.lastIndex = 0;
      for (let m = resultVerb.exec(inner); m; m = resultVerb.exec(inner)) {
        if (sawVerb.test(m[0]) && !sawGood(inner.slice(m.index + m[0].length))) continue;
        verb = m;
        break;
      }
    }
    if (!verb) continue;
    // "We would have liked to have seen 7% to 9% growth": a result wished for, not got (#3, real37).
    if (wishedBefore.test(inner.slice(Math.max(0, verb.index - 40), verb.index))) continue;
    const verbStart = innerStart + verb.index;
    const figure = figures.find((f) => f.start >= verbStart && f.end <= innerStart + inner.length && strongFigure(f));
    if (!figure) continue;
    const afterQuote = sentence.slice(end + (said?.[0].length ?? 0));
    const organisation = speakersOrganisation.exec(afterQuote)?.[1]?.replace(/[.,;:]+$/, '') ?? speaker;
    return { organisation, result: sentence.slice(verbStart, figure.end).trim() };
  }
  return undefined;
}

/** "at Marlow's practices", "at Brightwater": a place of business that owns a measure. */
const atOwner = /(?<![A-Za-z])(?<!\p{L})at\s+((?:\p{Lu}[\p{L}\p{N}&'’.-]*)(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})/gu;
const notOwners = new Set('Christmas Easter Thanksgiving Halloween Diwali Ramadan Hanukkah Eid Lunar New Year Black Friday Cyber Monday'.split(' '));

/** The owner named after "at" in the clause of a "rose" result, up to the clause's end after the figure. */
function ownerAt(text: string, clause: number, figureEnd: number): Run | undefined {
  const rest = /^[^,;.]*/.exec(text.slice(figureEnd))?.[0] ?? '';
  const span = text.slice(0, figureEnd + rest.length);
  atOwner.lastIndex = clause;
  for (let m = atOwner.exec(span); m; m = atOwner.exec(span)) {
    const name = (m[1] ?? '').replace(/(?:'s|’s|'|’)$/, '').replace(/[.,;:]+$/, '');
    const words = name.split(/\s+/);
    if (!name || words.some((w) => notActors.has(w) || notOwners.has(w))) continue;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    return { name, start, end: start + name.length, possessive: true };
  }
  return undefined;
}

/** The last name in the clause before `clause` (which opens after a comma), as the owner "whose" points back to. */
function nameBefore(text: string, clause: number): Run | undefined {
  const end = Math.max(0, clause - 1);
  const start = clauseStart(text, end);
  let found: Run | undefined;
  nameRun.lastIndex = start;
  const span = text.slice(0, end);
  for (let m = nameRun.exec(span); m; m = nameRun.exec(span)) {
    const words = m[0].split(/\s+/).filter((w) => !openers.has(w));
    const name = words.join(' ').replace(/(?:'s|’s|[.,;:])+$/, '');
    // "Most shoppers, whose ...": one capitalised word opening the sentence before a common noun is no name.
    const opensBeforeNoun = m.index === 0 && !/\s/.test(m[0]) && /^\s+\p{Ll}/u.test(span.slice(m.index + m[0].length));
    if (name && !opensBeforeNoun && !notActors.has(name) && !commonOpeners.has(name.toLowerCase())) {
      found = { name, start: m.index + m[0].length - words.join(' ').length, end: m.index + m[0].length, possessive: true };
    }
  }
  return found;
}

/** The people of a platform or a trade, after its name: "Shopify merchants", "YouTube creators", "Facebook advertisers". */
const groupAfterName =
  /^\s+(?:merchants|sellers|vendors|advertisers|marketers|creators|publishers|developers|users|customers|shoppers|subscribers|members|brands|businesses|retailers|companies|partners|agencies|hosts|drivers)(?!\p{L})/iu;

/** Verbs whose result is a fall: less is good after them. */
const reducing =
  /^(?:cut|cuts|reduced|reduces|slashed|lowered|halved|trimmed|saved|saves|senkte|senkten|halbierte|halbierten|reduzierte|reduzierten|senkt|a réduit|ont réduit|a divisé|a économisé|redujo|recortó|rebajó|ahorró|redujeron|ha(?:n)?\s(?:reducido|recortado))$/iu;
/** A figure capped low: "fewer than 20", "only 300". */
const lowBound = /^[^.;]{0,30}?(?<![A-Za-z])(?<!\p{L})(?:fewer than|less than|under|only|just|barely|no more than|not even)\s+\S*$/iu;
/** A clause whose subject is the writer: "our revenue", "we", "my team". */
const firstPersonSubject = /^\s*(?:(?:and|but|so|then|now)\s+)?(?:\p{L}+\s+)?(?:we|our|my|i)(?![\p{L}'’])/iu;

function clauseStart(text: string, index: number): number {
  let i = index;
  while (i > 0) {
    const ch = text[i - 1];
    // A comma between digits groups thousands ("70,000 nights"): it ends no clause.
    if (ch === ',' && isDigitAt(text, i - 2) && isDigitAt(text, i)) {
      i--;
      continue;
    }
    if (ch === ',' || ch === ';' || ch === ':' || ch === '(' || ch === '—' || ch === '–') break;
    i--;
  }
  return i;
}
const isLetterAt = (text: string, at: number) => at >= 0 && at < text.length && /\p{L}/u.test(text[at]!);
const isDigitAt = (text: string, at: number) => at >= 0 && at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;

/** Who the sentences before, in the same paragraph, are about, and whether they say what it did. */
export interface StoryContext {
  /** Undefined when the paragraph names no one up front. */
  organisation?: string;
  /** The sentences before name an action or a channel (a success story told before counts). */
  acted: boolean;
  /** The sentences before name a channel or an activity outright (a campaign, videos, a series). */
  activity?: boolean;
  /** The story told just before was this actor's: only it may go on without an action of its own. */
  actor?: string;
}

/** What was seen after "saw" is good: a gain, or better; not a cost or a delay that rose ("saw its DCL increase 15%"). */
function sawGood(rest: string): boolean {
  const good = goodAfterSaw.exec(rest);
  if (!good) return false;
  return !/^(?:increase[sd]?|rise|rising|rose|jump|jumped|growth|grow|grew|higher|more|doubl\p{L}*|tripl\p{L}*)$/iu.test(good[0].trim().split(/\s+/).pop() ?? '') || !badMeasure.test(good[0]);
}

/**
 * Things an actor runs that read as an action only in a story told before
 * ("ran a monthly 'ask us anything' post"), too common to cue a sentence on
 * their own: in lower case, so that "the Post" is not one (#3).
 */
const toldActivity = /(?<![A-Za-z])(?<!\p{L})(?:post|series|challenge|giveaway|livestreams?|streams|tutorials?|clips|workshops?|Q&A)(?!\p{L})/u;

/**
 * The organisation a paragraph opens with, as its subject ("Pennywhistle, an
 * indie board-game studio in Leeds, asked players to film ..."), and whether
 * the text so far says what it did: the context for the paragraph's later
 * sentences. `before` is the paragraph up to the sentence in question.
 */
export function paragraphContext(before: string, lang?: string): StoryContext {
  const opening = /^(?:\d{1,2}[.)]\s+|[-•*]\s+)?/.exec(before)?.[0].length ?? 0;
  // "Two years ago, Lumen Dental rebuilt ...", "The owners of Mill Street Bakery began ...": the name after a lead (#3).
  const lead = leadIn.exec(before.slice(opening))?.[0].length ?? 0;
  const head = before.slice(opening + lead, opening + lead + 120);
  const ran = anyChannel.test(before) || toldActivity.test(before) || doing.test(before);
  const acted = ran || actionCue.test(before);
  const first = runsIn(head, head.length, lang)[0];
  const named =
    // "The Big Cheezy sprang up ...": a name may keep its article (#3).
    first && (first.start === 0 || /^the\s+$/i.test(head.slice(0, first.start))) && !countNouns.has(first.name.toLowerCase()) &&
    // The name is the subject: a verb, a possessive or an apposition follows it.
    (first.possessive || /^\s*(?:,|\(|[\p{Ll}]+(?:ed|s)?\s)/u.test(head.slice(first.end)));
  const activity = ran || activityCue.test(before);
  // "At Brookline Beauty, the quarter's social story was ...": the business the paragraph opens at (#3).
  const at = named ? undefined : placeOpening.exec(before.slice(opening))?.[1]?.replace(/(?:'s|’s|[.,;:])+$/, '');
  return { organisation: named ? first.name : at && !notActors.has(at) ? at : undefined, acted, activity };
}

/**
 * A time or the people of an organisation before the name that opens a paragraph: "The owners of Mill Street
 * Bakery", "The first marketer of Dropbox, Sean Ellis, ..." (#3, real48).
 */
const leadIn =
  /^(?:(?:in|by|since|during)\s+(?:early\s+|late\s+)?(?:\d{4}|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?)|(?:last|this|that)\s+(?:year|spring|summer|autumn|fall|winter|month|week|quarter)|(?:\p{L}+|\d+)\s+(?:years?|months?|weeks?)\s+ago),\s+|^(?:the|our)\s+(?:(?:first|lead|chief|former)\s+)?(?:owners?|founders?|co-founders?|team|staff|people|marketers?|ceo|cto|cmo|head\s+of\s+(?:growth|marketing))\s+(?:of|at|behind)\s+/iu;

/** A verb of doing something new, anywhere in a paragraph. */
const doing = new RegExp(`(?<![A-Za-z])(?<!\\p{L})(?:${doingVerbs})(?!\\p{L})`, 'u');

/**
 * What the paragraph before the one starting at `start` says: an actor it
 * opens with, when it says what that actor did. A paragraph may tell the
 * action ("Peak Fitness started sending reminders before each class.") and
 * the next one the result, naming the actor again (#3).
 */
export function previousParagraphContext(text: string, start: number, lang?: string): StoryContext | undefined {
  const end = text.lastIndexOf('\n\n', start - 1);
  if (end <= 0) return undefined;
  const from = text.lastIndexOf('\n\n', end - 1);
  const previous = text.slice(from < 0 ? 0 : from + 2, end).trim();
  if (!previous || previous.length > 400) return undefined;
  // The cheap test first: most paragraphs say nothing anyone did.
  if (!doing.test(previous) && !activityCue.test(previous) && !anyChannel.test(previous) && !toldActivity.test(previous)) return undefined;
  const told = paragraphContext(previous, lang);
  if (!told.organisation) return undefined;
  return { organisation: told.organisation, acted: true, activity: true, actor: told.organisation };
}

/**
 * The name a roundup's heading gives the paragraph at `start`: the paragraph
 * before it is a short line of capitalised words and nothing else, numbered or
 * not ("9. Cobalt Credit Union", "#3 Duolingo"); one not numbered only when
 * the paragraph names it again ("Cobalt's staff answer ..."), so not "Key
 * Findings", not "The Results".
 */
export function headingNameBefore(text: string, start: number, numberedOnly = false): string | undefined {
  const end = text.lastIndexOf('\n\n', start - 1);
  if (end <= 0) return undefined;
  const from = text.lastIndexOf('\n\n', end - 1);
  const line = text.slice(from < 0 ? 0 : from + 2, end).trim();
  if (line.length > 60 || line.includes('\n')) return undefined;
  const heading = /^(#?\d{1,2}[.):]?\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+|of\s+|de\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})$/u.exec(line);
  const name = heading?.[2];
  const first = name?.split(/\s+/)[0];
  if (!name || !first || openers.has(first) || notActors.has(name) || anyChannel.test(name)) return undefined;
  // A numbered heading is a roundup's item; any other must be named again below it.
  if (heading[1]) return name;
  if (numberedOnly) return undefined;
  const paragraphEnd = text.indexOf('\n\n', start);
  const paragraph = text.slice(start, paragraphEnd < 0 ? text.length : paragraphEnd);
  for (let at = paragraph.indexOf(first); at >= 0; at = paragraph.indexOf(first, at + 1)) {
    if (!isLetterAt(paragraph, at - 1) && !isLetterAt(paragraph, at + first.length)) return name;
  }
  return undefined;
}

/**
 * A subject that points back to the organisation named before: "it", "its
 * sales", "the firm", "those videos", "the hashtag", "sus ventas", or to a
 * person: "she", "he says his orders" (#3). Not "we" or "our": the writer's
 * own results are statistics.
 */
const backReference =
  /^\s*(?:and\s+|y\s+|et\s+)?(?:(?:now|then|so)\s+)?(?:(?:told|tells)\s+(?:me|us)\s+(?:that\s+)?|(?:(?:she|he|it|they)\s+)?(?:says|said)\s+(?:that\s+)?)?(?:it|they|she|he|its|their|his|her|the\s+(?:firm|company|brand|shop|store|chain|studio|team|business|bank|credit union|practice|clinic|account|campaign|channel|hashtag|series|page|videos?|posts?|streams?|ads?)|(?:those|these|the)\s+(?:videos?|posts?|clips?|streams?|reels?|ads?|campaigns?)|su|sus|la\s+(?:empresa|marca|tienda|cuenta)|el\s+(?:negocio|canal)|ses|son|sa|l['’](?:entreprise|enseigne|marque))(?!\p{L})/iu;

/**
 * A measure owned by the organisation named before: "sales of its body wash",
 * "preorders for the studio's next game", "las ventas de su tienda" (#3).
 */
const ownedBackReference =
  /^\s*(?:and\s+|y\s+|et\s+)?(?:[\p{L}-]+\s+){1,4}?(?:of|for|to|from|at|de|del|des|du)\s+(?:its|their|his|her|su|sus|ses|son|sa|leurs?|the\s+(?:firm|company|brand|shop|store|chain|studio|business|bank|practice|clinic)['’]s|la\s+(?:empresa|marca|tienda)|el\s+negocio)(?!\p{L})/iu;

/** Two names of one actor: "Ruta Norte" and "Ruta Norte Bicicletas". */
function sameActor(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/** A count of people who answered a call, opening the sentence: "More than 11,000 people signed up". */
const responders =
  /^\s*(?:(?:more than|over|nearly|almost|about|around|some|another|an extra)\s+)?[\d.,]+(?:\s+(?:thousand|million))?\s+(?:new\s+)?(?:people|customers|fans|readers|viewers|players|members|shoppers|users|visitors|subscribers|followers|parents|students|patients|listeners|runners|families)\s+(?:signed up|joined|registered|entered|subscribed|downloaded|bought|ordered|enrolled|applied|pre-?ordered|booked|tagged|shared|sent in)(?!\p{L})/iu;

/** Whether a subject may point back at all, before its names are read. */
function pointsBackAtAll(subject: string): boolean {
  return backReference.test(subject) || ownedBackReference.test(subject);
}

/** A subject that is a measure alone: "Attendance ", "sales ". */
function isBareMeasure(subject: string): boolean {
  const word = /^\s*(\p{L}[\p{L}-]*)\s*$/u.exec(subject)?.[1]?.toLowerCase();
  return word !== undefined && measureOpeners.has(word);
}

/**
 * Whether a subject points back to the organisation named before: names no
 * one else, or owns its measure through a back reference and names no other
 * owner ("Preorders for the studio's next game": a capitalised first word is
 * the measure, not a name).
 */
function pointsBack(subject: string, runs: Run[]): boolean {
  if (backReference.test(subject)) return !runs.length;
  // "Attendance tripled": a bare measure, owned by no one named, is the one the story is about (#3).
  if (isBareMeasure(subject)) return !runs.length;
  return ownedBackReference.test(subject) && !runs.some((r) => r.possessive);
}

/** "Our friends at Mossgrove, who ...": people at a named organisation open the sentence as its subject. */
const peopleAt =
  /^(?:[Oo]ur|[Mm]y|[Tt]he)\s+(?:\p{Ll}+\s+){0,2}?(?:friends|neighbou?rs|partners|clients|customers|team|folks|people|colleagues|founders?|owners?)\s+at\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})/u;

/** "At Monzo, the bank's help centre now answers ...": the business a sentence opens at. */
const placeOpening = /^At\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}),\s/u;

/**
 * The organisation a sentence opens with as its subject: a later clause of
 * the same sentence may point back to it ("Mossgrove started a series on
 * TikTok, and their wholesale orders doubled", #3).
 */
function openingSubject(sentence: string, lang?: string): string | null | undefined {
  const at = (peopleAt.exec(sentence) ?? placeOpening.exec(sentence))?.[1]?.replace(/(?:'s|’s|[.,;:])+$/, '');
  if (at && !notActors.has(at)) return at;
  const name = paragraphContext(sentence, lang).organisation;
  if (!name) return undefined;
  // "Twitter's share price fell ...": a possessive opens with a measure, not with what someone did; but it
  // is the sentence's own owner, not the paragraph's (null: "By June, Brightwater's account had ..., and its
  // spring sales were up 140%" is Brightwater's, whoever the paragraph opened with).
  const index = sentence.indexOf(name);
  return /^['’]/.test(sentence.slice(index + name.length)) ? null : name;
}

/**
 * The success story `sentence` tells, if it tells one. `figures` are the
 * sentence's figures; `lang` (the article's language) matters for German,
 * whose subject follows the verb when something else opens the clause
 * ("Dank ihrer Kampagne steigerte die Modemarke X ..."). `context` is what
 * the sentences before it in the paragraph said (a story just told, or the
 * organisation the paragraph opened with, and whether an action was named):
 * a story goes on over several sentences ("The hashtag collected 18,000
 * videos in three weeks."), its action told once (issue #3: a success story
 * is a passage).
 */
export function findSuccessStory(sentence: string, figures: Figure[], lang?: string, context?: StoryContext): SuccessStory | undefined {
  if (!figures.some(strongFigure)) return undefined;
  // "Suppose you mention 'video' in a subject line, and the click-through rate increases by 13%": a case imagined (#3).
  if (imagined.test(sentence)) return undefined;
  // "Since its founding in 2009, Outfit7 has seen astronomical growth": an organisation's history, not what came of an act (#3).
  if (sinceItsBirth.test(sentence)) return undefined;
  const chinese = chineseStory(sentence, figures);
  if (chinese) return chinese;
  const quoted = quotedStory(sentence, figures);
  if (quoted) return quoted;
  const helped = helpedStory(sentence, figures);
  if (helped) return helped;
  const milestone = milestoneStory(sentence, figures);
  if (milestone) return milestone;
  const cuedAnywhere = actionCue.test(sentence);
  // "Tokopedia reduced render time from 14s to 2s and saw a 19% increase in visitors": what the actor did,
  // then what came of it; the doing cues the result seen after it, and only that one (#3).
  const sawAfterDoing = !cuedAnywhere && doneThenSaw.test(sentence);
  // Where the "saw" after a clause of doing ends: that verb, and only that one, is cued.
  const whichDid = cuedAnywhere || sawAfterDoing ? null : whichDidThenSaw.exec(sentence);
  const sawAfterWhichDidEnd = whichDid ? whichDid.index + whichDid[0].length : -1;
  const channels = cuedAnywhere ? [] : [...sentence.matchAll(channel)].map((m) => m[0].toLowerCase());
  if (!cuedAnywhere && !sawAfterDoing && !whichDid && !channels.length && !context?.acted) return undefined;
  const masked = maskQuotes(sentence);
  // "More than 11,000 people signed up": in a story being told, a crowd that answered the call is its result (#3).
  if (context?.organisation && context.activity) {
    const crowd = responders.exec(masked);
    const counted = crowd && figures.find((f) => f.start < crowd[0].length && strongFigure(f));
    if (crowd && counted) return { organisation: context.organisation, result: sentence.slice(counted.start, crowd[0].length).trim() };
  }
  const german = isGerman(lang);
  // Read only when a later clause points back: most sentences never need it.
  let opening: string | null | undefined | false = false;
  const openingOnce = () => (opening === false ? (opening = openingSubject(masked, lang)) : opening);
  resultVerb.lastIndex = 0;
  for (let m = resultVerb.exec(masked); m; m = resultVerb.exec(masked)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    const intransitive = m[2] !== undefined;
    const cued =
      cuedAnywhere ||
      (sawAfterDoing && sawVerb.test(m[0]) && thenSaw.test(masked.slice(Math.max(0, verbStart - 24), verbStart))) ||
      verbEnd === sawAfterWhichDidEnd;
    // The first word of the verb: compound forms ("konnte ... steigern") hold the actor in between.
    const firstWordEnd = verbStart + (/^\S+/.exec(m[0])?.[0].length ?? 0);
    // Passive participles are not results: "cocaine that had been cut with 23 percent".
    // Whole words only: "YouTube lifted" ends in "be ", and is no passive.
    if (!intransitive && /(?<![A-Za-z])(?<!\p{L})(?:been|be|being|is|are|was|were|get|gets|got)\s+$/iu.test(masked.slice(Math.max(0, verbStart - 8), verbStart))) continue;
    // "the cost of goods sold — of 46.9%": an accounting term, not a sale (#3).
    if (/^sold$/i.test(m[0]) && /(?<![A-Za-z])(?<!\p{L})goods\s+$/iu.test(masked.slice(Math.max(0, verbStart - 8), verbStart))) continue;
    // "cut with 23 percent", "To cut through the algorithms, they spent $25": no result cut (#3).
    if (/^cut\s+(?:with|through|across|into)\b/i.test(masked.slice(verbStart, verbStart + 12))) continue;
    // The result: the first figure from the verb on (the verb itself when it is "doubled").
    const figure = figures.find((f) => f.end > verbStart && f.start < Math.max(verbEnd, verbStart + 80) && strongFigure(f));
    if (!figure) continue;
    // "Email marketing drives 30% of its sales", "the newsletter reaches 1.5 million daily": what something does
    // as a rule is a statistic; a result is what was got ("cut", "now reaches") (#3).
    if (presentTense.test(m[0]) && !nowBefore.test(masked.slice(Math.max(0, verbStart - 20), verbStart))) continue;
    if (moneyOnly.test(m[0]) && (figure.type !== 'money' || !moneyRightAfter.test(masked.slice(verbEnd, figure.start)))) continue;
    // "The company has raised $40m", "raised $42 million in Series B funding": capital raised from investors is a
    // money total, a statistic; money raised for a cause by a campaign is a result (#3).
    if (raisingCapital.test(m[0]) && figure.type === 'money' && (investorFunding.test(masked) || politicalFunding.test(masked))) continue;
    if ((sawVerb.test(m[0]) || (ledTo.test(m[0]) && !audienceAfter.test(masked.slice(verbEnd)))) && !sawGood(masked.slice(verbEnd)) && !lowerCostAfterSaw(masked.slice(verbEnd))) continue;
    if (/^(?:beat|beats|exceeded|exceeds|surpassed|smashed)$/i.test(m[0]) && !beatenGoal.test(masked.slice(verbEnd))) continue;
    // A cost, a delay or a loss must fall, anything else rise ("no-shows dropped", not "churn went up") (#3).
    if (intransitive && !german && falling.test(m[0]) !== badMeasure.test(masked.slice(clauseStart(masked, verbStart), verbStart))) continue;
    // "Credit Suisse gained 6.4 percent": a bare percentage after "gained" or "added" is the actor's own price
    // or level moving (a market report), not a result it got.
    if (/^(?:gained|gains|added)$/i.test(m[0]) && figure.type === 'percent' && /^\s*(?:about\s+|nearly\s+|almost\s+|some\s+)?$/i.test(masked.slice(verbEnd, figure.start)) && !/^\s+(?:of|in)\s/i.test(masked.slice(figure.end, figure.end + 5))) continue;
    const clause = clauseStart(masked, verbStart);
    // "never managed to sell more than 20", "did not double": a result denied is none (#3).
    if (deniedBefore.test(masked.slice(Math.max(0, verbStart - 24), verbStart))) continue;
    // "Nobody has been able to point me to a single account that's earned over 250,000 followers": nor is one no one got.
    if (noOne.test(masked.slice(clause))) continue;
    // "A study found that 50% of those using AMP saw an increase": a finding about people in general (#3).
    if (foundInGeneral.test(masked.slice(0, verbStart))) continue;
    // "If a video reaches 10,000 people ...", "said that if social commerce grew another 20%": a
    // hypothetical, not a result anyone got (#3).
    if (openCondition.test(masked.slice(0, verbStart))) continue;
    // "three streams drew fewer than 20 viewers": a gain capped low is a failure told in figures (#3).
    if (!reducing.test(m[0]) && lowBound.test(masked.slice(verbEnd, figure.start + 1))) continue;
    // "our monthly revenue roughly tripled": the writer's own result is a statistic (#3).
    if (firstPersonSubject.test(masked.slice(clause, verbStart))) continue;
    // "HN launch brought us about 200 stars": so is one the writer got (#3).
    if (/^\s+(?:us|me)(?!\p{L})/iu.test(masked.slice(verbEnd, verbEnd + 5))) continue;
    // "you could argue we would have made another $10k": a result that did not happen, the writer's own (#3).
    if (/(?<![A-Za-z])(?<!\p{L})(?:(?:would|could|might|should)(?:n['’]t)?\s+have|we|i)\s+(?:\p{L}+\s+)?$/iu.test(masked.slice(Math.max(0, verbStart - 30), verbStart))) continue;
    let actor: Run | undefined;
    // German: "Nach dem Start steigerte tado° ...", "Durch die App konnte die Sparkasse ...": the subject follows.
    const inverted =
      german && !intransitive && (germanFronted.test(masked.slice(clause).trimStart()) || firstWordEnd < verbEnd - 1);
    if (inverted) {
      // A lower-case name right after the verb, its object after it: "steigerte tado° die Zahl seiner Follower".
      const lower = /^\s+(\p{Ll}[\p{L}\p{N}&.°'’-]*)(?=\s+(?:die|der|das|den|dem|ihren|ihre|ihr|seinen|seine|sein)\s)/u.exec(masked.slice(firstWordEnd));
      const at = lower?.[1] ? firstWordEnd + lower[0].length - lower[1].length : -1;
      actor =
        lower?.[1] && !germanArticle.test(` ${lower[1]} `) && !commonSubjects.has(lower[1])
          ? { name: lower[1], start: at, end: at + lower[1].length, possessive: false }
          : // "steigerte die Drogeriemarktkette dm ...": the describing word alone names no one; the name after it does.
            runsIn(masked, masked.length, lang, true).find((r) => r.start >= firstWordEnd && r.start <= firstWordEnd + 40 && !descriptorOnly.test(`${r.name} `));
    }
    // Told on from the sentences before, or from the sentence's first clause: a subject that points back
    // to the organisation they named.
    let subjectStart = clause;
    let subjectEnd = verbStart;
    // "Preorders for the studio's next game, Moth & Lantern, beat ...": the subject before an apposition.
    if (clause > 0 && !masked.slice(clause, verbStart).trim()) {
      const apposition = clauseStart(masked, clause - 1);
      if (apposition > 0) {
        subjectStart = clauseStart(masked, apposition - 1);
        subjectEnd = apposition - 1;
      }
    }
    const subject = masked.slice(subjectStart, subjectEnd);
    // The sentence's own opening name first ("Tillbrook Candles, a two-person shop, said its first month ...
    // brought in $62,000"), then the one the sentences before were about (#3).
    const own = clause > 0 && !actor && pointsBackAtAll(subject) ? openingOnce() : undefined;
    const told = own === null ? undefined : (own ?? context?.organisation);
    if (
      !actor && told && (cued || channels.length || !context?.actor || sameActor(told, context.actor)) && pointsBack(subject, runsIn(masked, subjectEnd, lang).filter((r) => r.start >= subjectStart)) &&
      // "TikTok grew fast: its audience rose 22%": the channel is the actor, not something it did.
      (cued || context?.organisation || !channels.every((c) => told.toLowerCase().includes(c)))
    ) {
      const resultEnd = Math.max(figure.end, verbEnd);
      // "Attendance tripled": the measure is the result's subject, whichever way the verb reads.
      return { organisation: told, result: sentence.slice(intransitive || isBareMeasure(subject) ? clause : verbStart, resultEnd).trim() };
    }
    // "Segmented campaigns drive up to 760% more revenue": a claim about a kind of thing, unless a story goes on.
    if (/^drive$/i.test(m[0])) continue;
    if (!actor && !(inverted && germanFronted.test(masked.slice(clause).trimStart()))) {
      const runs = runsIn(masked, verbStart, lang);
      // "Thanks to its price alerts, idealo increased ...": a lone lower-case subject is a name.
      const lone = /^\s*(\p{Ll}[\p{L}\p{N}&.°'’-]*)\s+$/u.exec(masked.slice(clause, verbStart));
      if (!runs.some((r) => r.start >= clause) && lone?.[1] && !intransitive && !commonSubjects.has(lone[1].toLowerCase()) && !countNouns.has(lone[1].toLowerCase())) {
        runs.push({ name: lone[1], start: verbStart - lone[0].trimStart().length, end: verbStart, possessive: false });
      }
      // "Booked appointments rose 74% at Marlow's four practices", "Sign-ups at Brightwater jumped 40%":
      // with "rose", the measure's owner may be named after "at" (#3).
      const owner = !german && intransitive ? ownerAt(masked, clause, figure.end) : undefined;
      // "Jana Novak on our customer team, whose weekly posts brought in 40% ...": "whose" owns the measure (#3).
      const whose = !german && /^\s*whose\s/i.test(masked.slice(clause, verbStart)) ? nameBefore(masked, clause) : undefined;
      if (!runs.length && !owner && !whose) continue;
      actor = whose ?? runs.find((r) => r.possessive) ?? owner ?? [...runs].reverse().find((r) => r.start >= clause) ?? runs[0];
    }
    if (!actor) continue;
    // "Shopify merchants have seen orders ... increase by 140%": a platform's merchants, users or advertisers are a
    // population, and what they saw is a statistic, not one organisation's result (#3).
    if (groupAfterName.test(masked.slice(actor.end, actor.end + 20))) continue;
    // Without an action word, the channel that stands for one must not be the actor itself.
    if (!cued && channels.length && channels.every((c) => actor.name.toLowerCase().includes(c))) continue;
    // With the action told only in the sentences before, the sentence must own a measure of the actor
    // ("la cuenta de Cerámica Albahaca pasó de 900 a 125.000 seguidores"), not report any figure of its (#3).
    // Money the actor made is its own measure: "Stone has earned $7 million in affiliate sales in one year" (#3).
    const moneyMade = !intransitive && figure.type === 'money' && /^(?:earned|raised|made|making)$/i.test(m[0]);
    if (!cued && !channels.length && ((!actor.possessive && !moneyMade) || !context?.activity)) continue;
    if (!cued && !channels.length && context?.actor && !sameActor(actor.name, context.actor)) continue;
    // "Video is the fastest-growing format: video uploads rose 34%": with "rose", the actor owns
    // the measure ("JetBlue's satisfaction rose") or acted in a clause of its own ("When Old Spice launched ...").
    if (!german && intransitive && !actor.possessive && !/['’]s\s/.test(actor.name) && !/(?:^|[\s,])(?:when|after|since|once|as)\s+(?:\p{L}+\s+){0,2}$/iu.test(masked.slice(Math.max(0, actor.start - 25), actor.start))) continue;
    // German nouns are all capitalised: with "stieg" or "sanken", only "Ottos Umsatz stieg" names someone.
    if (german && intransitive && !actor.possessive) continue;
    // A clause in between that names someone else ("..., analysts said") is not a subject.
    let resultStart: number;
    if (actor.start >= verbStart) {
      resultStart = verbStart;
    } else if (actor.start >= clause) {
      resultStart = intransitive && actor.possessive ? actor.end : verbStart;
      if (intransitive && !actor.possessive) resultStart = verbStart;
    } else {
      resultStart = clause;
    }
    let resultEnd = Math.max(figure.end, verbEnd);
    if (figure.start <= verbStart && figure.end <= verbEnd + 1) {
      // "Adobe doubled its lead conversion rate in six months": up to the next preposition.
      const rest = /^[^,;.]*?(?=\s+(?:in|by|after|within|when|through|thanks|from|over|since|during|on)\b|[,;.]|$)/.exec(
        sentence.slice(verbEnd, verbEnd + 80),
      );
      resultEnd = verbEnd + (rest ? rest[0].length : 0);
    } else {
      // "saw a 19% increase in visitors": the figure with the change and what it is of, as far as a comma or "and".
      const change = changeOf.exec(sentence.slice(resultEnd, resultEnd + 80));
      if (change) resultEnd += change[0].length;
    }
    const result = sentence
      .slice(resultStart, resultEnd)
      .replace(/^(?:[’']s)?[\s,]+/, '')
      .trim();
    if (!result) continue;
    return { organisation: actor.name, result };
  }
  return undefined;
}
