import { describe, expect, it } from 'vitest';
import { roundOrder } from '../../scripts/bench/stats';

describe('roundOrder (the extraction benchmark interleaves its extractors with it)', () => {
  const names = ['readability', 'readability+clone', 'defuddle', 'casefile'];

  it('runs every extractor once a round', () => {
    for (let round = 0; round < 6; round++) expect([...roundOrder(names, round)].sort()).toEqual([...names].sort());
  });

  it('puts each extractor right after each other one exactly once over four rounds', () => {
    const followers = new Map<string, number>();
    for (let round = 0; round < 4; round++) {
      const order = roundOrder(names, round);
      for (let i = 1; i < order.length; i++) followers.set(`${order[i - 1]} → ${order[i]}`, (followers.get(`${order[i - 1]} → ${order[i]}`) ?? 0) + 1);
    }
    expect(followers.size).toBe(12);
    expect([...followers.values()].every((count) => count === 1)).toBe(true);
    // In a fixed order Casefile ran after defuddle every time.
    expect(followers.get('defuddle → casefile')).toBe(1);
  });
});
