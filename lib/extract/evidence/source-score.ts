/**
 * How often a candidate's cited origin and data year are right, against hand
 * labels (#3: "where each figure comes from, and how old it is"). Pure:
 * labels and candidates in, numbers out.
 *
 * Each label names one statistic (a distinctive substring of its sentence,
 * as in the evidence labels) with the origin and the year a reader finds in
 * its text, or null for none. Only labels the detector found are scored: a
 * missed statistic is the evidence score's business, not this one's.
 */
import type { Candidate } from '../../schema';

export interface SourceLabel {
  /** A distinctive substring of the statistic's sentence. */
  statistic: string;
  /** Who the text says the figure comes from; null when it names no one. */
  origin: string | null;
  /** The year the text says the figure is about; null when it states none. */
  year: number | null;
}

export interface FieldScore {
  /** Labels whose candidate was found. */
  scored: number;
  /** Candidates giving a value. */
  given: number;
  /** Labels with a value. */
  labelled: number;
  /** Candidates giving the labelled value. */
  right: number;
  precision: number;
  recall: number;
  /** For reading errors: what the label says, what the candidate gave. */
  errors: { statistic: string; expected: string | number | null; given: string | number | null }[];
}

export interface SourceScore {
  origin: FieldScore;
  year: FieldScore;
  /** Labels no candidate holds. */
  notFound: number;
}

/** A name reduced for comparing: case, a leading "the", a possessive and punctuation left out. */
function normalised(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .trim();
}

/**
 * Whether a name Casefile gives (an origin, a story's organisation) names what the label names: the same words,
 * or one holding the other as whole words ("Pew" and "the Pew Research
 * Center"; "Gartner" and "Gartner Inc.").
 */
export function sameName(given: string, expected: string): boolean {
  const a = ` ${normalised(given)} `;
  const b = ` ${normalised(expected)} `;
  if (a.trim() === '' || b.trim() === '') return false;
  return a.includes(b) || b.includes(a);
}

function field(): FieldScore {
  return { scored: 0, given: 0, labelled: 0, right: 0, precision: 1, recall: 1, errors: [] };
}

function finish(score: FieldScore): FieldScore {
  return { ...score, precision: score.given ? score.right / score.given : 1, recall: score.labelled ? score.right / score.labelled : 1 };
}

export function scoreSources(labels: SourceLabel[], candidates: Pick<Candidate, 'text' | 'citedOrigin' | 'dataYear'>[]): SourceScore {
  const origin = field();
  const year = field();
  let notFound = 0;
  for (const label of labels) {
    const candidate = candidates.find((c) => c.text.includes(label.statistic));
    if (!candidate) {
      notFound++;
      continue;
    }
    const givenOrigin = candidate.citedOrigin ?? null;
    origin.scored++;
    if (givenOrigin !== null) origin.given++;
    if (label.origin !== null) origin.labelled++;
    if (givenOrigin !== null && label.origin !== null && sameName(givenOrigin, label.origin)) origin.right++;
    else if (givenOrigin !== null || label.origin !== null) origin.errors.push({ statistic: label.statistic, expected: label.origin, given: givenOrigin });
    const givenYear = candidate.dataYear ?? null;
    year.scored++;
    if (givenYear !== null) year.given++;
    if (label.year !== null) year.labelled++;
    if (givenYear !== null && givenYear === label.year) year.right++;
    else if (givenYear !== null || label.year !== null) year.errors.push({ statistic: label.statistic, expected: label.year, given: givenYear });
  }
  return { origin: finish(origin), year: finish(year), notFound };
}

/** Scores of several articles added up (micro-averaged). */
export function sumSourceScores(scores: SourceScore[]): SourceScore {
  const add = (key: 'origin' | 'year'): FieldScore => {
    const total = field();
    for (const score of scores) {
      const part = score[key];
      total.scored += part.scored;
      total.given += part.given;
      total.labelled += part.labelled;
      total.right += part.right;
      total.errors.push(...part.errors);
    }
    return finish(total);
  };
  return { origin: add('origin'), year: add('year'), notFound: scores.reduce((n, s) => n + s.notFound, 0) };
}
