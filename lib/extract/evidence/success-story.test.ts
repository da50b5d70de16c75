import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { findSuccessStory } from './success-story';

const story = (sentence: string) => findSuccessStory(sentence, findFigures(sentence));

describe('findSuccessStory', () => {
  it.each([
    [
      'After moving support to Twitter, Comcast cut response times by 40%.',
      'Comcast',
      'cut response times by 40%',
    ],
    ['Blendtec\'s "Will It Blend?" videos lifted sales 700% within two years.', 'Blendtec', 'lifted sales 700%'],
    [
      'When Old Spice launched its campaign, sales of its body wash rose 107% in a month.',
      'Old Spice',
      'sales of its body wash rose 107%',
    ],
    [
      'Sharpie grew its Instagram following to more than 200,000 followers by reposting fan art.',
      'Sharpie',
      'grew its Instagram following to more than 200,000',
    ],
    ['Cisco tripled its event registrations by promoting its conferences on Twitter.', 'Cisco', 'tripled its event registrations'],
    [
      "JetBlue's customer satisfaction rose by 12 points after it started answering complaints on Twitter.",
      'JetBlue',
      'customer satisfaction rose by 12 points',
    ],
    [
      'British retailer Argos cut the cost of handling each query by 30% when it moved support to Messenger.',
      'Argos',
      'cut the cost of handling each query by 30%',
    ],
    [
      "Dollar Shave Club's launch video, which cost $4,500 to make, brought in 12,000 orders in 48 hours.",
      'Dollar Shave Club',
      'brought in 12,000',
    ],
  ])('%s', (sentence, organisation, result) => {
    expect(story(sentence)).toEqual({ organisation, result });
  });

  it.each([
    // A statistic with no actor who did something.
    '73% of marketers believe their social media efforts have been effective.',
    'Facebook earned US$5 million in advertising revenue every hour in 2015, analysts estimated.',
    // No named actor.
    'After we started answering on Twitter, our satisfaction score rose from 72 to 86.',
    // Not a result: a passive participle.
    'He wrote after consuming cocaine that had been cut with 23 percent Levamisole.',
    // No figure.
    'After launching its Twitter channel, Comcast cut response times dramatically.',
    // Narrative numbers only.
    'Two sisters opened a bakery after three days of planning.',
  ])('is not a success story: %s', (sentence) => {
    expect(story(sentence)).toBeUndefined();
  });
});

describe('actors named before a channel', () => {
  it('is not fooled by a channel name that ends like a passive ("YouTube lifted")', () => {
    const sentence = `Blendtec's "Will It Blend?" videos on YouTube lifted the blender maker's retail sales by 700%, the company's founder has said.`;
    expect(findSuccessStory(sentence, findFigures(sentence))).toMatchObject({ organisation: 'Blendtec' });
  });
});
