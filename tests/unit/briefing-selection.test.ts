import { describe, expect, it } from 'vitest';
import { briefingFileName } from '../../lib/briefing/formats';
import { moveClip, orderClips } from '../../lib/briefing/selection';
import type { ClipWithSource } from '../../lib/clips';

const item = (id: string) => ({ clip: { id } }) as unknown as ClipWithSource;

describe('briefing selection', () => {
  it('keeps the user order and appends clips new to the scope', () => {
    const inScope = ['a', 'b', 'c', 'd'].map(item);
    expect(orderClips(inScope, ['c', 'x', 'a']).map((i) => i.clip.id)).toEqual(['c', 'a', 'b', 'd']);
  });
  it('moves a clip up and down, and not past the ends', () => {
    expect(moveClip(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveClip(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveClip(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveClip(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
  it('names files after the title and date', () => {
    expect(briefingFileName('Why Social Média matters!', '2026-11-29', 'markdown')).toBe('casefile-why-social-media-matters-2026-11-29.md');
    expect(briefingFileName('???', '2026-11-29', 'markdown')).toBe('casefile-briefing-2026-11-29.md');
  });
});
