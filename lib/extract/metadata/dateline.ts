/**
 * Publication dates the page shows in its markup without metadata: an
 * element whose class says it holds the date ("date", "post-date",
 * "publish-time", "pubTime", "article-posted-date", "dd.published"), and a
 * line that begins "Posted" or "Published". Read only when the page states
 * no date anywhere else; what is read must still be a whole date (no
 * "March 18" without its year, no 03/04/2016 either way round).
 */
import { toStatedDate } from '../stated-date';
import { blockText, classOf, maxTextNodes, notProse } from './text';

/** Class names of elements that hold a date, and of those that hold the wrong one. */
const dateClass = /date|time|publish|posted|dateline/i;
const otherDateClass = /updat|modif|edit|comment|reply|expir|archive|access|retriev|bday|dtstart|dtend|runtime|timeline|read-?time|timer|timezone|event/i;
/** A byline block often carries the date too ("Joe Wee Monday, February 29, 2016"), when the page has one. */
const bylineClass = /author|byline|attribution/i;
/** Any of the class names above, as a substring of the class attribute. */
const candidateClass = /date|time|publish|posted|author|byline|attribution/i;
const maxCandidates = 300;

/**
 * The first `maxCandidates` elements, in document order, that are a
 * <time datetime> or whose class attribute contains one of the words above:
 * what `time[datetime], [class*="date" i], …` selects, found in one walk that
 * stops at the last one needed. A browser matches such case-insensitive
 * substring selectors slowly, several times over on every element of the page.
 */
export function datelineCandidates(doc: Document): Element[] {
  const found: Element[] = [];
  const root = doc.documentElement;
  if (!root) return found;
  const consider = (element: Element) => {
    const name = classOf(element);
    if ((name && candidateClass.test(name)) || (element.localName === 'time' && element.hasAttribute('datetime'))) found.push(element);
  };
  consider(root);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node && found.length < maxCandidates; node = walker.nextNode()) consider(node as Element);
  return found;
}

/** Dates from dated elements, in document order. */
export function* datelineDates(doc: Document): Generator<string | undefined> {
  const elements = datelineCandidates(doc);
  const classCounts = new Map<string, number>();
  for (const element of elements) {
    const name = element.getAttribute('class') ?? '';
    classCounts.set(name, (classCounts.get(name) ?? 0) + 1);
  }
  for (const element of elements) {
    const name = element.getAttribute('class') ?? '';
    const tokens = name.split(/\s+/).filter(Boolean);
    if (tokens.some((token) => otherDateClass.test(token))) continue;
    const dated = tokens.some((token) => dateClass.test(token));
    // Several byline blocks are several articles' (an edition, a front page): none is the page's.
    const byline = !dated && tokens.some((token) => bylineClass.test(token)) && classCounts.get(name) === 1;
    if (!dated && !byline && element.tagName.toUpperCase() !== 'TIME') continue;
    // A <time> with no class of its own says nothing about which date it is.
    if (!dated && !byline && !tokens.length) continue;
    yield element.getAttribute('datetime') ?? element.getAttribute('content') ?? undefined;
    if (element.tagName.toUpperCase() === 'ABBR') yield element.getAttribute('title') ?? undefined;
    yield epochAttribute(element);
    yield dateInText(blockText(element));
  }
}

const postedLine = /^\s*(?:posted|published)\b/i;

/** Dates on lines that begin "Posted" or "Published" ("Posted by A, B on 2019-02-15"). */
export function* postedLineDates(doc: Document): Generator<string | undefined> {
  const root = doc.documentElement;
  if (!root || typeof doc.createTreeWalker !== 'function') return;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(), seen = 0; node && seen < maxTextNodes; node = walker.nextNode(), seen++) {
    if (!postedLine.test((node as Text).data) || !node.parentElement) continue;
    if (notProse.has(node.parentElement.tagName.toUpperCase())) continue;
    yield dateInText(blockText(node.parentElement));
  }
}

/** `data-publishtime="1425913200851"`: an instant in milliseconds (or seconds) since 1970, written in UTC. */
function epochAttribute(element: Element): string | undefined {
  for (const attribute of Array.from(element.attributes)) {
    if (!/^data-.*(?:time|date)/i.test(attribute.name)) continue;
    const value = attribute.value.trim();
    if (!/^\d{10}(?:\d{3})?$/.test(value)) continue;
    const date = new Date(value.length === 13 ? Number(value) : Number(value) * 1000);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return undefined;
}

const month = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const weekday = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const clock = '(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4}\\b)?)?';
/** The shapes a date takes inside a sentence; toStatedDate reads each. */
const datePatterns = [
  /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?/i,
  /\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?/,
  new RegExp(`\\b\\d{1,2}[./]\\d{1,2}[./]\\d{4}${clock}`, 'i'),
  new RegExp(`\\b${weekday}\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month},?\\s+\\d{4}\\b`, 'i'),
  new RegExp(`\\b${weekday}${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'i'),
];

/** The first whole date written in `text`, as ISO 8601. */
export function dateInText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  for (const pattern of datePatterns) {
    const match = pattern.exec(text);
    const date = match ? toStatedDate(match[0]) : undefined;
    if (date) return date;
  }
  return undefined;
}
