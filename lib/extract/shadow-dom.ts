/**
 * Pages built from web components keep their text in shadow roots, which
 * Readability (like any tree walk from the document) never enters (issue #6).
 * Casefile reads such a page from a copy in which each open shadow root's
 * content stands in place of its host's children, with slotted children put
 * where their slot is: the page as it is shown. Closed roots cannot be read by
 * anyone but the page, and stay as they are.
 */

/** Whether any element of the page has an open shadow root with something in it. */
export function hasOpenShadowRoot(doc: Document): boolean {
  const elements = doc.getElementsByTagName('*');
  for (let i = 0; i < elements.length; i++) {
    if (elements[i]!.shadowRoot?.firstChild) return true;
  }
  return false;
}

/** A detached copy of the page with open shadow roots flattened into it; the page is untouched. */
export function flattenShadowRoots(doc: Document): Document {
  const copy = doc.implementation.createHTMLDocument('');
  copy.removeChild(copy.documentElement);
  if (doc.documentElement) copy.appendChild(flatCopy(doc.documentElement, copy));
  return copy;
}

function flatCopy(node: Node, owner: Document): Node {
  if (node.nodeType !== 1) return owner.importNode(node, false);
  const element = node as Element;
  if (element.localName === 'slot' && 'assignedNodes' in element) {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length > 0) {
      const fragment = owner.createDocumentFragment();
      for (const child of assigned) fragment.appendChild(flatCopy(child, owner));
      return fragment;
    }
  }
  const copy = owner.importNode(element, false);
  const root = element.shadowRoot;
  const from: Node = root?.firstChild ? root : element;
  for (let child = from.firstChild; child; child = child.nextSibling) copy.appendChild(flatCopy(child, owner));
  return copy;
}
