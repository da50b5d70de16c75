/**
 * Page text in an HTML briefing stays text (issue #5): the one escape every
 * piece of text and every attribute value goes through.
 */
const special = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most text has nothing to escape; chained replaces beat a callback per character.
  if (!special.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
