/**
 * The plain-text lines every briefing format tells the same way (issue #5):
 * who prepared it and when, and the facts under each quote. The web page and
 * the Word file escape or place them; the wording lives here once.
 */
import type { BriefingSettings } from '../schema';
import { formatStatedDate } from '../stated-date-format';
import { storyFact } from '../story-fact';
import { isWebUrl } from '../web-url';
import type { BriefingEntry } from './document';

/** "Prepared by Ana Lima, 29 Nov 2026." or "Prepared 29 Nov 2026." */
export function preparedLine(settings: BriefingSettings): string {
  const date = formatStatedDate(settings.date) ?? settings.date;
  return `${settings.author.trim() ? `Prepared by ${oneLine(settings.author)}, ` : 'Prepared '}${date}.`;
}

export interface EntryFact {
  label: 'Who' | 'Result' | 'Data' | 'Link' | 'Note';
  text: string;
}

/** Who got the result (or the result alone), where the figure comes from (and its link), the user's note: each when known. */
export function entryFacts({ clip }: BriefingEntry): EntryFact[] {
  const facts: EntryFact[] = [];
  const story = storyFact(clip.organisation, clip.result);
  if (story) facts.push({ label: story.label, text: `${oneLine(story.text)}.` });
  const origin = [clip.citedOrigin?.trim() && oneLine(clip.citedOrigin), clip.dataYear?.toString()].filter(Boolean);
  if (origin.length) facts.push({ label: 'Data', text: `${origin.join(', ')}.` });
  // The page the quote's sentence linked to: the figure's own source, for the reader to check (#3).
  if (isWebUrl(clip.citedUrl)) facts.push({ label: 'Link', text: new URL(clip.citedUrl).href });
  if (clip.note.trim()) facts.push({ label: 'Note', text: oneLine(clip.note) });
  return facts;
}

/** The user's text as paragraphs: split at blank lines. */
export function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => oneLine(paragraph))
    .filter(Boolean);
}

// Whitespace that is not a lone inner space: a line break, a tab, a run, an edge.
const unfolded = /[^\S ]| {2}|^ | $/;

/** Page text folds to one line: newlines and runs of spaces become one space. */
export function oneLine(text: string): string {
  // Most text is already one line; testing is much cheaper than replacing.
  return unfolded.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** The address a reader should follow: the canonical one when it is a web address. */
export function sourceLink(source: { canonicalUrl: string; url: string }): string | undefined {
  return [source.canonicalUrl, source.url].find(isWebUrl);
}
