import { describe, expect, it } from 'vitest';
import { staleMark, staleness } from '../../lib/staleness';

const today = '2026-11-29';

describe('staleness', () => {
  it('dates a figure by its data year first', () => {
    expect(staleness({ dataYear: 2013, publishedTime: '2026-01-01' }, today)).toEqual({ stale: true, reason: 'data from 2013' });
    expect(staleness({ dataYear: 2023 }, today)).toEqual({ stale: false, reason: 'data from 2023' });
    expect(staleness({ dataYear: 2022 }, today)?.stale).toBe(true);
  });
  it('falls back to the published date', () => {
    expect(staleness({ publishedTime: '2016-02-29T10:00:00Z' }, today)).toEqual({ stale: true, reason: 'article published 2016-02-29' });
    expect(staleness({ publishedTime: '2023-11-30' }, today)?.stale).toBe(false);
    expect(staleness({ publishedTime: '2023-11-28' }, today)?.stale).toBe(true);
    expect(staleness({ publishedTime: '2020-05' }, today)).toEqual({ stale: true, reason: 'article published 2020-05' });
  });
  it('says nothing when nothing dates the figure', () => {
    expect(staleness({}, today)).toBeUndefined();
  });
  it('follows the threshold setting', () => {
    expect(staleness({ dataYear: 2020 }, today, 10)?.stale).toBe(false);
    expect(staleness({ dataYear: 2025 }, today, 0)?.stale).toBe(true);
  });
  it('makes the mark', () => {
    expect(staleMark(staleness({ dataYear: 2013 }, today))).toBe('Stale: data from 2013');
    expect(staleMark(staleness({ dataYear: 2026 }, today))).toBeUndefined();
  });
});
