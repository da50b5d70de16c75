import { describe, expect, it } from 'vitest';
import { findCaseStudy } from './case-study';
import { findCandidates } from './index';

const story = (results: string, opening = 'Tallyfin is a payroll startup in Leeds.') =>
  [
    'The challenge',
    opening,
    'By 2023, Tallyfin was paying more than $9,000 a month for its database, and pages were slow at peak times.',
    'The switch',
    'Tallyfin migrated its data to Northgate in six weeks, with two engineers.',
    results,
    'Instead of spending $9,000 per month, the team now spends $2,100 per month. A 77% decrease.',
    'Payroll errors fell 64% in the first quarter.',
    'Support tickets rose 12% in the same quarter.',
    'What is next',
    'Tallyfin plans to move its analytics over next year.',
  ].join('\n\n');

const kinds = (text: string) => findCandidates(text).map((c) => [c.kind, c.text.slice(0, 40), c.organisation ?? '', c.result ?? '']);

describe('case studies (#3)', () => {
  it('reads the results under a "Results" heading as the organisation\'s success stories', () => {
    expect(kinds(story('The Results'))).toEqual([
      ['statistic', 'By 2023, Tallyfin was paying more than $', '', ''],
      ['success-story', 'Instead of spending $9,000 per month, th', 'Tallyfin', 'the team now spends $2,100 per month'],
      ['success-story', 'Payroll errors fell 64% in the first qua', 'Tallyfin', 'Payroll errors fell 64% in the first quarter'],
      // A rise in a cost is no good result: it stays a statistic.
      ['statistic', 'Support tickets rose 12% in the same qua', '', ''],
    ]);
    // The fragment after the result joins it.
    expect(findCandidates(story('Results and business impact'))[1]?.text).toMatch(/A 77% decrease\.$/);
  });

  it('leaves the same sentences statistics without a results heading', () => {
    expect(kinds(story('How it went')).map(([kind]) => kind)).toEqual(['statistic', 'statistic', 'statistic', 'statistic']);
  });

  it('needs the page to open with its organisation and to say what it did', () => {
    const survey = story('Results', 'The survey asked 1,200 finance teams about their tools.');
    expect(findCaseStudy(survey)).toBeUndefined();
    expect(kinds(survey).filter(([kind]) => kind === 'success-story')).toEqual([]);
    const noAction = story('Results').replace('migrated its data to', 'talked to');
    expect(findCaseStudy(noAction)).toBeUndefined();
  });

  it('finds the subject, the action and the results section', () => {
    const text = story('The Results');
    const study = findCaseStudy(text);
    expect(study?.subject).toBe('Tallyfin');
    expect(text.slice(study!.actedAt, study!.actedAt + 8)).toBe('migrated');
    expect(study?.resultSections).toHaveLength(1);
    const [from, to] = study!.resultSections[0]!;
    expect(text.slice(from, to)).toContain('Support tickets rose 12%');
    expect(text.slice(from, to)).not.toContain('plans to move');
  });

  it('reads no case study in another language', () => {
    expect(findCaseStudy(story('Results'), 'de')).toBeUndefined();
  });
});
