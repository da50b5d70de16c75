/**
 * Issue #4: the preview painted from the snapshot is checked against the
 * database's read, and painted again from the read whenever the two would
 * paint differently, until the library mounts.
 */
import { describe, expect, it } from 'vitest';
import { paintFirstPage } from '../../components/first-page-preview';
import { type ShownFirstPage, showFreshFirstPage } from '../../components/first-page-repaint';
import { firstPageDiffers } from '../../lib/first-page-differs';
import type { FirstPageSnapshot } from '../../lib/first-page-snapshot';
import { snapshotOf } from '../../lib/first-page-snapshot-writer';
import type { Clip, Source } from '../../lib/schema';
import { testClip, testSource } from './records';

const pew = testSource(1, { title: 'Social Media Fact Sheet', siteName: 'Pew Research Center' });
const other = testSource(2, { title: 'Another page' });
const clips = [testClip(3, pew, { note: 'For the board', tags: ['social'] }), testClip(2, other), testClip(1, pew)];
const pageOf = (shown: Clip[], sources: Source[] = [pew, other]): FirstPageSnapshot => ({ clips: shown, sources });
const snapshot = snapshotOf(clips.map((clip) => ({ clip, source: clip.sourceId === pew.id ? pew : other })));

function root(): HTMLElement {
  document.body.replaceChildren();
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}
const quotes = (target: HTMLElement) => [...target.querySelectorAll('.clip-card blockquote')].map((quote) => quote.textContent);
const show = (target: HTMLElement, page: FirstPageSnapshot): ShownFirstPage => ({ element: paintFirstPage(target, page, '')!, page });

describe('firstPageDiffers', () => {
  it('finds no difference between a snapshot and the full records it was made of', () => {
    expect(firstPageDiffers(snapshot, pageOf(clips))).toBe(false);
    // Sources the preview does not name (a merged clip's other pages), or listed in another order: no difference.
    expect(firstPageDiffers(snapshot, pageOf(clips, [other, testSource(9), pew]))).toBe(false);
  });

  it('finds each change the preview would show', () => {
    const changed = (index: number, fields: Partial<Clip>) => pageOf(clips.map((clip, at) => (at === index ? { ...clip, ...fields } : clip)));
    const cases: [string, FirstPageSnapshot][] = [
      ['a clip deleted', pageOf([clips[0]!, clips[2]!])],
      ['a clip added', pageOf([testClip(4, pew), ...clips])],
      ['the same clips in another order', pageOf([clips[1]!, clips[0]!, clips[2]!])],
      ['another clip in the same place', changed(1, { id: testClip(7, other).id })],
      ['edited (updatedAt)', changed(2, { updatedAt: '2026-11-30T00:00:00.000Z' })],
      ['another quote', changed(2, { quote: 'Quote one' })],
      ['another note', changed(0, { note: 'For the team' })],
      ['a tag added', changed(0, { tags: ['social', 'q3'] })],
      ['a tag removed', changed(0, { tags: [] })],
      ['another kind', changed(1, { kind: 'success-story' })],
      ['its source renamed', pageOf(clips, [{ ...pew, title: 'Renamed' }, other])],
      ['its source given a site name', pageOf(clips, [pew, { ...other, siteName: 'Other site' }])],
      ['its source gone', pageOf(clips, [pew])],
      ['another source', changed(1, { sourceId: pew.id })],
    ];
    for (const [what, fresh] of cases) expect(firstPageDiffers(snapshot, fresh), what).toBe(true);
  });
});

describe('showFreshFirstPage', () => {
  it('leaves the snapshot on screen when the read agrees with it, or could not be made', () => {
    const target = root();
    const shown = show(target, snapshot);
    expect(showFreshFirstPage(target, shown, pageOf(clips), '')).toBe(shown);
    expect(showFreshFirstPage(target, shown, undefined, '')).toBe(shown);
    expect(target.firstChild).toBe(shown.element);
  });

  it('paints the read in place of a snapshot that differs from it', () => {
    const target = root();
    const shown = show(target, snapshot);
    expect(quotes(target)).toEqual(['Quote 3', 'Quote 2', 'Quote 1']);
    // Clip 2 was deleted, clip 1 renamed its source, while the library was closed.
    const fresh = pageOf([clips[0]!, clips[2]!], [{ ...pew, title: 'Renamed' }]);
    const now = showFreshFirstPage(target, shown, fresh, '');
    expect(now?.page).toBe(fresh);
    expect(target.childNodes).toHaveLength(1);
    expect(target.firstChild).toBe(now?.element);
    expect(quotes(target)).toEqual(['Quote 3', 'Quote 1']);
    expect([...target.querySelectorAll('.clip-source')].map((source) => source.textContent)).toEqual(['Renamed · Pew Research Center', 'Renamed · Pew Research Center']);
    expect(target.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });

  it('clears the snapshot when the library is now empty, and paints the read when there was no snapshot', () => {
    const target = root();
    expect(showFreshFirstPage(target, show(target, snapshot), pageOf([]), '')).toBeUndefined();
    expect(target.childNodes).toHaveLength(0);
    const now = showFreshFirstPage(target, undefined, pageOf(clips), '');
    expect(quotes(target)).toEqual(['Quote 3', 'Quote 2', 'Quote 1']);
    expect(target.firstChild).toBe(now?.element);
  });

  it('leaves the page alone once the library has mounted', () => {
    const target = root();
    const shown = show(target, snapshot);
    // The library replaces the preview with its own list when it mounts.
    const mounted = document.createElement('main');
    target.replaceChildren(mounted);
    expect(showFreshFirstPage(target, shown, pageOf([clips[0]!]), '')).toBeUndefined();
    expect(target.childNodes).toHaveLength(1);
    expect(target.firstChild).toBe(mounted);
  });
});
