/** Every <meta> on the page, read once, looked up by the names pages give them. */

export interface MetaTags {
  /** The first non-blank content stated under any of `keys`, in the order of `keys`. */
  first(...keys: string[]): string | undefined;
  /** Every non-blank content stated under `key`, in document order. */
  all(key: string): string[];
}

/**
 * Keys are lower-cased and Dublin Core spellings folded together, so
 * `DC.Date.Issued`, `dc:date.issued` and `dc.date.issued` are one key, as are
 * `dcterms:created` and `DCTERMS.created`. `property` and `name` may list
 * several keys separated by spaces (`property="og:title dc:title"`).
 * Microdata (`itemprop`) and `http-equiv` keep their own namespace
 * ("itemprop:datepublished", "http-equiv:content-language") because their
 * short names ("name", "url", "author") mean something else on every page.
 */
export function readMetaTags(doc: Document): MetaTags {
  const values = new Map<string, string[]>();
  // Which attribute stated each key: see all() below.
  const byName = new Map<string, string[]>();
  const byProperty = new Map<string, string[]>();
  const add = (key: string, content: string, map = values) => {
    const list = map.get(key);
    if (list) list.push(content);
    else map.set(key, [content]);
  };
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (!content?.trim()) continue;
    for (const key of keysOf(meta.getAttribute('property'))) {
      add(key, content);
      add(key, content, byProperty);
    }
    for (const key of keysOf(meta.getAttribute('name'))) {
      add(key, content);
      add(key, content, byName);
    }
    for (const key of keysOf(meta.getAttribute('itemprop'))) add(`itemprop:${key}`, content);
    for (const key of keysOf(meta.getAttribute('http-equiv'))) add(`http-equiv:${key}`, content);
  }
  return {
    first: (...keys) => {
      for (const key of keys) {
        const found = values.get(key)?.[0];
        if (found) return found;
      }
      return undefined;
    },
    all: (key) => {
      // One statement written twice, as RDFa (property="dc:creator") and as HTML
      // (name="DC.creator"), is not two authors: the property= values stand.
      const stated = byProperty.get(key);
      return stated && byName.has(key) ? stated : (values.get(key) ?? []);
    },
  };
}

function keysOf(attribute: string | null): string[] {
  if (!attribute) return [];
  return attribute
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((key) => key.replace(/^dcterms?[:.]/, 'dcterms.').replace(/^dc:/, 'dc.'));
}
