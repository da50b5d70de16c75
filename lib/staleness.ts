/**
 * How old a statistic is, and whether it is too old to lead with (issue #3):
 * by the year its data is about when the text states one, otherwise by the
 * article's published date.
 */

export const defaultStaleAfterYears = 3;

export interface Staleness {
  stale: boolean;
  /** "data from 2013" or "article published 2016-02-29": what the age rests on. */
  reason: string;
}

export interface AgeFacts {
  dataYear?: number;
  publishedTime?: string;
}

/** Undefined when nothing dates the figure. `today` is YYYY-MM-DD (or a full timestamp). */
export function staleness({ dataYear, publishedTime }: AgeFacts, today: string, staleAfterYears = defaultStaleAfterYears): Staleness | undefined {
  const [year, month, day] = today.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (dataYear !== undefined) {
    // A year of data is "old" once the whole year lies further back than the threshold.
    return { stale: year - dataYear > staleAfterYears, reason: `data from ${dataYear}` };
  }
  const published = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(publishedTime ?? '');
  if (!published) return undefined;
  const [, py, pm, pd] = published.map(Number) as [number, number, number, number];
  const thresholdDate = [year - staleAfterYears, month, day] as const;
  const publishedDate = [py, pm, pd || 1] as const;
  const older =
    publishedDate[0] !== thresholdDate[0]
      ? publishedDate[0] < thresholdDate[0]
      : publishedDate[1] !== thresholdDate[1]
        ? publishedDate[1] < thresholdDate[1]
        : publishedDate[2] < thresholdDate[2];
  return { stale: older, reason: `article published ${publishedTime!.slice(0, published[3] ? 10 : 7)}` };
}

/** "Stale: data from 2013" — the mark shown in the popup, the library and the briefing. */
export function staleMark(age: Staleness | undefined): string | undefined {
  return age?.stale ? `Stale: ${age.reason}` : undefined;
}
