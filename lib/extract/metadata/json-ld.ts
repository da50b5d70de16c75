/**
 * What a page's JSON-LD (schema.org) says about the page itself. JSON-LD is
 * hostile input: broken JSON, wrong types, `__proto__` keys, megabyte
 * strings. Nothing here throws; a value of the wrong type counts as absent;
 * only own properties are read; the walk is bounded in depth and breadth.
 */
import { cleanText, isUrlLike, joinNames, maxLength } from './text';
import { sameAddress } from './urls';

export interface JsonLdFields {
  headline?: string;
  name?: string;
  byline?: string;
  /** The article's (or page's) publisher. */
  publisherName?: string;
  /** A WebSite or organisation described on the page: a weaker site name than the publisher. */
  websiteName?: string;
  /** datePublished as stated (not yet normalised). */
  datesPublished: string[];
  /** dateCreated: a draft can be created long before it is published, so this is a weaker witness. */
  datesCreated: string[];
  /** dateModified: when the page says it last changed (a wiki page's latest version, a roundup updated yearly). */
  datesModified: string[];
  /** url, mainEntityOfPage, @id: the addresses the article gives itself. */
  urls: string[];
  description?: string;
  inLanguage?: string;
  /** The page says it lists other works (a section front, search results) and is no article itself. */
  isCollection: boolean;
}

/**
 * Scripts larger than this are not metadata; parsing them would only cost
 * time (JSON.parse reads about 100 MB/s, so this bounds a page to tens of ms).
 */
const maxScriptLength = 4_000_000;
/** Nodes looked at across all scripts, and how deep arrays and @graph may nest. */
const maxNodes = 500;
const maxDepth = 5;

const articleTypes = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'asknewsarticle', 'askpublicnewsarticle',
  'satiricalarticle', 'scholarlyarticle', 'medicalscholarlyarticle', 'techarticle', 'apireference',
  'report', 'blogposting', 'liveblogposting', 'socialmediaposting', 'discussionforumposting',
]);
const pageTypes = new Set([
  'webpage', 'aboutpage', 'collectionpage', 'contactpage', 'faqpage', 'itempage', 'medicalwebpage',
  'profilepage', 'qapage', 'searchresultspage',
]);
const websiteTypes = new Set(['website']);
const collectionTypes = new Set(['collectionpage', 'searchresultspage']);
/** An organisation described on its own (not as someone's publisher) is, in practice, the site's owner. */
const organisationTypes = new Set(['newsmediaorganization', 'organization', 'corporation']);

type JsonObject = Record<string, unknown>;

/** The fields of the JSON-LD node that describes this page; `pageUrls` pick it when several could. */
export function readJsonLd(doc: Document, pageUrls: readonly string[]): JsonLdFields {
  const nodes = collectNodes(doc);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = own(node, '@id');
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const articles = nodes.filter((node) => hasType(node, articleTypes));
  const pages = nodes.filter((node) => hasType(node, pageTypes));
  const article = describingThisPage(articles, pageUrls);
  const page = describingThisPage(pages, pageUrls);
  // The article speaks first; the page around it fills what it leaves out.
  const primary = [article, page].filter((node): node is JsonObject => node !== undefined);
  const pick = <T>(read: (node: JsonObject) => T | undefined) => {
    for (const node of primary) {
      const value = read(node);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const resolve = (value: unknown) => resolveReference(value, byId);
  // Headline and name are compared with each other (see title.ts), so both come from one node.
  const titled = primary.find(
    (node) => cleanText(own(node, 'headline'), maxLength.title) ?? cleanText(own(node, 'name'), maxLength.title),
  );

  return {
    headline: titled && cleanText(own(titled, 'headline'), maxLength.title),
    name: titled && cleanText(own(titled, 'name'), maxLength.title),
    byline: pick((node) => joinNames(personNames(own(node, 'author'), resolve))),
    publisherName: pick((node) => nameOf(resolve(own(node, 'publisher')))),
    websiteName:
      pick((node) => nameOf(resolve(own(node, 'isPartOf')))) ??
      nodes.filter((node) => hasType(node, websiteTypes)).map(nameOf).find(Boolean) ??
      nodes.filter((node) => hasType(node, organisationTypes)).map(nameOf).find(Boolean),
    datesPublished: primary.map((node) => own(node, 'datePublished')).filter(isString),
    datesCreated: primary.map((node) => own(node, 'dateCreated')).filter(isString),
    datesModified: primary.map((node) => own(node, 'dateModified')).filter(isString),
    urls: article ? addressesOf(article) : page ? addressesOf(page) : [],
    description: pick((node) => cleanText(own(node, 'description'), maxLength.excerpt)),
    inLanguage: pick((node) => cleanText(own(node, 'inLanguage'), maxLength.lang)),
    isCollection: !article && !!page && hasType(page, collectionTypes),
  };
}

/** Every object node in every ld+json script: top-level arrays and @graph unfolded. */
function collectNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (nodes.length >= maxNodes || depth > maxDepth) return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, maxNodes)) visit(item, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    nodes.push(value);
    const graph = own(value, '@graph');
    if (graph !== undefined) visit(graph, depth + 1);
    // A page can wrap its article: {"@type": "WebPage", "mainEntity": {"@type": "Article"}}.
    const mainEntity = own(value, 'mainEntity');
    if (isObject(mainEntity) && hasType(mainEntity, articleTypes)) visit(mainEntity, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    visit(parseScript(script.textContent ?? ''), 0);
  }
  return nodes;
}

function parseScript(source: string): unknown {
  if (source.length > maxScriptLength) return undefined;
  const text = source
    .trim()
    // CMSes wrap the JSON in CDATA or comment markers, and some end it with ";".
    .replace(/^(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)\s*/, '')
    .replace(/\s*(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)$/, '')
    .replace(/;\s*$/, '');
  try {
    return JSON.parse(text);
  } catch {
    // The commonest breakage in the wild: raw line breaks inside strings.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** The candidate whose own address is this page's; else the first. */
function describingThisPage(candidates: JsonObject[], pageUrls: readonly string[]): JsonObject | undefined {
  if (candidates.length <= 1) return candidates[0];
  return (
    candidates.find((node) => addressesOf(node).some((a) => pageUrls.some((p) => sameAddress(a, p)))) ??
    candidates[0]
  );
}

function addressesOf(node: JsonObject): string[] {
  const addresses: unknown[] = [own(node, 'url')];
  const mainEntityOfPage = own(node, 'mainEntityOfPage');
  if (isObject(mainEntityOfPage)) addresses.push(own(mainEntityOfPage, '@id'), own(mainEntityOfPage, 'url'));
  else addresses.push(mainEntityOfPage);
  addresses.push(own(node, '@id'));
  return addresses.filter((a): a is string => typeof a === 'string' && /^https?:\/\//i.test(a.trim()));
}

/** Names from an author value: a string, a Person, an @id reference, or an array of them. */
function personNames(value: unknown, resolve: (value: unknown) => unknown, depth = 0): string[] {
  if (depth > 3) return [];
  if (typeof value === 'string') return isUrlLike(value.trim()) ? [] : [value];
  if (Array.isArray(value)) return value.slice(0, 50).flatMap((item) => personNames(item, resolve, depth + 1));
  const name = nameOf(resolve(value));
  return name ? [name] : [];
}

function nameOf(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const name = cleanText(own(value, 'name'), maxLength.siteName);
  if (name) return name;
  const given = cleanText(own(value, 'givenName'), maxLength.byline);
  const family = cleanText(own(value, 'familyName'), maxLength.byline);
  return given || family ? cleanText([given, family].filter(Boolean).join(' '), maxLength.byline) : undefined;
}

/** `{"@id": "#author"}` stands for the node elsewhere on the page that carries that @id. */
function resolveReference(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (!isObject(value) || own(value, 'name') !== undefined) return value;
  const id = own(value, '@id');
  return (typeof id === 'string' && byId.get(id)) || value;
}

function hasType(node: JsonObject, types: Set<string>): boolean {
  const type = own(node, '@type');
  const list = Array.isArray(type) ? type.slice(0, 20) : [type];
  return list.some((item) => typeof item === 'string' && types.has(typeName(item)));
}

/** "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" are one type. */
const typeName = (type: string) => type.trim().replace(/^.*[/:#]/, '').toLowerCase();

/** Whether a schema.org type (JSON-LD @type or microdata itemtype) describes an article or a web page. */
export function isArticleOrPageType(type: string): boolean {
  const name = typeName(type);
  return articleTypes.has(name) || pageTypes.has(name);
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property the JSON itself states, never one inherited from Object.prototype. */
function own(node: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}
