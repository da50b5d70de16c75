/** Every briefing file Casefile writes, by format: one place to add a format (issue #5). */
import type { ClipWithSource } from '../clips';
import type { BriefingInput } from '../schema';
import { briefingCsv } from './csv';
import { buildBriefing } from './document';
import { briefingDocx } from './docx';
import { briefingHtml } from './html';
import { briefingMarkdown } from './markdown';
import type { ReportProgress } from './progress';

export const briefingFormats = ['markdown', 'html', 'docx', 'csv'] as const;
export type BriefingFormat = (typeof briefingFormats)[number];

export interface BriefingFormatInfo {
  /** The download button's name. */
  label: string;
  extension: string;
  mime: string;
}

export const formatInfo: Record<BriefingFormat, BriefingFormatInfo> = {
  markdown: { label: 'Download Markdown', extension: 'md', mime: 'text/markdown;charset=utf-8' },
  html: { label: 'Download web page', extension: 'html', mime: 'text/html;charset=utf-8' },
  docx: { label: 'Download Word', extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  csv: { label: 'Download CSV', extension: 'csv', mime: 'text/csv;charset=utf-8' },
};

/**
 * The file for a format. CSV is one row per clip, so it takes the clips with
 * their sources. `onProgress` hears how many clips are written (issue #5).
 */
export async function renderBriefing(
  format: BriefingFormat,
  input: BriefingInput,
  items: readonly ClipWithSource[],
  onProgress?: ReportProgress,
): Promise<Blob> {
  const { mime } = formatInfo[format];
  switch (format) {
    case 'markdown':
      return new Blob([briefingMarkdown(buildBriefing(input), onProgress)], { type: mime });
    case 'html':
      return new Blob([briefingHtml(buildBriefing(input), onProgress)], { type: mime });
    case 'docx':
      return briefingDocx(buildBriefing(input), onProgress);
    case 'csv':
      return new Blob([briefingCsv(items, onProgress)], { type: mime });
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
