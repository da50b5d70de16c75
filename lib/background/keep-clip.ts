/** Saves a clip from the popup or the context menu, then updates the badge. */
import { saveClip } from '../clips';
import { db } from '../db';
import { SaveClipRequest, type SaveClipResponse } from '../schema';
import { showPageClipCount } from './badge';

export async function keepClip(request: unknown): Promise<SaveClipResponse> {
  const parsed = SaveClipRequest.safeParse(request);
  if (!parsed.success) {
    return { ok: false, message: 'Casefile could not save this clip because its details were incomplete. Check the quote and try again.' };
  }
  const { tabId, citation, articleText, draft } = parsed.data;
  try {
    const saved = await saveClip(db, { citation, articleText, draft });
    if (tabId !== undefined) await showPageClipCount(tabId, saved.pageClipCount).catch(() => {});
    return { ok: true, clipId: saved.clip.id, pageClipCount: saved.pageClipCount };
  } catch (error) {
    return { ok: false, message: saveFailureMessage(error) };
  }
}

export function saveFailureMessage(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Casefile is out of storage space — export a backup and delete old clips.';
  }
  return 'Casefile could not save this clip; nothing was changed. Try again, and reload the page if it keeps failing.';
}
