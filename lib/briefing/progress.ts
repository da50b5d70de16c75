/**
 * How far a briefing export has got (issue #5): "exports of more than a few
 * hundred clips show a progress bar". Every format counts the clips it has
 * written; the Word file then says it is packing (the zip step, which has no
 * clips to count).
 */
import type { BriefingDocument } from './document';

export interface BriefingProgress {
  /** Clips written so far. */
  done: number;
  /** Clips the file will hold. */
  total: number;
  stage: 'entries' | 'packing';
}

export type ReportProgress = (progress: BriefingProgress) => void;

/** At most this many reports per export: each one crosses from the worker to the page. */
const reportsPerExport = 100;

/**
 * A counter to call once per clip written: it reports the start, about every
 * hundredth of the way, and the end, so that 10,000 clips cost 100 messages.
 */
export function progressCounter(total: number, report: ReportProgress | undefined): () => void {
  if (!report) return () => {};
  const every = Math.max(1, Math.ceil(total / reportsPerExport));
  let done = 0;
  let next = every;
  report({ done, total, stage: 'entries' });
  return () => {
    done += 1;
    if (done === next || done === total) {
      next += every;
      report({ done, total, stage: 'entries' });
    }
  };
}

/**
 * The latest progress, for a page to follow: only the progress bar subscribes,
 * so that a hundred reports do not re-render a builder listing 10,000 clips.
 */
export class ProgressStore {
  private current: BriefingProgress | undefined;
  private readonly listeners = new Set<() => void>();

  readonly get = (): BriefingProgress | undefined => this.current;

  readonly set = (progress: BriefingProgress | undefined): void => {
    this.current = progress;
    for (const listener of this.listeners) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** How many clips a briefing quotes: its key figures and every section's entries. */
export function entryCount(document: BriefingDocument): number {
  let count = document.keyFigures.length;
  for (const section of document.sections) count += section.entries.length;
  return count;
}
