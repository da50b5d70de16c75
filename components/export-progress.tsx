import { useSyncExternalStore } from 'react';
import type { ProgressStore } from '@/lib/briefing/progress';
import { ProgressBar } from './progress-bar';

export interface ExportProgressProps {
  /** Empty until the worker's first report: the bar is indeterminate until then. */
  progress: ProgressStore;
  onCancel(): void;
}

const count = new Intl.NumberFormat('en-US');

/**
 * A briefing file being made (issue #5): how many clips are written, out of
 * how many, as a progressbar a screen reader can read, and Cancel.
 */
export function ExportProgress({ progress: store, onCancel }: ExportProgressProps) {
  const progress = useSyncExternalStore(store.subscribe, store.get);
  const packing = progress?.stage === 'packing';
  const said = !progress
    ? 'Starting…'
    : packing
      ? `All ${count.format(progress.total)} clips written; packing the file…`
      : `${count.format(progress.done)} of ${count.format(progress.total)} clips written`;
  return (
    <div className="export-progress" role="group" aria-label="Export">
      <span>Preparing the file…</span>
      <ProgressBar label="Export progress" {...(progress ? { done: progress.done, total: progress.total, said } : {})} />
      {/* Cancel before the changing count, so that it stays put under the pointer. */}
      <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      <span className="hint progress-count" aria-hidden="true">{said}</span>
    </div>
  );
}
