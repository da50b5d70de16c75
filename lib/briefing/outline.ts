/** The shape of a briefing, whatever the format: sections of cited clips, then sources. */
import type { BriefingInput, Clip, ClipKind, Source } from '../schema';

export interface BriefingEntry {
  clip: Clip;
  source: Source;
  /** The [n] that points into the Sources list. */
  citation: number;
  /** More [n]s when the clip was merged from several pages. */
  alsoCitations: number[];
}

export interface BriefingSection {
  heading: string;
  entries: BriefingEntry[];
}

export interface CitedSource {
  number: number;
  source: Source;
}

export interface BriefingOutline {
  title: string;
  preparedOn: string;
  sections: BriefingSection[];
  sources: CitedSource[];
}

const sectionsByKind: { kind: ClipKind; heading: string }[] = [
  { kind: 'statistic', heading: 'Statistics' },
  { kind: 'success-story', heading: 'Success stories' },
];

/**
 * Statistics, then success stories, each in the order given; one number per
 * source, in order of first citation, so clips from one page share it.
 * Clips whose source is missing are left out rather than cited wrongly.
 */
export function outlineByKind({ title, preparedOn, clips, sources }: BriefingInput): BriefingOutline {
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const numbers = new Map<string, number>();
  const cited: CitedSource[] = [];
  const numberFor = (source: Source) => {
    let number = numbers.get(source.id);
    if (number === undefined) {
      number = cited.length + 1;
      numbers.set(source.id, number);
      cited.push({ number, source });
    }
    return number;
  };
  const sections = sectionsByKind.map(({ kind, heading }) => ({
    heading,
    entries: clips
      .filter((clip) => clip.kind === kind && sourceById.has(clip.sourceId))
      .map((clip) => {
        const source = sourceById.get(clip.sourceId)!;
        const citation = numberFor(source);
        const alsoCitations = (clip.alsoCitedIn ?? []).flatMap((cited) => {
          const other = sourceById.get(cited.sourceId);
          return other ? [numberFor(other)] : [];
        });
        return { clip, source, citation, alsoCitations };
      }),
  }));
  return { title, preparedOn, sections, sources: cited };
}
