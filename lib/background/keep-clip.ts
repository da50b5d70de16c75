/** Saves a clip from the popup or the context menu, then updates the badge. */
import { ClipTooLongError } from '../clip-length';
import { countPageClips, saveClip, updateClip } from '../clips';
import { db } from '../db';
import { SaveClipRequest, type SaveClipResponse, UpdateClipRequest } from '../schema';
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
    return { ok: true, clipId: saved.clip.id, pageClipCount: saved.pageClipCount, alreadySaved: saved.alreadySaved };
  } catch (error) {
    return { ok: false, message: saveFailureMessage(error) };
  }
}

export async function changeClip(request: unknown): Promise<SaveClipResponse> {
  const parsed = UpdateClipRequest.safeParse(request);
  if (!parsed.success) {
    return { ok: false, message: 'Casefile could not change this clip because the quote is empty. Type a quote and try again.' };
  }
  try {
    const updated = await updateClip(db, parsed.data.clipId, parsed.data.changes);
    if (!updated) return { ok: false, message: 'That clip is no longer in Casefile; save it again.' };
    const source = await db.sources.get(updated.sourceId);
    return { ok: true, clipId: updated.id, pageClipCount: source ? await countPageClips(db, source.canonicalUrl) : 0 };
  } catch (error) {
    return { ok: false, message: saveFailureMessage(error) };
  }
}

export function saveFailureMessage(error: unknown): string {
  if (error instanceof ClipTooLongError) return error.message;
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Casefile is out of storage space — export a backup and delete old clips.';
  }
  return 'Casefile could not save this clip; nothing was changed. Try again, and reload the page if it keeps failing.';
}
