/**
 * Page text in a Markdown briefing stays text: it cannot become a link, an
 * image, HTML, a heading or a list (issue #2).
 */

// Every character CommonMark gives meaning inline: links and images ([ ] ! ( )),
// raw HTML and autolinks (< >), entities (&), emphasis and code (* _ `),
// strikethrough and tables in GFM (~ |), and the backslash itself.
const inlineSyntax = /[\\`*_[\]()<>!&~|]/g;
const hasInlineSyntax = /[\\`*_[\]()<>!&~|]/;
// What only means something at the start of a line: headings, block quotes,
// lists, thematic breaks, setext underlines, ordered list numbers.
const lineStartSyntax = /^(?:[#>+=-]|\d+[.)])/;

/**
 * Escapes page text that stands inside a line, after a label ("Note: …"):
 * only inline syntax can act there. Newlines fold to spaces.
 */
export function escapeMarkdownInline(text: string): string {
  // Folding only when needed: most text is one line already (10,000-clip briefings, issue #5).
  const folded = /[^\S ]| {2}|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  // Testing first: most clipped text has nothing to escape, and a test costs far less than a replace (issue #5).
  return hasInlineSyntax.test(folded) ? folded.replace(inlineSyntax, '\\$&') : folded;
}

/** Escapes page text for one line of Markdown, which it may begin. Newlines fold to spaces. */
export function escapeMarkdown(text: string): string {
  const inline = escapeMarkdownInline(text);
  if (!lineStartSyntax.test(inline)) return inline;
  return inline
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
