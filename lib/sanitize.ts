/**
 * The one HTML sanitizer (DOMPurify). Anything shown as HTML in an extension
 * page goes through here, even HTML Casefile wrote itself from page text: a
 * mistake in an escaper must not become a script (issue #6).
 */
import DOMPurify from 'dompurify';

/** A body fragment: text, structure and safe links kept; no script, handlers, forms, frames or foreign URLs. */
export function sanitizeHtmlFragment(html: string): string {
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ['script', 'style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'base', 'link', 'meta'],
    FORBID_ATTR: ['style', 'srcset'],
    // Only web links and links within the page (the [n] citations).
    ALLOWED_URI_REGEXP: /^(?:https?:|#)/i,
  });
}
