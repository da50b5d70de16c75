/** The user's current selection on the page, with its place in the page's text. */
import type { Selection as ClipSelection } from '../schema';
import { quoteSelector } from './quote-selector';

const maxContext = 200;

export function describeSelection(doc: Document): ClipSelection | undefined {
  const selection = doc.defaultView?.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const exact = range.toString();
  if (!exact.trim()) return undefined;
  // Context comes from the text immediately around the range, as the W3C
  // model describes it; a bounded slice keeps this cheap on 10 MB pages.
  const before = doc.createRange();
  before.setStart(doc.body ?? doc.documentElement, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEndAfter((doc.body ?? doc.documentElement).lastChild ?? doc.documentElement);
  const prefixText = before.toString().slice(-maxContext);
  const suffixText = after.toString().slice(0, maxContext);
  const joined = prefixText + exact + suffixText;
  const selector = quoteSelector(joined, prefixText.length, prefixText.length + exact.length);
  return { text: exact.replace(/\s+/g, ' ').trim(), selector };
}
