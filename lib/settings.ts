/** The user's settings, in extension storage (not the clip database). */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { BriefingSettings } from './schema';
import { defaultStaleAfterYears } from './staleness';

export const StaleAfterYears = z.number().int().min(0).max(50);

/** Statistics older than this many years are marked stale (issue #3). */
export const staleAfterYearsSetting = storage.defineItem<number>('local:staleAfterYears', {
  fallback: defaultStaleAfterYears,
});

export async function readStaleAfterYears(): Promise<number> {
  const parsed = StaleAfterYears.safeParse(await staleAfterYearsSetting.getValue());
  return parsed.success ? parsed.data : defaultStaleAfterYears;
}

/** The briefing builder's last settings, so a briefing can be refined over days (issue #5). */
export const briefingSettingsItem = storage.defineItem<unknown>('local:briefingSettings');

export async function readBriefingSettings(): Promise<BriefingSettings | undefined> {
  const parsed = BriefingSettings.safeParse(await briefingSettingsItem.getValue());
  return parsed.success ? parsed.data : undefined;
}

/** When the last backup was exported: the library reminds the user after 50 new clips (issue #6). */
export const LastBackup = z.object({ at: z.iso.datetime({ offset: true }) });
export const lastBackupItem = storage.defineItem<unknown>('local:lastBackup');

export async function readLastBackup(): Promise<z.infer<typeof LastBackup> | undefined> {
  const parsed = LastBackup.safeParse(await lastBackupItem.getValue());
  return parsed.success ? parsed.data : undefined;
}
