/**
 * Success stories: a named organisation or person did something and got a
 * concrete good result ("After moving support to Twitter, Comcast cut
 * response times by 40%", "Blendtec's 'Will It Blend?' videos lifted sales
 * 700%"). Three things must be present: a result verb with a figure after it
 * (or a figure verb: "doubled"), an action cue ("after", "by ...ing", "campaign",
 * "video"...), and a named actor before the verb.
 */
import { type Figure, strongFigure } from './figures';

export interface SuccessStory {
  organisation: string;
  result: string;
}

/** Verbs of a good result; `intransitive` ones have the measure as their subject. */
const resultVerb =
  /(?<![\p{L}])(?:(cut|cuts|reduced|reduces|slashed|lowered|lifted|lifts|boosted|boosts|increased|increases|raised|doubled|tripled|quadrupled|improved|improves|saved|saves|generated|generates|drove|drives|brought in|brought|won|gained|gains|attracted|earned|sold|reached|reaches|added|secured|landed|grew|grows|helped|steigerte|erhöhte|senkte|verdoppelte|verdreifachte|a réduit|a augmenté|a doublé|a triplé|a gagné|a attiré)|(rose|rises|jumped|soared|climbed|surged|increased|grew|went up|improved|doubled|tripled|was viewed|were viewed|was watched|was shared|stieg|sank|a progressé|a bondi))(?![\p{L}])/giu;

/** Something the actor did. */
const actionCue =
  /(?<![\p{L}])(?:after|when|by\s+\p{L}+ing|thanks to|through|following|since\s+\p{L}+ing|within|campaign|campaigns|video|videos|lens|filter|replies|posts|channel|program|programme|strategy|initiative|launch|launched|launching|contest|hashtag|ads|account|page|app|nach dem|nach der|durch|dank|mit seiner|mit ihrer|grâce à|après|avec sa|avec son)(?![\p{L}])/iu;

const openers = new Set(
  (
    'After When By Thanks Through Following Since With Within In The A An Its Their Our We They It This That These ' +
    'Those Once As While Before Today Now Last Next Then But And So Also However Meanwhile According One ' +
    'Nach Durch Dank Mit Seit Als Im In Der Die Das Grâce Après Avec Depuis Le La Les En Un Une'
  ).split(' '),
);
const notActors = new Set(
  (
    'I We You He She They It Our Their My Your His Her Its This That These Those The A An ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'British American German French European Chinese Japanese Indian Canadian Australian Spanish Italian Dutch ' +
    'Swedish Korean UK US U.S. U.K. EU Internet Web Online CEO CMO CTO'
  ).split(' '),
);

/** Runs of capitalised words (with "&", "de", "of" inside): "Dollar Shave Club's". */
const nameRun =
  /(?:[@#]?\p{Lu}[\p{L}\p{N}&.'’-]*|\p{Ll}\p{Lu}[\p{L}\p{N}]*)(?:\s+(?:(?:&|and|de|of|du)\s+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*|\p{Ll}\p{Lu}[\p{L}\p{N}]*))*/gu;

interface Run {
  name: string;
  start: number;
  end: number;
  possessive: boolean;
}

function maskQuotes(text: string): string {
  return text.replace(/[“"][^“”"]{1,80}[”"]|(^|\s)[‘'][^‘’']{1,80}[’'](?=[\s,.;:]|$)/g, (m) => ' '.repeat(m.length));
}

function runsIn(text: string, limit: number): Run[] {
  const runs: Run[] = [];
  nameRun.lastIndex = 0;
  for (let m = nameRun.exec(text); m && m.index < limit; m = nameRun.exec(text)) {
    let name = m[0];
    let start = m.index;
    const end = Math.min(m.index + name.length, limit);
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
    name = words.join(' ').replace(/[.,;:]+$/, '');
    const possessive = /(?:'s|’s|'|’)$/.test(name);
    name = name.replace(/(?:'s|’s|'|’)$/, '');
    if (!name || notActors.has(name) || name.length < 2 || /^\d/.test(name)) continue;
    // The object of a preposition is a channel or a place, not the actor: "on Twitter", "to Facebook".
    if (!possessive && /(?:^|\s)(?:on|to|via|with|through|from|in|at|into|onto|for|by|of|across|using)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    runs.push({ name, start, end, possessive });
  }
  return runs;
}

function clauseStart(text: string, index: number): number {
  let i = index;
  while (i > 0) {
    const ch = text[i - 1];
    if (ch === ',' || ch === ';' || ch === ':' || ch === '(' || ch === '—' || ch === '–') break;
    i--;
  }
  return i;
}

/** The success story `sentence` tells, if it tells one. `figures` are the sentence's figures. */
export function findSuccessStory(sentence: string, figures: Figure[]): SuccessStory | undefined {
  if (!figures.some(strongFigure)) return undefined;
  if (!actionCue.test(sentence)) return undefined;
  const masked = maskQuotes(sentence);
  resultVerb.lastIndex = 0;
  for (let m = resultVerb.exec(masked); m; m = resultVerb.exec(masked)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    const intransitive = m[2] !== undefined;
    // Passive participles are not results: "cocaine that had been cut with 23 percent".
    // Whole words only: "YouTube lifted" ends in "be ", and is no passive.
    if (!intransitive && /(?<![\p{L}])(?:been|be|being|is|are|was|were|get|gets|got)\s+$/iu.test(masked.slice(Math.max(0, verbStart - 8), verbStart))) continue;
    if (/^cut\s+with\b/i.test(masked.slice(verbStart, verbStart + 9))) continue;
    // The result: the first figure from the verb on (the verb itself when it is "doubled").
    const figure = figures.find((f) => f.end > verbStart && f.start < verbStart + 80 && strongFigure(f));
    if (!figure) continue;
    const runs = runsIn(masked, verbStart);
    if (!runs.length) continue;
    const clause = clauseStart(masked, verbStart);
    const actor =
      runs.find((r) => r.possessive) ?? [...runs].reverse().find((r) => r.start >= clause) ?? runs[0];
    if (!actor) continue;
    // A clause in between that names someone else ("..., analysts said") is not a subject.
    let resultStart: number;
    if (actor.start >= clause) {
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
