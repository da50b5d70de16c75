/** W3C TextQuoteSelector for a span of text: enough context to find it again. */
import type { TextQuoteSelector } from '../schema';

const contextLength = 32;

export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
  };
}
