/** lib/extract under Node: the page parsed by linkedom, the same code as the content script. */
import { parseHTML } from 'linkedom';
import { extractPage } from '../../lib/extract';
import type { Extraction } from '../../lib/schema';

export function extractPageData(html: string, url: string): Extraction {
  const { document } = parseHTML(html);
  return extractPage(document as unknown as Document, { url });
}
