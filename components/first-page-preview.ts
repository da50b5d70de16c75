/**
 * The newest clips painted as plain DOM the moment they are read, before
 * React, Dexie and the library's components have loaded (issue #4: the first
 * clips visible within 100 ms at 10,000 clips; the page's code, not the
 * library's size, is what takes longer). Read-only and marked busy: the
 * library replaces it when it mounts. Page text goes in as text nodes only.
 * Painted only for the plain library address; a link with a search, filter or
 * other view waits for the library itself, which needs every clip.
 */
import type { FirstPageSnapshot } from '@/lib/first-page-snapshot';
import { kindLabels } from './kind-labels';

/**
 * Paints the newest clips into an empty `root`; returns what it painted, or
 * undefined when it did not. A snapshot (lib/first-page-snapshot.ts) or a
 * read of the database (lib/first-page.ts): the same markup either way.
 */
export function paintFirstPage(root: HTMLElement | null, page: FirstPageSnapshot | undefined, search: string): HTMLElement | undefined {
  // Mounted already, nothing saved yet, or a view the newest clips do not start.
  if (!root || root.firstChild || !page || page.clips.length === 0 || search.replace(/^\?/, '') !== '') return undefined;
  const doc = root.ownerDocument;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const made = doc.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  };
  const sources = new Map(page.sources.map((source) => [source.id, source]));
  const main = element('main', 'library');
  main.setAttribute('aria-busy', 'true');
  const header = element('header', 'library-header');
  header.append(element('h1', undefined, 'Casefile library'));
  const list = element('ul', 'clip-list');
  list.setAttribute('aria-label', 'Clips');
  for (const clip of page.clips) {
    const card = element('li', 'clip-card');
    card.dataset.clipId = clip.id;
    const body = element('div', 'clip-card-body');
    const quote = element('blockquote', undefined, clip.quote);
    quote.dir = 'auto';
    body.append(element('span', 'clip-kind', kindLabels[clip.kind]), quote);
    // The note and tags are what a user looks for first in their own clips; the
    // preview must not read as if they were lost while the library loads.
    if (clip.note) body.append(element('p', 'clip-note', `Note: ${clip.note}`));
    if (clip.tags.length > 0) {
      const tags = element('ul', 'clip-tags');
      tags.setAttribute('aria-label', 'Tags');
      for (const tag of clip.tags) tags.append(element('li', undefined, tag));
      body.append(tags);
    }
    const source = sources.get(clip.sourceId);
    if (source) body.append(element('p', 'clip-source', [source.title, source.siteName].filter(Boolean).join(' · ')));
    card.append(body);
    list.append(card);
  }
  main.append(header, element('p', 'hint', 'Loading your library…'), list);
  root.append(main);
  return main;
}
