import { ProgressBar } from './progress-bar';

const count = new Intl.NumberFormat('en-US');

/**
 * "Loading your clips…", with how many are read out of how many once that is
 * known: a link with a search or filter waits for every clip, seconds at
 * 100,000 of them (issue #4), and the user should see it move.
 */
export function LoadingClips({ read, total }: { read: number; total: number }) {
  const known = total > 0 && read > 0;
  const said = known ? `${count.format(read)} of ${count.format(total)} clips read` : 'Starting…';
  return (
    <div className="export-progress">
      <p>Loading your clips…</p>
      <ProgressBar label="Loading progress" {...(known ? { done: read, total, said } : {})} />
      {known && (
        <span className="hint progress-count" aria-hidden="true">
          {said}
        </span>
      )}
    </div>
  );
}
