import { describe, expect, it } from 'vitest';
import { scoreEvidence, sumScores } from './score';

describe('scoreEvidence', () => {
  const labels = { statistics: ['68% of U.S. adults', '2 million people'], successStories: ['Comcast cut'] };

  it('matches a candidate to a label when its text contains the label, per kind', () => {
    const score = scoreEvidence(labels, [
      { kind: 'statistic', text: 'According to Pew, 68% of U.S. adults use Facebook.' },
      { kind: 'statistic', text: 'The iPhone 7 came out.' },
      { kind: 'statistic', text: 'After launching its channel, Comcast cut response times by 40%.' },
    ]);
    expect(score.statistic).toMatchObject({ candidates: 3, truePositives: 1, labels: 2, found: 1 });
    expect(score.statistic.precision).toBeCloseTo(1 / 3);
    expect(score.statistic.recall).toBe(0.5);
    expect(score.statistic.missed).toEqual(['2 million people']);
    expect(score['success-story']).toMatchObject({ candidates: 0, precision: 1, labels: 1, recall: 0 });
    expect(score.any).toMatchObject({ candidates: 3, truePositives: 2, labels: 3, found: 2 });
  });

  it('counts one candidate holding two labels once as a candidate and twice as found', () => {
    const score = scoreEvidence(labels, [{ kind: 'statistic', text: '68% of U.S. adults... 2 million people.' }]);
    expect(score.statistic).toMatchObject({ candidates: 1, truePositives: 1, found: 2, precision: 1, recall: 1 });
  });

  it('adds scores up across articles', () => {
    const a = scoreEvidence(labels, [{ kind: 'statistic', text: '68% of U.S. adults' }]);
    const b = scoreEvidence({ statistics: ['x'], successStories: [] }, [{ kind: 'statistic', text: 'y' }]);
    const total = sumScores([a, b]);
    expect(total.statistic).toMatchObject({ candidates: 2, truePositives: 1, labels: 3, found: 1 });
  });
});
