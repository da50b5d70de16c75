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
      lines.push(...entryLines(entry));
      written();
    }
  }
  for (const section of document.sections) {
    lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const paragraph of paragraphs(section.text)) lines.push(escapeMarkdown(paragraph), '');
    for (const entry of section.entries) {
      lines.push(...entryLines(entry));
      written();
    }
  }
  lines.push('## Sources', '');
  for (const { number, reference } of document.sources) lines.push(`${number}. ${escapeMarkdown(reference)}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

function entryLines(entry: BriefingEntry): string[] {
  const { clip, citations, staleMark } = entry;
  const lines = [`> ${escapeMarkdown(clip.quote)} [${citations.join(', ')}]`, ''];
  if (staleMark) lines.push(`**${staleMark}.**`, '');
  // The fact follows its label on the same line, so only inline syntax needs escaping.
  for (const { label, text } of entryFacts(entry)) lines.push(`${label}: ${escapeMarkdownInline(text)}`, '');
  return lines;
}
