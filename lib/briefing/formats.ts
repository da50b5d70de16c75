/** Every briefing file Casefile writes, by format: one place to add a format (issue #5). */
import type { ClipWithSource } from '../clips';
import type { BriefingInput } from '../schema';
import { buildBriefing } from './document';
import { briefingMarkdown } from './markdown';

export const briefingFormats = ['markdown'] as const;
export type BriefingFormat = (typeof briefingFormats)[number];

export interface BriefingFormatInfo {
  /** The download button's name. */
  label: string;
  extension: string;
  mime: string;
}

export const formatInfo: Record<BriefingFormat, BriefingFormatInfo> = {
  markdown: { label: 'Download Markdown', extension: 'md', mime: 'text/markdown;charset=utf-8' },
};

/** The file's content for a format: text, or bytes for binary formats. */
export async function renderBriefing(format: BriefingFormat, input: BriefingInput, _items: readonly ClipWithSource[]): Promise<Blob> {
  const { mime } = formatInfo[format];
  switch (format) {
    case 'markdown':
      return new Blob([briefingMarkdown(buildBriefing(input))], { type: mime });
  }
}

/** "casefile-why-social-media-matters-2026-11-29.md". */
export function briefingFileName(title: string, date: string, format: BriefingFormat): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `casefile-${slug || 'briefing'}-${date}.${formatInfo[format].extension}`;
}
