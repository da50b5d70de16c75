/**
 * A briefing as CommonMark (issue #2, #5): page text escaped so it stays text.
 * The wording of the byline and of the facts under each quote comes from
 * entry-facts.ts, as for the web page and the Word file.
 */
import type { BriefingDocument, BriefingEntry } from './document';
import { keyFiguresHeading } from './document';
import { entryFacts, paragraphs, preparedLine } from './entry-facts';
import { escapeMarkdown, escapeMarkdownInline } from './markdown-escape';
import { entryCount, progressCounter, type ReportProgress } from './progress';

export function briefingMarkdown(document: BriefingDocument, onProgress?: ReportProgress): string {
  const { settings } = document;
  const written = progressCounter(entryCount(document), onProgress);
  const lines: string[] = [`# ${escapeMarkdown(settings.title)}`, ''];
  if (settings.audience.trim()) lines.push(`For: ${escapeMarkdownInline(settings.audience)}  `);
  lines.push(escapeMarkdownInline(preparedLine(settings)), '');
  if (document.keyFigures.length) {
    lines.push(`## ${escapeMarkdown(keyFiguresHeading(document))}`, '');
    for (const entry of document.keyFigures) {
      pushEntry(lines, entry);
      written();
    }
  }
  for (const section of document.sections) {
    lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const paragraph of paragraphs(section.text)) lines.push(escapeMarkdown(paragraph), '');
    for (const entry of section.entries) {
      pushEntry(lines, entry);
      written();
    }
  }
  lines.push('## Sources', '');
  for (const { number, reference } of document.sources) lines.push(`${number}. ${escapeMarkdown(reference)}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** An entry's lines, pushed onto the briefing's (no array per entry: 10,000-clip briefings, issue #5). */
function pushEntry(lines: string[], entry: BriefingEntry): void {
  const { clip, citations, staleMark } = entry;
  lines.push(`> ${escapeMarkdown(clip.quote)} [${citations.join(', ')}]`, '');
  if (staleMark) lines.push(`**${staleMark}.**`, '');
  // The fact follows its label on the same line, so only inline syntax needs escaping.
  // A link as an autolink: a URL from the URL parser holds no space or ">", so nothing in it needs escaping.
  for (const { label, text } of entryFacts(entry)) lines.push(`${label}: ${label === 'Link' ? `<${text}>` : escapeMarkdownInline(text)}`, '');
}
