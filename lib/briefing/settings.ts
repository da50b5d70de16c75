/** The briefing builder's starting point (issue #5). */
import type { BriefingSettings } from '../schema';
import { defaultStaleAfterYears } from '../staleness';

export function defaultBriefingSettings(today: string): BriefingSettings {
  return {
    title: 'Evidence briefing',
    audience: '',
    author: '',
    date: today,
    summary: '',
    outline: 'make-the-case',
    sectionTitles: {},
    citationStyle: 'apa',
    staleAfterYears: defaultStaleAfterYears,
  };
}
