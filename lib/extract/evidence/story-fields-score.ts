/**
 * How often a found success story names who got the result and states the
 * result, against hand labels (#3: "Blendtec — sales up 700%"). Pure: labels
 * and candidates in, numbers out.
 *
 * Each label names one success story (a distinctive substring of its
 * sentence, as in the evidence labels), who got the result (or null when the
 * text names no one) and the result as a span of the sentence. Only labels
 * the detector found as a success story are scored.
 */
import type { Candidate } from '../../schema';
import { sameName } from './source-score';

export interface StoryFieldsLabel {
  /** A distinctive substring of the story's sentence. */
  story: string;
  organisation: string | null;
  /** The result with its figure, as the sentence states it: "cut response times by 40%". */
  result: string;
}

export interface StoryFieldsScore {
  /** Labels whose sentence the detector found as a success story. */
  scored: number;
  /** Labels found as a statistic, or not at all. */
  notFound: number;
  organisation: { given: number; labelled: number; right: number; precision: number; recall: number };
  /** Results that state the labelled result's figures. */
  result: { given: number; right: number; precision: number; recall: number };
  errors: { story: string; field: 'organisation' | 'result'; expected: string | null; given: string | null }[];
}

/** The figures of a result, as digits: "cut costs by 40%" → ["40"], "from 2,000 to 30,000" → ["2000", "30000"]. */
export function figuresOf(text: string): string[] {
  return [...text.matchAll(/\d[\d,.]*/g)].map((m) => m[0].replace(/[,.]$/, '').replace(/,(?=\d{3}\b)/g, ''));
}

/** Whether a candidate's result states what the label's does: each of the label's figures is in it. */
export function sameResult(given: string, expected: string): boolean {
  const wanted = figuresOf(expected);
  const have = new Set(figuresOf(given));
  return wanted.length > 0 ? wanted.every((figure) => have.has(figure)) : given.trim().length > 0;
}

export function scoreStoryFields(
  labels: StoryFieldsLabel[],
  candidates: Pick<Candidate, 'kind' | 'text' | 'organisation' | 'result'>[],
): StoryFieldsScore {
  const score = emptyScore();
  for (const label of labels) {
    const candidate = candidates.find((c) => c.kind === 'success-story' && c.text.includes(label.story));
    if (!candidate) {
      score.notFound++;
      continue;
    }
    score.scored++;
    const organisation = candidate.organisation ?? null;
    if (organisation !== null) score.organisation.given++;
    if (label.organisation !== null) score.organisation.labelled++;
    if (organisation !== null && label.organisation !== null && sameName(organisation, label.organisation)) score.organisation.right++;
    else if (organisation !== null || label.organisation !== null) score.errors.push({ story: label.story, field: 'organisation', expected: label.organisation, given: organisation });
    const result = candidate.result ?? null;
    if (result !== null) score.result.given++;
    if (result !== null && sameResult(result, label.result)) score.result.right++;
    else score.errors.push({ story: label.story, field: 'result', expected: label.result, given: result });
  }
  return finish(score);
}

/** Nothing counted yet. */
function emptyScore(): StoryFieldsScore {
  return {
    scored: 0,
    notFound: 0,
    organisation: { given: 0, labelled: 0, right: 0, precision: 1, recall: 1 },
    result: { given: 0, right: 0, precision: 1, recall: 1 },
    errors: [],
  };
}

function finish(score: StoryFieldsScore): StoryFieldsScore {
  const { organisation, result } = score;
  return {
    ...score,
    organisation: { ...organisation, precision: organisation.given ? organisation.right / organisation.given : 1, recall: organisation.labelled ? organisation.right / organisation.labelled : 1 },
    result: { ...result, precision: result.given ? result.right / result.given : 1, recall: score.scored ? result.right / score.scored : 1 },
  };
}

/** Scores of several articles added up (micro-averaged). */
export function sumStoryFieldsScores(scores: StoryFieldsScore[]): StoryFieldsScore {
  const total = emptyScore();
  for (const s of scores) {
    total.scored += s.scored;
    total.notFound += s.notFound;
    total.organisation.given += s.organisation.given;
    total.organisation.labelled += s.organisation.labelled;
    total.organisation.right += s.organisation.right;
    total.result.given += s.result.given;
    total.result.right += s.result.right;
    total.errors.push(...s.errors);
  }
  return finish(total);
}
