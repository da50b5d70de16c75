/** Dates as a reader sees them, exactly as the page states them (no time-zone shift). */

/** "2016-02-29T23:30:00-08:00" → "29 Feb 2016"; "2016-02" → "Feb 2016". */
export function formatStatedDate(iso: string | undefined, locale?: string): string | undefined {
  if (!iso) return undefined;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!match) return undefined;
  const [, year, month, day] = match;
  // The calendar date the page wrote, formatted in UTC so it never moves a day.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(locale ?? 'en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    ...(day ? { day: 'numeric' } : {}),
  }).format(date);
}
