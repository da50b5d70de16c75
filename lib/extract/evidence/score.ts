/**
 * Precision and recall of the detector against hand labels, per kind.
 * Pure: labels and candidates in, numbers out.
 *
 * A candidate matches a label when the candidate's text contains the label
 * (a distinctive substring of the labelled sentence). Per kind, precision is
 * the share of that kind's candidates that match a label of that kind, and
 * recall the share of that kind's labels matched by a candidate of that kind.
 * The `any` row ignores kinds: is this evidence at all, whatever it is called?
 */
import type { Candidate } from '../../schema';

export interface EvidenceLabels {
  statistics: string[];
  successStories: string[];
}

export interface KindScore {
  candidates: number;
  /** Candidates that match a label. */
  truePositives: number;
  labels: number;
  /** Labels that some candidate matches. */
  found: number;
  /** NaN-free: 1 when there is nothing to be wrong about. */
  precision: number;
  recall: number;
  /** Candidates matching no label, and labels no candidate matched: for reading errors. */
  falsePositives: string[];
  missed: string[];
}

export interface EvidenceScore {
  statistic: KindScore;
  'success-story': KindScore;
  any: KindScore;
}

function scoreKind(candidates: Pick<Candidate, 'text'>[], labels: string[]): KindScore {
  const matches = (candidate: Pick<Candidate, 'text'>, label: string) => candidate.text.includes(label);
  const falsePositives = candidates.filter((c) => !labels.some((l) => matches(c, l))).map((c) => c.text);
  const missed = labels.filter((l) => !candidates.some((c) => matches(c, l)));
  const truePositives = candidates.length - falsePositives.length;
  const found = labels.length - missed.length;
  return {
    candidates: candidates.length,
    truePositives,
    labels: labels.length,
    found,
    precision: candidates.length ? truePositives / candidates.length : 1,
    recall: labels.length ? found / labels.length : 1,
    falsePositives,
    missed,
  };
}

export function scoreEvidence(labels: EvidenceLabels, candidates: Pick<Candidate, 'kind' | 'text'>[]): EvidenceScore {
  return {
    statistic: scoreKind(
      candidates.filter((c) => c.kind === 'statistic'),
      labels.statistics,
    ),
    'success-story': scoreKind(
      candidates.filter((c) => c.kind === 'success-story'),
      labels.successStories,
    ),
    any: scoreKind(candidates, [...labels.statistics, ...labels.successStories]),
  };
}

/** Scores of several articles added up (micro-averaged). */
export function sumScores(scores: EvidenceScore[]): EvidenceScore {
  const add = (kind: keyof EvidenceScore): KindScore => {
    const parts = scores.map((s) => s[kind]);
    const candidates = parts.reduce((n, p) => n + p.candidates, 0);
    const truePositives = parts.reduce((n, p) => n + p.truePositives, 0);
    const labels = parts.reduce((n, p) => n + p.labels, 0);
    const found = parts.reduce((n, p) => n + p.found, 0);
    return {
      candidates,
      truePositives,
      labels,
      found,
      precision: candidates ? truePositives / candidates : 1,
      recall: labels ? found / labels : 1,
      falsePositives: parts.flatMap((p) => p.falsePositives),
      missed: parts.flatMap((p) => p.missed),
    };
  };
  return { statistic: add('statistic'), 'success-story': add('success-story'), any: add('any') };
}
