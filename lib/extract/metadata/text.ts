/** Turning what a page states (meta content, JSON-LD strings) into clean, bounded text. */

/** The longest each citation field may be (schema.ts enforces the same). */
export const maxLength = {
  title: 2000,
  byline: 1000,
  siteName: 1000,
  excerpt: 5000,
  lang: 64,
  url: 8192,
} as const;

/**
 * Trimmed, whitespace-folded text no longer than `limit`, or undefined for
 * anything that is not a non-blank string. Hostile input can be megabytes:
 * only a bounded prefix is ever looked at.
 */
export function cleanText(value: unknown, limit: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const bounded = value.length > limit * 2 + 64 ? value.slice(0, limit * 2 + 64) : value;
  const text = decodeEntities(bounded)
    // Control characters are never meant to be shown; fold them with white space.
    .replace(/[\s\u0000-\u001f\u007f]+/g, ' ')
    .trim();
  if (!text) return undefined;
  return text.length > limit ? truncate(text, limit) : text;
}

function truncate(text: string, limit: number) {
  // Never leave half of a surrogate pair at the end.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, end).trimEnd();
}

const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
};

/**
 * Pages often escape meta content twice ("That&amp;#039;s" reaches the DOM as
 * "That&#039;s"). Only the entities that turn up there are decoded; invalid
 * code points become U+FFFD, as a browser would show them.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-f]{1,8})|#(\d{1,10})|(amp|lt|gt|quot|apos|nbsp));/gi, (entity, hex?: string, dec?: string, name?: string) => {
    if (name) return namedEntities[name.toLowerCase()] ?? entity;
    const codePoint = hex ? Number.parseInt(hex, 16) : Number(dec);
    const valid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : '\uFFFD';
  });
}

/** A profile link ("https://www.facebook.com/someone") where a name was expected. */
export function isUrlLike(text: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(text) || /^www\./i.test(text) || /^[^\s/]+\.[a-z]{2,}\/\S*$/i.test(text);
}

/**
 * A byline as people write it: no leading "By", white space folded, no URL
 * (nor a home page in parentheses after the name).
 */
export function cleanByline(value: unknown): string | undefined {
  const text = cleanText(value, maxLength.byline)?.replace(/\s*\((?:https?:\/\/|www\.)[^()\s]*\)/gi, '');
  if (!text || isUrlLike(text)) return undefined;
  return cleanText(text.replace(/^by\b\s*:?\s*/i, ''), maxLength.byline);
}

/**
 * Several authors as one byline, duplicates dropped: "A", "A and B",
 * "A, B and C". Names written "Surname, Given" already contain commas, so
 * those are kept apart with semicolons instead.
 */
export function joinNames(names: readonly (string | undefined)[]): string | undefined {
  const unique: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const clean = cleanByline(name);
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    unique.push(clean);
  }
  if (unique.length <= 1) return unique[0];
  const joined = unique.some((name) => name.includes(','))
    ? unique.join('; ')
    : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
  return cleanText(joined, maxLength.byline);
}

/** The first argument that is clean, non-blank text. */
export function firstText(limit: number, ...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = cleanText(value, limit);
    if (text) return text;
  }
  return undefined;
}

/** Longest text a byline or dateline block may have: longer blocks are sentences that happen to contain "by" or a date. */
const maxBlockLength = 160;

/**
 * The element's text, white space folded, if it is no longer than a byline
 * or a dateline can be; undefined as soon as it is longer, without reading
 * the rest (textContent on a page's main container would read the whole
 * page, for every "by" on it).
 */
export function blockText(element: Element): string | undefined {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(), count = 0; node; node = walker.nextNode(), count++) {
    text += node.textContent ?? '';
    if (text.length > maxBlockLength * 4 || count > 200) return undefined;
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length <= maxBlockLength ? text : undefined;
}

/**
 * The element's class attribute, or ''. Read through `className` where that
 * is the attribute's string (HTML elements): a property read, about twice as
 * quick as getAttribute in the walks that read every element's class (issue
 * #3: speed). An SVG element's className is an object.
 */
export function classOf(element: Element): string {
  const { className } = element as { className?: unknown };
  return typeof className === 'string' ? className : (element.getAttribute('class') ?? '');
}

/** Text nodes a walk of the page reads: a byline or a dateline sits near the top, and a 10 MB page is not walked whole. */
export const maxTextNodes = 20_000;
/** Elements whose text the page does not show as its prose: a walk for a byline or a dateline passes over them. */
export const notProse = new Set(['TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON']);
