import { formatStatedDate } from '@/lib/stated-date-format';
import { staleMark, staleness } from '@/lib/staleness';
import type { Candidate, ClipKind } from '@/lib/schema';
import { storyFact } from '@/lib/story-fact';
import { CitedLink } from './cited-link';
import { clipLabel } from './clip-card';
import { kindLabels } from './kind-labels';
import { MarkedFigures } from './marked-figures';

export interface CandidateListProps {
  candidates: readonly Candidate[];
  publishedTime?: string;
  today: string;
  staleAfterYears: number;
  /** Candidate index → id of the clip saved from it. */
  saved: ReadonlyMap<number, string>;
  onSave(index: number): void;
  onEdit(index: number): void;
}

const sections: { kind: ClipKind; heading: string }[] = [
  { kind: 'statistic', heading: 'Statistics' },
  { kind: 'success-story', heading: 'Success stories' },
];

/** The statistics and success stories Casefile found on the page, in page order (issue #3). */
export function CandidateList(props: CandidateListProps) {
  const { candidates } = props;
  if (candidates.length === 0) return null;
  return (
    <section className="candidates" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">Found on this page</h2>
      {sections.map(({ kind, heading }) => {
        const indexes = candidates.flatMap((candidate, index) => (candidate.kind === kind ? [index] : []));
        if (indexes.length === 0) return null;
        return (
          <section key={kind} aria-label={heading}>
            <h3>{heading}</h3>
            <ul className="candidate-list">
              {indexes.map((index) => (
                <CandidateItem key={index} index={index} {...props} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function CandidateItem({ index, candidates, publishedTime, today, staleAfterYears, saved, onSave, onEdit }: CandidateListProps & { index: number }) {
  const candidate = candidates[index]!;
  const isSaved = saved.has(index);
  const age = candidate.kind === 'statistic' ? staleness({ dataYear: candidate.dataYear, publishedTime }, today, staleAfterYears) : undefined;
  const mark = staleMark(age);
  const when = candidate.dataYear
    ? `data ${candidate.dataYear}`
    : publishedTime
      ? `published ${formatStatedDate(publishedTime)}`
      : undefined;
  const label = clipLabel(candidate.text);
  const story = storyFact(candidate.organisation, candidate.result);
  return (
    <li className="candidate">
      <p className="candidate-text" dir="auto">
        <MarkedFigures text={candidate.text} figures={candidate.figures} />
      </p>
      <p className="candidate-facts">
        {story && (
          <span>
            {story.label}: {story.text}
          </span>
        )}
        {candidate.citedOrigin && <span>Source: {candidate.citedOrigin}</span>}
        {candidate.citedUrl && (
          <span>
            Link: <CitedLink url={candidate.citedUrl} />
          </span>
        )}
        {when && <span>{when}</span>}
        {mark && <span className="stale">{mark}</span>}
      </p>
      <div className="candidate-actions">
        <button
          type="button"
          aria-label={isSaved ? `Saved: ${label}` : `Save ${kindLabels[candidate.kind].toLowerCase()}: ${label}`}
          disabled={isSaved}
          onClick={() => onSave(index)}
        >
          {isSaved ? 'Saved' : 'Save'}
        </button>
        <button type="button" className="secondary" aria-label={`Edit: ${label}`} onClick={() => onEdit(index)}>
          Edit
        </button>
      </div>
    </li>
  );
}
