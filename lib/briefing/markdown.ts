/** A briefing as CommonMark: sections of quoted clips with [n] citations, then Sources. */
import { staleMark, staleness } from '../staleness';
import { calendarDate, formatStatedDate } from '../stated-date-format';
import type { BriefingInput, Clip, Source } from '../schema';
import { escapeMarkdown, markdownUrl } from './markdown-escape';
import { outlineByKind } from './outline';

export function briefingMarkdown(input: BriefingInput): string {
  const outline = outlineByKind(input);
  const lines: string[] = [`# ${escapeMarkdown(outline.title)}`, '', `Prepared ${formatStatedDate(outline.preparedOn)}.`, ''];
  for (const section of outline.sections) {
    lines.push(`## ${section.heading}`, '');
    if (section.entries.length === 0) lines.push('_None collected yet._', '');
    for (const { clip, citation, alsoCitations, source } of section.entries) {
      lines.push(`> ${escapeMarkdown(clip.quote)} [${[citation, ...alsoCitations].join(', ')}]`, '');
      const mark =
        clip.kind === 'statistic'
          ? staleMark(staleness({ dataYear: clip.dataYear, publishedTime: source.publishedTime }, input.preparedOn, input.staleAfterYears))
          : undefined;
      if (mark) lines.push(`**${mark}.**`, '');
      if (clip.organisation) {
        lines.push(`Who: ${escapeMarkdown(clip.organisation)}${clip.result ? ` — ${escapeMarkdown(clip.result)}` : ''}.`, '');
      }
      const origin = originLine(clip);
      if (origin) lines.push(origin, '');
      if (clip.note.trim()) lines.push(`Note: ${escapeMarkdown(clip.note)}`, '');
    }
  }
  lines.push('## Sources', '');
  for (const { number, source } of outline.sources) {
    lines.push(`${number}. ${sourceReference(source, outline.preparedOn)}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** "Data: Pew Research Center, 2015." — who the figure comes from, and when. */
function originLine(clip: Clip): string | undefined {
  const parts = [clip.citedOrigin && escapeMarkdown(clip.citedOrigin), clip.dataYear?.toString()].filter(Boolean);
  return parts.length ? `Data: ${parts.join(', ')}.` : undefined;
}

/** Author. Title. *Site*, date or n.d. <URL>. Accessed date. */
export function sourceReference(source: Source, preparedOn: string): string {
  const published = formatStatedDate(source.publishedTime) ?? 'n.d.';
  const accessed = formatStatedDate(calendarDate(source.capturedAt)) ?? formatStatedDate(preparedOn);
  const parts = [
    source.byline && `${escapeMarkdown(source.byline)}.`,
    `${escapeMarkdown(source.title)}.`,
    `${source.siteName ? `*${escapeMarkdown(source.siteName)}*, ` : ''}${published}${published.endsWith('.') ? '' : '.'}`,
    `${markdownUrl(source.canonicalUrl || source.url)}.`,
    `Accessed ${accessed}.`,
  ];
  return parts.filter(Boolean).join(' ');
}
