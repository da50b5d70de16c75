/**
 * The length of an element's text as Readability measures it,
 * `textContent.trim().replace(/\s{2,}/g, ' ').length`, worked out from the
 * lengths of its children so that nested elements share the reading of their
 * text: once a child's text is measured, its parent needs only the rest.
 *
 * A text's measure is the number of its non-space characters plus the number
 * of runs of white space between them (each run becomes one character), so
 * it is put together from its parts' measures and whether each part begins
 * or ends with white space. A measure is one number: `empty`, `blank` (white
 * space only), or `4 * length + 2 * (starts with space) + (ends with space)`
 * (texts are far shorter than 2^29 characters, so it fits in 32 bits).
 */

export const empty = -1;
export const blank = -2;

const space = /\s/;

/** The measure of a string. */
export function measureText(text: string): number {
  if (!/\S/.test(text)) return text ? blank : empty;
  return (
    text.trim().replace(/\s{2,}/g, ' ').length * 4 +
    (space.test(text.charAt(0)) ? 2 : 0) +
    (space.test(text.charAt(text.length - 1)) ? 1 : 0)
  );
}

/** The measure of `a` followed by `b`. */
export function joinMeasures(a: number, b: number): number {
  if (a === empty || b === empty) return a === empty ? b : a;
  if (b === blank) return a === blank ? a : a | 1;
  if (a === blank) return b | 2;
  // The run of white space where they meet, if either side has one, is one character.
  return ((a >> 2) + (b >> 2) + ((a | (b >> 1)) & 1)) * 4 + (a & 2) + (b & 1);
}

/** The length a measure stands for: what `trim().replace(/\s{2,}/g, ' ').length` gives. */
export const measuredLength = (measure: number): number => (measure < 0 ? 0 : measure >> 2);

/**
 * The measure of `element`'s text (its Text descendants, as textContent
 * reads them). Measures of elements already in `known` are reused, and
 * every element measured here is added to it: `known` is only valid while
 * the document does not change.
 */
export function measureElement(element: Element, known: Map<Node, number>): number {
  let measure = known.get(element);
  if (measure !== undefined) return measure;
  let child = element.firstElementChild;
  while (child && !known.has(child)) child = child.nextElementSibling;
  if (!child) {
    measure = measureText(element.textContent ?? '');
  } else {
    measure = empty;
    for (let node = element.firstChild; node; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === 3 || type === 4) measure = joinMeasures(measure, measureText((node as CharacterData).data));
      else if (type === 1) measure = joinMeasures(measure, measureElement(node as Element, known));
    }
  }
  known.set(element, measure);
  return measure;
}
