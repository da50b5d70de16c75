/** Every export format says how many clips it has written (issue #5: a progress bar for long exports). */
import { describe, expect, it } from 'vitest';
import { type BriefingFormat, briefingFormats, renderBriefing } from '../../lib/briefing/formats';
import { type BriefingProgress, progressCounter } from '../../lib/briefing/progress';
import type { Clip } from '../../lib/schema';
import { input, items } from './briefing-fixture';

async function reports(format: BriefingFormat, clipTimes = 1): Promise<BriefingProgress[]> {
  const many = clipTimes === 1 ? input : { ...input, clips: Array.from({ length: clipTimes }, (_, n) => input.clips.map((clip): Clip => ({ ...clip, id: `${clip.id.slice(0, -6)}${String(n).padStart(6, '0')}` }))).flat() };
  const manyItems = Array.from({ length: clipTimes }, () => items).flat();
  const seen: BriefingProgress[] = [];
  await renderBriefing(format, many, manyItems, (progress) => seen.push(progress));
  return seen;
}

describe('export progress', () => {
  it.each(briefingFormats)('%s: counts from 0 to every clip, in order', async (format) => {
    const seen = await reports(format);
    const entries = seen.filter(({ stage }) => stage === 'entries');
    expect(entries[0]).toEqual({ done: 0, total: input.clips.length, stage: 'entries' });
    expect(entries.at(-1)).toEqual({ done: input.clips.length, total: input.clips.length, stage: 'entries' });
    expect(entries.map(({ done }) => done)).toEqual(entries.map(({ done }) => done).sort((a, b) => a - b));
    // Only Word has a step after the clips: packing the file.
    expect(seen.filter(({ stage }) => stage === 'packing').length).toBe(format === 'docx' ? 1 : 0);
  });

  it('sends about a hundred reports however many clips there are', async () => {
    const seen = await reports('csv', 400);
    expect(seen[0]!.total).toBe(400 * input.clips.length);
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.length).toBeLessThanOrEqual(102);
  });

  it('reports nothing when nobody listens, and the end even when it is not a round step', () => {
    expect(() => progressCounter(10, undefined)()).not.toThrow();
    const seen: number[] = [];
    const tick = progressCounter(250, ({ done }) => seen.push(done));
    for (let i = 0; i < 250; i += 1) tick();
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(250);
    expect(seen).toContain(3);
  });
});
