/**
 * A briefing before it has a format (issue #5): key figures, sections of
 * cited clips in the chosen outline, and the numbered Sources list. Every
 * format (Markdown, web page, Word, preview) renders this one structure.
 */
import type { BriefingInput, BriefingSettings, Clip, Source } from '../schema';
import { staleMark, staleness } from '../staleness';
import { formatReferences } from './citations';

export interface BriefingEntry {
  clip: Clip;
  source: Source;
  /** The [n]s into the Sources list: the clip's page first, then pages it was merged from. */
  citations: number[];
  /** "Stale: data from 2013", for a statistic older than the threshold. */
  staleMark?: string;
}

export interface BriefingSection {
  /** Stable key, for renaming ("numbers", "tag:reach"). */
  key: string;
  heading: string;
  /** Text the user wrote for the section ("The ask" holds the summary). */
  text?: string;
  entries: BriefingEntry[];
}

export interface CitedSource {
  number: number;
  source: Source;
  /** The formatted reference in the chosen style, plain text. */
  reference: string;
}

export interface BriefingDocument {
  settings: BriefingSettings;
  keyFigures: BriefingEntry[];
  sections: BriefingSection[];
  sources: CitedSource[];
}

/** Default headings; the user may rename any of them. */
export const defaultHeadings: Record<string, string> = {
  'key-figures': 'Key figures',
  ask: 'The ask',
  numbers: 'The numbers',
  who: 'Who is doing it',
  audience: 'What our audience does',
  statistics: 'Statistics',
  'success-stories': 'Success stories',
  untagged: 'Other evidence',
};

/** A clip about the audience: tagged "audience" or "audience: …". */
export const isAudienceClip = (clip: Clip) => clip.tags.some((tag) => /^audience\b/i.test(tag));

interface SectionPlan {
  key: string;
  heading: string;
  text?: string;
  clips: Clip[];
}

function plan(settings: BriefingSettings, clips: readonly Clip[]): SectionPlan[] {
  const section = (key: string, chosen: Clip[], text?: string, heading = defaultHeadings[key] ?? key): SectionPlan => ({ key, heading, text, clips: chosen });
  switch (settings.outline) {
    case 'make-the-case': {
      const audience = clips.filter(isAudienceClip);
      const rest = clips.filter((clip) => !isAudienceClip(clip));
      return [
        section('ask', [], settings.summary),
        section('numbers', rest.filter((clip) => clip.kind === 'statistic')),
        section('who', rest.filter((clip) => clip.kind === 'success-story')),
        section('audience', audience),
      ];
    }
    case 'by-kind':
      return [
        section('statistics', clips.filter((clip) => clip.kind === 'statistic'), settings.summary || undefined),
        section('success-stories', clips.filter((clip) => clip.kind === 'success-story')),
      ];
    case 'by-tag': {
      // One section per tag, in order of first use; a clip with several tags
      // stands under its first, so that no figure is told twice.
      const byTag = new Map<string, SectionPlan>();
      for (const clip of clips) {
        const tag = clip.tags[0];
        const key = tag ? `tag:${tag.toLowerCase()}` : 'untagged';
        const existing = byTag.get(key) ?? section(key, [], undefined, tag ?? defaultHeadings.untagged);
        existing.clips.push(clip);
        byTag.set(key, existing);
      }
      const untagged = byTag.get('untagged');
      byTag.delete('untagged');
      return [
        ...(settings.summary ? [section('ask', [], settings.summary)] : []),
        ...byTag.values(),
        ...(untagged ? [untagged] : []),
      ];
    }
  }
}

export interface BuildOptions {
  /**
   * False skips formatting references (the source's title stands in): the
   * builder's form needs only the sections, and citeproc is slow to start.
   */
  references?: boolean;
}

export function buildBriefing({ settings, clips, sources }: BriefingInput, { references: withReferences = true }: BuildOptions = {}): BriefingDocument {
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  // Clips whose page is missing are left out rather than cited wrongly.
  const usable = clips.filter((clip) => sourceById.has(clip.sourceId));
  const keyFigures = usable.filter((clip) => clip.starred && clip.kind === 'statistic');
  const keyIds = new Set(keyFigures.map((clip) => clip.id));
  const sections = plan(settings, usable.filter((clip) => !keyIds.has(clip.id)));

  // Numbers follow first citation in reading order: key figures, then sections.
  const numbers = new Map<string, number>();
  const cited: Source[] = [];
  const numberFor = (source: Source) => {
    let number = numbers.get(source.id);
    if (number === undefined) {
      cited.push(source);
      number = cited.length;
      numbers.set(source.id, number);
    }
    return number;
  };
  const entry = (clip: Clip): BriefingEntry => {
    const source = sourceById.get(clip.sourceId)!;
    const citations = [numberFor(source)];
    for (const other of clip.alsoCitedIn ?? []) {
      const otherSource = sourceById.get(other.sourceId);
      if (otherSource && !citations.includes(numberFor(otherSource))) citations.push(numberFor(otherSource));
    }
    const age = clip.kind === 'statistic' ? staleness({ dataYear: clip.dataYear, publishedTime: source.publishedTime }, settings.date, settings.staleAfterYears) : undefined;
    return { clip, source, citations, staleMark: staleMark(age) };
  };
  const rename = (key: string, heading: string) => settings.sectionTitles[key]?.trim() || heading;

  const keyEntries = keyFigures.map(entry);
  // A section with nothing in it is left out: a briefing shows no empty headings.
  const builtSections = sections
    .filter(({ text, clips: chosen }) => text?.trim() || chosen.length > 0)
    .map(({ key, heading, text, clips: chosen }) => ({
      key,
      heading: rename(key, heading),
      ...(text ? { text } : {}),
      entries: chosen.map(entry),
    }));
  const references = withReferences ? formatReferences(cited, settings.citationStyle) : cited.map((source) => source.title);
  return {
    settings: { ...settings, sectionTitles: { ...settings.sectionTitles, 'key-figures': rename('key-figures', defaultHeadings['key-figures']!) } },
    keyFigures: keyEntries,
    sections: builtSections,
    sources: cited.map((source, index) => ({ number: index + 1, source, reference: references[index] ?? source.title })),
  };
}

/** The heading of the key figures block, after the user's renaming. */
export const keyFiguresHeading = (document: BriefingDocument) => document.settings.sectionTitles['key-figures'] ?? defaultHeadings['key-figures']!;
