import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blank, empty, joinMeasures, measuredLength, measureElement, measureText } from './text-length';

/** Readability's measure of a text: `_getInnerText(e).length`. */
const readabilityLength = (text: string) => text.trim().replace(/\s{2,}/g, ' ').length;

/** Strings made mostly of white space of every kind \s knows, and a few letters. */
const spacey = fc
  .array(fc.constantFrom('a', 'Z', '1', '.', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\r\n', ''), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('measureText and joinMeasures', () => {
  it('measure a text as Readability does', () => {
    fc.assert(fc.property(spacey, (text) => measuredLength(measureText(text)) === readabilityLength(text)), { numRuns: 2000 });
    expect(measureText('')).toBe(empty);
    expect(measureText(' \n ')).toBe(blank);
  });

  it('measure two texts joined as the joined text', () => {
    fc.assert(
      fc.property(spacey, spacey, (a, b) => joinMeasures(measureText(a), measureText(b)) === measureText(a + b)),
      { numRuns: 5000 },
    );
  });
});

/** A small random tree of elements, text and comments, as HTML. */
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    spacey.map((text) => text.replace(/[<&]/g, '')),
    fc.constant('<!-- a comment -->'),
    fc.tuple(fc.constantFrom('div', 'p', 'span', 'a'), fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, children]) => `<${tag}>${children.join('')}</${tag}>`,
    ),
  ),
})).node;

describe('measureElement', () => {
  it("gives Readability's length of every element's text, whichever were measured before", () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), fc.array(fc.nat(), { maxLength: 6 }), (children, order) => {
        const { document } = parseHTML(`<html><body><div id="root">${children.join('')}</div></body></html>`);
        const elements = Array.from(document.querySelectorAll('#root, #root *')) as Element[];
        const known = new Map<Node, number>();
        // Some elements first, in any order, so that later ones reuse them.
        for (const index of order) {
          const element = elements[index % elements.length]!;
          if (measuredLength(measureElement(element, known)) !== readabilityLength(element.textContent ?? '')) return false;
        }
        return elements.every((element) => measuredLength(measureElement(element, known)) === readabilityLength(element.textContent ?? ''));
      }),
      { numRuns: 500 },
    );
  });
});
