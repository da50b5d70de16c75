import { ProgressBar } from './progress-bar';

const count = new Intl.NumberFormat('en-US');

/**
 * "Loading your clips…", with how many are read out of how many once that is
 * known: a link with a search or filter reads every clip, seconds at 100,000
 * of them (issue #4), and the user should see it move. With `matches`, the
 * list below already shows the matches among the clips read so far.
 */
export function LoadingClips({ read, total, matches }: { read: number; total: number; matches?: number }) {
  const known = total > 0 && read > 0;
  const said = known ? `${count.format(read)} of ${count.format(total)} clips read` : 'Starting…';
  const heading =
    matches === undefined ? 'Loading your clips…'
    : matches === 0 ? 'Still reading your clips: no match yet.'
    : `Still reading your clips: ${count.format(matches)} ${matches === 1 ? 'match' : 'matches'} so far.`;
  return (
    <div className="export-progress">
      <p>{heading}</p>
      <ProgressBar label="Loading progress" {...(known ? { done: read, total, said } : {})} />
      {known && (
        <span className="hint progress-count" aria-hidden="true">
          {said}
        </span>
      )}
    </div>
  );
}
