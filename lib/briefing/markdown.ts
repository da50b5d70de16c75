/** A briefing as CommonMark (issue #2, #5): page text escaped so it stays text. */
import { formatStatedDate } from '../stated-date-format';
import type { BriefingDocument, BriefingEntry } from './document';
import { keyFiguresHeading } from './document';
import { escapeMarkdown } from './markdown-escape';

export function briefingMarkdown(document: BriefingDocument): string {
  const { settings } = document;
  const lines: string[] = [`# ${escapeMarkdown(settings.title)}`, ''];
  if (settings.audience.trim()) lines.push(`For: ${escapeMarkdown(settings.audience)}  `);
  lines.push(`${settings.author.trim() ? `Prepared by ${escapeMarkdown(settings.author)}, ` : 'Prepared '}${formatStatedDate(settings.date)}.`, '');
  if (document.keyFigures.length) {
    lines.push(`## ${escapeMarkdown(keyFiguresHeading(document))}`, '');
    for (const entry of document.keyFigures) lines.push(...entryLines(entry));
  }
  for (const section of document.sections) {
    lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const paragraph of paragraphs(section.text)) lines.push(escapeMarkdown(paragraph), '');
    for (const entry of section.entries) lines.push(...entryLines(entry));
  }
  lines.push('## Sources', '');
  for (const { number, reference } of document.sources) lines.push(`${number}. ${escapeMarkdown(reference)}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

function paragraphs(text: string | undefined): string[] {
  return (text ?? '').split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
}

function entryLines({ clip, citations, staleMark }: BriefingEntry): string[] {
  const lines = [`> ${escapeMarkdown(clip.quote)} [${citations.join(', ')}]`, ''];
  if (staleMark) lines.push(`**${staleMark}.**`, '');
  if (clip.organisation) lines.push(`Who: ${escapeMarkdown(clip.organisation)}${clip.result ? ` — ${escapeMarkdown(clip.result)}` : ''}.`, '');
  const origin = [clip.citedOrigin && escapeMarkdown(clip.citedOrigin), clip.dataYear?.toString()].filter(Boolean);
  if (origin.length) lines.push(`Data: ${origin.join(', ')}.`, '');
  if (clip.note.trim()) lines.push(`Note: ${escapeMarkdown(clip.note)}`, '');
  return lines;
}
