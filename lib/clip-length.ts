/**
 * Every clip Casefile saves can be exported and imported again (issue #5):
 * saving and editing refuse the fields a backup would refuse as too long,
 * with a sentence saying what to shorten, before anything is written. The
 * caps are the backup's own (`BackupClipV2` in schema.ts), so the two cannot
 * drift apart.
 */
import type { z } from 'zod';
import { BackupClipV2 } from './schema';

/** A clip that could not be saved because a field is too long; its message is the sentence to show. */
export class ClipTooLongError extends Error {
  override readonly name = 'ClipTooLongError';
}

const CheckedFields = BackupClipV2.pick({
  quote: true,
  note: true,
  tags: true,
  selector: true,
  citedOrigin: true,
  citedUrl: true,
  organisation: true,
  result: true,
}).partial();
type CheckedFields = z.input<typeof CheckedFields>;

/** What each field is called in a sentence, and what the user should do about it. */
const fields: Record<string, { name: string; fix: string }> = {
  quote: { name: 'The quote', fix: 'Shorten the quote and save again.' },
  note: { name: 'The note', fix: 'Shorten the note and save again.' },
  'selector.exact': { name: 'The selected passage', fix: 'Select a shorter passage and save again.' },
  'selector.prefix': { name: 'The text before the selection', fix: 'Select the passage again and save.' },
  'selector.suffix': { name: 'The text after the selection', fix: 'Select the passage again and save.' },
  citedOrigin: { name: 'Who the figure comes from', fix: 'Shorten it and save again.' },
  citedUrl: { name: 'The source link', fix: 'Link to a shorter address and save again.' },
  organisation: { name: 'The organisation', fix: 'Shorten it and save again.' },
  result: { name: 'The result', fix: 'Shorten it and save again.' },
};

const count = (n: number) => new Intl.NumberFormat('en-US').format(n);

/** Throws a ClipTooLongError when a field is longer than a backup may hold; other problems are left to the schemas. */
export function assertClipFits(clip: CheckedFields): void {
  const checked = CheckedFields.safeParse(clip);
  if (checked.success) return;
  const issue = checked.error.issues.find((found) => found.code === 'too_big');
  if (!issue || issue.code !== 'too_big') return;
  const max = count(Number(issue.maximum));
  const [first, second] = issue.path;
  if (first === 'tags' && typeof second === 'number') {
    const tag = clip.tags?.[second] ?? '';
    throw new ClipTooLongError(`The tag "${tag.slice(0, 20)}…" is ${count(tag.length)} characters long; a tag can have at most ${max}. Shorten it and save again.`);
  }
  if (first === 'tags') {
    throw new ClipTooLongError(`The clip has ${count(clip.tags?.length ?? 0)} tags; a clip can have at most ${max}. Remove some and save again.`);
  }
  const path = issue.path.join('.');
  const field = fields[path] ?? { name: `The ${path}`, fix: 'Shorten it and save again.' };
  const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], clip);
  const length = typeof value === 'string' ? value.length : 0;
  throw new ClipTooLongError(`${field.name} is ${count(length)} characters long; Casefile keeps at most ${max}. ${field.fix}`);
}
