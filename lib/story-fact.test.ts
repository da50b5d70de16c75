import { describe, expect, it } from 'vitest';
import { storyFact } from './story-fact';

describe('storyFact', () => {
  it('says who got what, or what was got when no one is named, or nothing', () => {
    expect(storyFact('Comcast', 'cut response times by 40%')).toEqual({ label: 'Who', text: 'Comcast — cut response times by 40%' });
    expect(storyFact('Comcast', ' ')).toEqual({ label: 'Who', text: 'Comcast' });
    expect(storyFact(undefined, 'tripled')).toEqual({ label: 'Result', text: 'tripled' });
    expect(storyFact(' ', undefined)).toBeUndefined();
  });
});
