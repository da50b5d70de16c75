/**
 * A bar a screen reader can read: its count and sentence once known,
 * indeterminate (a sweep) until then. Shared by the export (issue #5) and the
 * library's full load (issue #4).
 */
export function ProgressBar({ label, done, total, said }: { label: string; done?: number; total?: number; said?: string }) {
  const known = done !== undefined && total !== undefined && total > 0;
  return (
    <div
      role="progressbar"
      className="progress-bar"
      aria-label={label}
      aria-valuemin={0}
      {...(known ? { 'aria-valuenow': done, 'aria-valuemax': total, 'aria-valuetext': said } : {})}
    >
      <div className={known ? 'progress-fill' : 'progress-fill indeterminate'} style={known ? { width: `${((done / total) * 100).toFixed(1)}%` } : undefined} />
    </div>
  );
}
