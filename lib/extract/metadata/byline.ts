/** Author names the page shows in its markup, and a byline as people write it made into names. */
import { belongsToArticle } from './microdata';
import { blockText, classOf, cleanByline, joinNames, maxLength, maxTextNodes, notProse } from './text';

/**
 * Names from `itemprop="author"` items of the article (or page): the item's
 * `name` property, or the element's own text. Authors of comments, reviews
 * and embedded videos belong to other items and are left out.
 */
export function microdataByline(doc: Document): string | undefined {
  const names: string[] = [];
  for (const element of Array.from(doc.querySelectorAll('[itemprop~="author"]')).slice(0, 50)) {
    if (!belongsToArticle(element)) continue;
    const nameElement = element.hasAttribute('itemscope') ? element.querySelector('[itemprop~="name"]') : element;
    const name = nameElement && (nameElement.getAttribute('content') ?? shortText(nameElement));
    const clean = name ? bylineNames(name) : undefined;
    if (clean) names.push(clean);
  }
  return joinNames(names);
}

const leadIn = /^(?:(?:posted|written|published|reported|story|text|words)\s+)?(?:by|par|por|von|door)\b[^\S\n]*:?\s*/i;
/** Someone credited for something other than writing, and everything after. */
const otherCredit = /\s+(?:edited|reviewed|updated|photos?|photography|illustrations?|video)\s+by\b.*$/i;
const monthName = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** A date glued to the names ("Lucas Nolan22 Dec 2016", "Ann Lee March 25, 2015 3:46 PM"), and what follows it. */
const trailingDate = new RegExp(
  String.raw`(?:\s+on)?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${monthName}|${monthName}\s+\d{1,2}\b|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}).*$`,
  'i',
);
/** Buttons and labels that sit where bylines sit. */
const notNames =
  /^(?:follow|unfollow|subscribe|share|sign in|sign up|log in|last updated|updated|published|posted|comments?|read more|view profile|more by|about the author|author|staff)\b/i;

/**
 * The names in a byline as a page shows it: its first line only (a second
 * line is a desk, a date or an editor), without "By", "Posted by" or "Par",
 * a date glued to it, or an editor's credit. Undefined for text that is not
 * names ("Follow Author", "Last Updated: January 7, 2025").
 */
export function bylineNames(raw: string): string | undefined {
  if (raw.length > maxLength.byline * 2) return undefined;
  const line = raw
    .trim()
    .replace(leadIn, '')
    .split(/\s*\n\s*/)[0];
  if (!line) return undefined;
  const names = line
    .replace(/\s+/g, ' ')
    .replace(otherCredit, '')
    .replace(trailingDate, '')
    .replace(/[\s,;:|·•–—-]+$/, '')
    .trim();
  if (!names || notNames.test(names) || !/\p{L}/u.test(names)) return undefined;
  return cleanByline(names);
}

function shortText(element: Element): string | undefined {
  const text = element.textContent ?? '';
  return text.length <= 200 ? text : undefined;
}

/**
 * A byline the page writes out in its text, for pages whose metadata names
 * no author: "Posted by Alon Zakai.", "On 6/13/2018 by @someone",
 * "2/26/2015 7:11 AM PST BY TMZ STAFF", "<span>by</span> <a>Name</a>", or an
 * element whose class says it holds the author ("Joe Wee Monday, February 29,
 * 2016"). The first one in document order wins. "By" alone must be followed
 * by capitalised names ("By clicking here" is no byline); "Posted by" and
 * "Written by" vouch for what follows.
 */
export function markupByline(doc: Document): string | undefined {
  // The whole document, not doc.body: a saved page's broken markup can leave
  // <body> empty (linkedom on yahoo-3) with the content beside it.
  const root = doc.documentElement;
  if (!root || typeof doc.createTreeWalker !== 'function') return undefined;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // Text nodes that share a parent (white space around its child elements) look it up once.
  let lastParent: Element | null = null;
  let inSkipped = false;
  let inAuthor: boolean | undefined;
  for (let node = walker.nextNode(), seen = 0; node && seen < maxTextNodes; node = walker.nextNode(), seen++) {
    const parent = node.parentElement;
    if (!parent) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      inSkipped = notProse.has(parent.tagName.toUpperCase());
      inAuthor = undefined;
    }
    if (inSkipped) continue;
    const own = (node as Text).data;
    if (!byWord.test(own) && !(inAuthor ??= isAuthorElement(parent))) continue;
    const found =
      (own.trim().toLowerCase() === 'by' && startsItsElement(node) ? namesAfter(parent, node) : undefined) ??
      bylineIn(blockAround(parent));
    if (found) return found;
  }
  return undefined;
}

const byWord = /\bby\b/i;
const authorClass = /author|byline/i;
const notAuthorClass = /avatar|bio|about|follow|social|hovercard|thumb|image|photo|comment|tab|count|more|related/i;

function isAuthorElement(element: Element): boolean {
  const name = classOf(element);
  const id = element.id ?? '';
  // Two tests of the short strings before the one that joins them: most elements match neither.
  return (authorClass.test(name) || authorClass.test(id)) && !notAuthorClass.test(`${name} ${id}`);
}

/** The largest element around `element` whose text is still short enough to be a byline, with that text. */
function blockAround(element: Element): { block: Element; text: string } | undefined {
  let text = blockText(element);
  if (text === undefined) return undefined;
  let block = element;
  for (let depth = 0; depth < 4; depth++) {
    const parent = block.parentElement;
    if (!parent || parent.tagName.toUpperCase() === 'BODY') break;
    const parentText = blockText(parent);
    if (parentText === undefined) break;
    [block, text] = [parent, parentText];
  }
  return { block, text };
}

const byAtStart = /^(?:(posted|written)\s+)?by\s+(.+)$/i;
/** "… 2018 by Name", "… 7:11 AM PST BY NAME": a date or time, then the author. */
const byAfterDate = /\d[^]*?\s(?:[ap]\.?m\.?\s+|[a-z]{2,4}\s+)?by\s+(.+)$/i;

function bylineIn(around: { block: Element; text: string } | undefined): string | undefined {
  if (!around?.text) return undefined;
  const { block, text } = around;
  const atStart = byAtStart.exec(text);
  if (atStart) return names(atStart[2] ?? '', !!atStart[1]);
  const afterDate = byAfterDate.exec(text);
  if (afterDate) return names(afterDate[1] ?? '', false);
  if (isAuthorElement(block) || isAuthorElement(block.firstElementChild ?? block)) return names(text, false);
  return undefined;
}

/** Whether nothing but white space comes before `node` in its element ("by" in "written by <a>" does not). */
function startsItsElement(node: Node): boolean {
  for (let previous = node.previousSibling; previous; previous = previous.previousSibling) {
    if (previous.textContent?.trim()) return false;
  }
  return true;
}

/** `<span>by</span> <a>Name</a>`: the names are the next element's text. */
function namesAfter(parent: Element, byNode: Node): string | undefined {
  const next = parent.childNodes.length === 1 ? parent.nextElementSibling : byNode.nextSibling;
  const text = next?.textContent?.replace(/\s+/g, ' ').trim();
  return text && text.length <= 100 ? names(text, false) : undefined;
}

/** Particles that begin with a small letter in names ("Michiel de Jong", "Ludwig van Beethoven"). */
const particles = new Set(['de', 'da', 'di', 'du', 'del', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'al', 'y', 'and', 'of']);

function names(text: string, vouched: boolean): string | undefined {
  // A sentence that follows ("Posted by Alon Zakai. Retweet this article!") is not names.
  const first = text.split(/(?<=\p{Ll}{2})[.!?](?:\s|$)/u)[0] ?? '';
  const clean = bylineNames(first);
  if (!clean) return undefined;
  const words = clean.split(/[\s,;&]+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return undefined;
  const capitalised = words.every((word) => /^[\p{Lu}@]/u.test(word) || particles.has(word.toLowerCase()));
  return vouched || capitalised ? clean : undefined;
}
