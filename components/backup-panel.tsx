import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { exportBackup, importBackupText, reportSentence } from '@/lib/backup';
import { backupReminderThreshold, clipsSinceBackup } from '@/lib/backup-reminder';
import { db } from '@/lib/db';
import { lastBackupItem, readLastBackup } from '@/lib/settings';
import { formatStatedDate } from '@/lib/stated-date-format';
import { downloadFile } from './download-file';

/** The last backup's date, kept current across pages. */
function useLastBackup(): string | undefined | null {
  const [at, setAt] = useState<string | undefined | null>(null);
  useEffect(() => {
    void readLastBackup().then((last) => setAt(last?.at));
    return lastBackupItem.watch(() => void readLastBackup().then((last) => setAt(last?.at)));
  }, []);
  return at;
}

/**
 * Export a backup of everything; import one, refused whole with the reasons
 * when anything in it is wrong (issue #5).
 */
export function BackupPanel() {
  const id = useId();
  const [result, setResult] = useState<{ text: string; problems?: string[] }>();
  const [busy, setBusy] = useState(false);
  const lastBackup = useLastBackup();

  async function exportAll() {
    setBusy(true);
    try {
      const text = await exportBackup(db);
      const today = new Date().toISOString().slice(0, 10);
      downloadFile(new Blob([text], { type: 'application/json' }), `casefile-backup-${today}.json`);
      await lastBackupItem.setValue({ at: new Date().toISOString() });
      setResult({ text: 'Backup exported. Keep the file somewhere safe: it is your library.' });
    } catch {
      setResult({ text: 'Casefile could not export the backup. Reload the page and try again.' });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(file: File) {
    setBusy(true);
    try {
      const outcome = await importBackupText(db, await file.text());
      if (!outcome.ok) {
        setResult({ text: `Casefile did not import ${file.name}; your library is unchanged.`, problems: outcome.problems });
        return;
      }
      setResult({ text: `${file.name}: ${reportSentence(outcome.report)}` });
    } catch {
      setResult({ text: `Casefile could not import ${file.name}; your library is unchanged. Try again, or check the file.` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="backup" aria-label="Backup">
      <h2>Backup</h2>
      <p className="hint">
        {lastBackup === null ? '' : lastBackup ? `Last backup: ${formatStatedDate(lastBackup)}.` : 'No backup exported yet.'}
      </p>
      <div className="downloads">
        <button type="button" onClick={() => void exportAll()} disabled={busy}>
          Export backup
        </button>
        <label htmlFor={`${id}-import`} className="file-label">
          Import backup
        </label>
        <input
          id={`${id}-import`}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {result && (
        <div role={result.problems ? 'alert' : 'status'}>
          <p>{result.text}</p>
          {result.problems && (
            <ul>
              {result.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** "You have 52 new clips since your last backup" — shown at the top of the library. */
export function BackupReminder() {
  const lastBackup = useLastBackup();
  const count = useLiveQuery(() => (lastBackup === null ? undefined : clipsSinceBackup(db, lastBackup)), [lastBackup]);
  if (count === undefined || count < backupReminderThreshold) return null;
  return (
    <p className="notice" role="note">
      {count} new clips since {lastBackup ? `your last backup (${formatStatedDate(lastBackup)})` : 'you started'}. Export a backup so that a
      reinstall or a wiped profile cannot lose them.
    </p>
  );
}
