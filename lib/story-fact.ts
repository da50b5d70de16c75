/**
 * The line a success story's facts make, the same in the popup, the library
 * and the briefing (#3): who got what ("Who: Comcast — cut response times by
 * 40%"), or what was got when the text names no one ("Result: tripled").
 */
export interface StoryFact {
  label: 'Who' | 'Result';
  text: string;
}

export function storyFact(organisation: string | undefined, result: string | undefined): StoryFact | undefined {
  const who = organisation?.trim();
  const got = result?.trim();
  if (who) return { label: 'Who', text: got ? `${who} — ${got}` : who };
  return got ? { label: 'Result', text: got } : undefined;
}
