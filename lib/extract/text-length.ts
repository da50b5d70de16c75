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
 * space only), or `4 * length + 2 * (starts with space) + (ends with space)`.
 */

export const empty = -1;
export const blank = -2;

const nonBlank = /\S/;
const space = /\s/;
const spaceRuns = /\s{2,}/g;

/** The measure of a string. */
export function measureText(text: string): number {
  if (!nonBlank.test(text)) return text ? blank : empty;
  const length = text.trim().replace(spaceRuns, ' ').length;
  return length * 4 + (space.test(text.charAt(0)) ? 2 : 0) + (space.test(text.charAt(text.length - 1)) ? 1 : 0);
}

/** The measure of `a` followed by `b`. */
export function joinMeasures(a: number, b: number): number {
  if (b === empty) return a;
  if (a === empty) return b;
  if (b === blank) return a === blank ? blank : a - (a % 2) + 1;
  if (a === blank) return b - (b % 4) + 2 + (b % 2);
  const between = a % 2 === 1 || b % 4 >= 2 ? 1 : 0;
  return (Math.floor(a / 4) + Math.floor(b / 4) + between) * 4 + (a % 4) - (a % 2) + (b % 2);
}

/** The length a measure stands for: what `trim().replace(/\s{2,}/g, ' ').length` gives. */
export function measuredLength(measure: number): number {
  return measure < 0 ? 0 : Math.floor(measure / 4);
}

/**
 * The measure of `element`'s text (its Text descendants, as textContent
 * reads them). Measures of elements already in `known` are reused, and
 * every element measured here is added to it: `known` is only valid while
 * the document does not change.
 */
export function measureElement(element: Element, known: Map<Node, number>): number {
  const found = known.get(element);
  if (found !== undefined) return found;
  let reuse = false;
  for (let child = element.firstElementChild; child && !reuse; child = child.nextElementSibling) reuse = known.has(child);
  let measure: number;
  if (!reuse) {
    measure = measureText(element.textContent ?? '');
  } else {
    measure = empty;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3 || type === 4) measure = joinMeasures(measure, measureText((child as CharacterData).data));
      else if (type === 1) measure = joinMeasures(measure, measureElement(child as Element, known));
    }
  }
  known.set(element, measure);
  return measure;
}
