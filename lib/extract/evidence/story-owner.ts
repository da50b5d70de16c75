/**
 * Whose a found success story is when its sentence names someone other than
 * the business it is about: a channel the business used ("Facebook Ads
 * achieved an increase of 45%"), or a person who speaks for it ("'We went
 * from 40 orders a day to about 900,' Lindqvist said") (#3).
 */
import { nameWord } from './case-study';
import { isChannelName, type StoryContext, type SuccessStory } from './success-story';

/** Whether `name` is the subject of `result` in `sentence`: right before it, perhaps with an adverb between. */
function actsItself(sentence: string, name: string, result: string): boolean {
  const at = sentence.indexOf(name);
  const resultAt = sentence.indexOf(result);
  return at >= 0 && resultAt > at && /^\s+(?:\p{L}+ly\s+)?$/u.test(sentence.slice(at + name.length, resultAt));
}

const sayingVerbs = 'said|says|explains|explained|adds|added|told|tells|wrote|writes|recalls|recalled|notes|noted';
const sayingAfter = new RegExp(`^,?\\s+(?:${sayingVerbs})(?!\\p{L})`, 'u');
const sayingBefore = new RegExp(`(?<![A-Za-z])(?<!\\p{L})(?:${sayingVerbs})\\s+$`, 'u');

/** Whether `name` is who speaks in `sentence`: "Lindqvist said", "said Lindqvist", "Dev Mehta, says". */
function speaksIn(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  return at >= 0 && (sayingAfter.test(sentence.slice(at + name.length, at + name.length + 12)) || sayingBefore.test(sentence.slice(Math.max(0, at - 10), at)));
}

/** A name of up to four capitalised words, "of (the)" between them: "LinkedIn", "The Viget Book of CMS". */
const nameWords = String.raw`${nameWord}(?:\s+(?:of\s+(?:the\s+)?)?${nameWord}){0,3}`;
/** "from Google to LinkedIn, which said it sees a 10% increase": the name the relative clause hangs on got the result. */
const whichGot = new RegExp(
  String.raw`(${nameWords}),\s+which\s+(?:(?:said|says|reported|reports|told\s+\p{L}+)\s+(?:that\s+)?(?:it|they)\s+)?(?:sees|saw|has\s+seen|is\s+seeing|reported|reports|recorded|posted|achieved|gained|grew|increased|doubled|tripled|cut|reduced)(?!\p{L})`,
  'u',
);
/** "one of India's biggest retailers SnapDeal": the name after a place's or a field's superlative is who it is. */
const namedAfterRanking = new RegExp(
  String.raw`(?<![A-Za-z])(?<!\p{L})(${nameWords})['’]s\s+(?:biggest|largest|leading|top|best-known|fastest-growing|oldest|most\s+popular)\s+(?:[\p{Ll}-]+\s+){0,2}(${nameWords})`,
  'u',
);

/** The name a relative clause or an apposition in `sentence` gives whoever got `result`, when it is not `organisation`. */
function namedInApposition(sentence: string, organisation: string, result: string): string | undefined {
  const resultAt = sentence.indexOf(result);
  const which = whichGot.exec(sentence);
  // Not part of the name already found: "The Viget Book of CMS, which grew our email list".
  const other = which && !which[1]!.includes(organisation) && !organisation.includes(which[1]!);
  if (which && other && (resultAt < 0 || resultAt > which.index)) return which[1];
  const ranked = namedAfterRanking.exec(sentence);
  if (ranked && ranked[1] === organisation && ranked[2]) return ranked[2];
  return undefined;
}

/**
 * The story with the business it belongs to. `caseStudySubject` reads the page's case study only when asked:
 * most stories name no channel.
 */
export function ownedStory(story: SuccessStory, sentence: string, context: StoryContext | undefined, caseStudySubject: () => string | undefined): SuccessStory {
  const paragraphOwner = context?.organisation && !isChannelName(context.organisation) ? context.organisation : undefined;
  if (isChannelName(story.organisation)) {
    // On a customer's story, a channel's result is the customer's.
    const subject = caseStudySubject();
    if (subject) return { ...story, organisation: subject };
    // Else the one the paragraph is about: "At Brookline Beauty, ... The cosmetics retailer said a TikTok creator
    // program brought in 310,000 new loyalty members" is Brookline Beauty's. Not when the platform is what got the
    // result: "the news that Instagram recently topped 300 million users".
    if (paragraphOwner && !actsItself(sentence, story.organisation, story.result)) return { ...story, organisation: paragraphOwner };
    return story;
  }
  // Even a platform, when the clause says it got the result itself ("LinkedIn, which said it sees ...").
  const apposed = namedInApposition(sentence, story.organisation, story.result);
  if (apposed) return { ...story, organisation: apposed };
  // "Its pharmacist, Dev Mehta, says walk-in traffic doubled": the one who speaks tells of the paragraph's business.
  if (paragraphOwner && speaksIn(sentence, story.organisation)) return { ...story, organisation: paragraphOwner };
  return story;
}
