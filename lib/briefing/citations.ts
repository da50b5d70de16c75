/**
 * References for the Sources list, in APA 7 or MLA 9 (issue #5), written by
 * citeproc from CSL styles (the citation standard Zotero uses), never by hand.
 *
 * Each source becomes a CSL-JSON item and is rendered on its own: a briefing
 * cites by number ([1], [2]), so author-date niceties that depend on the other
 * entries (sorting, "2016a"/"2016b") would only confuse; and an entry that
 * depends on nothing but its source can be cached. The output is plain text
 * (citeproc's "text" format): the format layer (Markdown, HTML, Word) escapes it.
 *
 * Cost: citeproc compiles a style once per page (APA, the larger style, takes
 * seconds on a slow machine) and then renders a few milliseconds per source;
 * `warmCitationStyle` lets a page compile ahead of the first export.
 */
import { plugins, type CSL, type CSLName } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Source } from '../schema';
import { modernLanguageAssociationCsl } from './csl/modern-language-association.csl';
import { sourceLink } from './entry-facts';

export type CitationStyle = 'apa' | 'mla';

/** The CSL style each choice renders with: APA 7 ships with plugin-csl; MLA 9 is registered here. */
const cslStyleName: Record<CitationStyle, string> = { apa: 'apa', mla: 'modern-language-association' };
const locale = 'en-US';

const { styles } = plugins.config.get('@csl');
if (!styles.has(cslStyleName.mla)) styles.add(cslStyleName.mla, modernLanguageAssociationCsl);

// ---------------------------------------------------------------------------
// Source → CSL-JSON

export type CslName = CSLName;
export type CslItem = CSL;
type DateParts = [number] | [number, number] | [number, number, number];

// Words that say a byline names a body, not a person.
const organisationWords =
  /\b(?:center|centre|institute|institution|organi[sz]ation|association|university|college|school|foundation|council|department|ministry|agency|bureau|office|commission|committee|board|group|team|staff|desk|editors|editorial|network|society|trust|fund|bank|company|corporation|corp|inc|llc|ltd|plc|gmbh|partners|research|news|press|times|post|journal|magazine|media|reuters|associated|government|authority|service|services|forum|project|alliance|coalition|union|league|federation|laboratory|labs?)\b\.?/i;
const suffixes = /^(?:jr\.?|sr\.?|ii|iii|iv|v)$/i;

/**
 * The byline as CSL names: "Shannon Greenwood, Andrew Perrin and Maeve Duggan"
 * → three persons; "Pew Research Center" → one literal (an organisation is never
 * split into given and family names). A leading "By " is dropped.
 */
export function parseByline(byline: string | undefined, siteName?: string): CslName[] {
  const text = (byline ?? '').replace(/\s+/g, ' ').trim().replace(/^by\s+/i, '');
  if (!text) return [];
  if (siteName && text.toLowerCase() === siteName.trim().toLowerCase()) return [{ literal: text }];
  if (organisationWords.test(text) && !text.includes(',')) return [{ literal: text }];
  const parts = text
    .split(/\s*,\s*|\s+(?:and|&)\s+|\s*&\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  const names: CslName[] = [];
  for (const part of parts) {
    // "Jane Doe, Jr." — the suffix belongs to the name before it.
    const previous = names.at(-1);
    if (suffixes.test(part) && previous?.family) {
      previous.suffix = part;
      continue;
    }
    names.push(personOrBody(part));
  }
  return names;
}

function personOrBody(name: string): CslName {
  const words = name.split(' ');
  // One word ("Reuters", "admin"), a body, or more words than a name has: keep it whole.
  if (words.length < 2 || words.length > 4 || organisationWords.test(name) || /[@\d]/.test(name)) return { literal: name };
  let suffix: string | undefined;
  if (words.length > 2 && suffixes.test(words.at(-1)!)) suffix = words.pop();
  // Particles stay with the family name ("Ludwig van Beethoven" → "van Beethoven").
  let split = words.length - 1;
  while (split > 1 && /^(?:van|von|der|den|de|del|della|di|da|du|la|le|al|el|bin|ibn|ter|ten)$/i.test(words[split - 1]!)) split -= 1;
  return { given: words.slice(0, split).join(' '), family: words.slice(split).join(' '), ...(suffix ? { suffix } : {}) };
}

/** "2016-11-11T10:00:00-08:00" → [2016, 11, 11], the calendar date as stated (never shifted). */
function dateParts(iso: string | undefined): DateParts | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  if (!match) return undefined;
  return match.slice(1).filter((part): part is string => part !== undefined).map(Number) as DateParts;
}

/**
 * The source as CSL-JSON. A web page; its published date as stated, absent
 * when the page states none; accessed on the day it was captured. A URL that
 * is not http(s) (javascript:, file:) is left out: no reader can follow it.
 *
 * When an organisation is both the author and the site ("World Health
 * Organization" on who.int), the two styles say different things, and CSL
 * cannot tell: APA 7 keeps the author and omits the site name ("when the
 * author and site name are the same, omit the site name"); MLA 9 skips the
 * author and begins with the title, naming the organisation only once, later.
 */
export function sourceToCsl(source: Source, style: CitationStyle): CslItem {
  const url = sourceLink(source);
  let author = parseByline(source.byline, source.siteName);
  const issued = dateParts(source.publishedTime);
  const accessed = dateParts(source.capturedAt);
  let siteName = source.siteName?.replace(/\s+/g, ' ').trim();
  const sameBody = author.length === 1 && siteName !== undefined && author[0]!.literal?.toLowerCase() === siteName.toLowerCase();
  if (sameBody && style === 'apa') siteName = undefined;
  if (sameBody && style === 'mla') author = [];
  return {
    id: source.id,
    type: 'webpage',
    title: source.title.replace(/\s+/g, ' ').trim() || (url ?? 'Untitled page'),
    ...(author.length ? { author } : {}),
    ...(siteName ? { 'container-title': siteName } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    ...(accessed ? { accessed: { 'date-parts': [accessed] } } : {}),
    ...(url ? { URL: url } : {}),
  };
}

// ---------------------------------------------------------------------------
// CSL-JSON → text

// One entry per (style, item), kept for the page's life: the second export,
// and a briefing re-rendered while the user edits it, format nothing again.
const cache = new Map<string, string>();
const cacheLimit = 5000;

function render(item: CslItem, style: CitationStyle): string {
  const key = `${style}\u0000${JSON.stringify(item)}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const text = plugins.output.format('bibliography', [item], { style: cslStyleName[style], lang: locale, format: 'text' });
  const reference = withoutEntryAttribute(text, String(item.id)).replace(/\s+/g, ' ').trim();
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, reference);
  return reference;
}

// Made once: an Intl.DateTimeFormat costs more to build than a whole reference
// costs to look up, and a briefing asks for one per source (scripts/bench/briefing-export.ts).
const apaDate = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

/**
 * citation-js tags each entry's first HTML element with its id, in text
 * output too: a page titled "<img src=x>Growth" came back as
 * `<img data-csl-entry-id="…" src=x>Growth` (issue #6, hostile titles). The
 * reference is the title's text, as the page gave it.
 */
function withoutEntryAttribute(text: string, id: string): string {
  const attribute = ` data-csl-entry-id="${id}"`;
  const at = text.indexOf(attribute);
  return at !== -1 && /^\s*<[a-z]+$/i.test(text.slice(0, at)) ? text.slice(0, at) + text.slice(at + attribute.length) : text;
}

/**
 * The date the page was read, in the style's own words, where CSL left it out.
 * APA 7 and MLA 9 print it only for undated pages; a briefing always shows it
 * (issue #2: every Source line has its accessed date), because web pages change.
 */
function withAccessedDate(reference: string, source: Source, style: CitationStyle): string {
  const captured = new Date(source.capturedAt);
  if (Number.isNaN(captured.getTime())) return reference;
  if (style === 'apa') {
    if (/\bRetrieved\b/.test(reference)) return reference;
    const date = apaDate.format(captured);
    const url = source.canonicalUrl || source.url;
    // APA's form: "Retrieved Month D, YYYY, from URL".
    return reference.endsWith(url) ? `${reference.slice(0, -url.length)}Retrieved ${date}, from ${url}` : reference;
  }
  if (/\bAccessed\b/.test(reference)) return reference;
  const months = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
  // MLA's form: "Accessed D Mon. YYYY."
  return `${reference} Accessed ${captured.getUTCDate()} ${months[captured.getUTCMonth()]} ${captured.getUTCFullYear()}.`;
}

/** One plain-text reference per source, in the given order. */
export function formatReferences(sources: readonly Source[], style: CitationStyle): string[] {
  return sources.map((source) => withAccessedDate(render(sourceToCsl(source, style), style), source, style));
}

/** Forgets every formatted reference (for benchmarks and tests; the compiled styles stay). */
export function clearReferenceCache(): void {
  cache.clear();
}

/** Compiles a style ahead of need (citeproc builds it on first use; APA takes a while). */
export function warmCitationStyle(style: CitationStyle): void {
  render({ id: 'warm-up', type: 'webpage', title: 'Warm-up' }, style);
}
