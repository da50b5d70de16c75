/** The progress a link with a search shows while every clip is read (issue #4). */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { LoadingClips } from '../../components/loading-clips';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(read: number, total: number): HTMLElement {
  const host = document.createElement('div');
  act(() => createRoot(host).render(<LoadingClips read={read} total={total} />));
  return host;
}

describe('LoadingClips', () => {
  it('says how many clips are read, out of how many, as a progressbar', () => {
    const bar = render(40_000, 100_000).querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-label')).toBe('Loading progress');
    expect(bar.getAttribute('aria-valuenow')).toBe('40000');
    expect(bar.getAttribute('aria-valuemax')).toBe('100000');
    expect(bar.getAttribute('aria-valuetext')).toBe('40,000 of 100,000 clips read');
    expect((bar.firstElementChild as HTMLElement).style.width).toBe('40.0%');
  });

  it('is indeterminate before the first clips are read', () => {
    const host = render(0, 24);
    const bar = host.querySelector('[role="progressbar"]')!;
    expect(bar.hasAttribute('aria-valuenow')).toBe(false);
    expect(bar.firstElementChild!.className).toContain('indeterminate');
    expect(host.textContent).toBe('Loading your clips…');
  });
});
