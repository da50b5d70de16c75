import type { ClipKind } from '@/lib/schema';

/** What each kind of clip is called on screen. */
export const kindLabels: Record<ClipKind, string> = {
  statistic: 'Statistic',
  'success-story': 'Success story',
};
