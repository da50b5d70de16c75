/** Sources and clips for unit tests: numbered, valid, and changed only where a test says. */
import type { Clip, Source } from '../../lib/schema';

/** A valid uuid that shows its number: `testId('1', 7)` → 10000000-0000-4000-8000-000000000007. */
export const testId = (prefix: string, n: number) => `${prefix}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const testSource = (n: number, fields: Partial<Source> = {}): Source => ({
  id: testId('0', n),
  url: `https://site${n}.example/a`,
  canonicalUrl: `https://site${n}.example/a`,
  title: `Article ${n}`,
  capturedAt: '2026-11-01T00:00:00.000Z',
  ...fields,
});

/** Clip n of `source`, clipped on 2026-11-n (so a higher number is newer). */
export const testClip = (n: number, source: Source, fields: Partial<Clip> = {}): Clip => ({
  id: testId('1', n),
  sourceId: source.id,
  kind: 'statistic',
  quote: `Quote ${n}`,
  note: '',
  tags: [],
  createdAt: `2026-11-${String(n).padStart(2, '0')}T00:00:00.000Z`,
  updatedAt: `2026-11-${String(n).padStart(2, '0')}T00:00:00.000Z`,
  ...fields,
});
