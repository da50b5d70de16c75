/** After this many new clips without a backup, the library suggests one (issue #6). */
import type { CasefileDatabase } from './db';

export const backupReminderThreshold = 50;

/** Clips saved since the last backup (all of them when there was none). */
export async function clipsSinceBackup(db: CasefileDatabase, lastBackupAt: string | undefined): Promise<number> {
  return lastBackupAt ? db.clips.where('createdAt').above(lastBackupAt).count() : db.clips.count();
}
