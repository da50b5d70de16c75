/**
 * A date as a page states it, rewritten as ISO 8601 (the `StatedDate` shape in
 * schema.ts) — or undefined. The rule is "never guess": the result keeps the
 * calendar date and clock time the page wrote, adds a time zone only when the
 * page wrote one we can express as an offset, and gives up rather than pick
 * between two readings (03/04/2016) or borrow anything from today's date.
 */

/** Longer strings are not dates but text that happens to contain one. */
const maxInputLength = 120;

interface CalendarDate {
  year: number;
  month: number;
  /** Absent for "February 2016": the page stated a month, not a day. */
  day?: number;
}

/**
 * ISO 8601 for what `raw` says, or undefined when it says no date we can read
 * without guessing. Accepts the forms pages use:
 * "2016-02-29", "2016-02-29T10:00:00.000Z", "2016-02-29 10:00:00 -0400",
 * "20160229", "2016/02/29", "29.02.2016", "February 29, 2016", "29 Feb 2016",
 * "Mon, 29 Feb 2016 10:00:00 GMT", "Feb 2016", "2016年2月29日"; an unambiguous 05/29/2007.
 */
export function toStatedDate(raw: string): string | undefined {
  if (typeof raw !== 'string' || raw.length > maxInputLength * 4) return undefined;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > maxInputLength) return undefined;
  return fromIsoLike(text) ?? fromNumeric(text) ?? fromWords(text) ?? fromCjk(text);
}

/** "2016年10月14日07:17", as Chinese and Japanese pages write dates: year, month, day, in that order. */
function fromCjk(text: string): string | undefined {
  const match = /^(\d{4})年(\d{1,2})月(\d{1,2})日 ?(.*)$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day, rest = ''] = match;
  return withTime({ year: Number(year), month: Number(month), day: Number(day) }, rest);
}

// --- the date part, in each shape pages use ---------------------------------

/** 2016-02-29, 2016-02, 2016/02/29 and the compact 20160229, each optionally with a time. */
function fromIsoLike(text: string): string | undefined {
  const extended = /^(\d{4})([-/])(\d{1,2})(?:\2(\d{1,2}))?(?=$|[T ])(.*)$/i.exec(text);
  if (extended) {
    const [, year, , month, day, rest = ''] = extended;
    // "2016-02 10:00" names no day for the clock time to belong to.
    if (day === undefined && rest) return undefined;
    return withTime({ year: Number(year), month: Number(month), day: day ? Number(day) : undefined }, rest);
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (compact) {
    const [, year, month, day, hour, minute, second, zone] = compact;
    const date = { year: Number(year), month: Number(month), day: Number(day) };
    if (hour === undefined || minute === undefined) return format(date);
    return withTime(date, ` ${hour}:${minute}${second ? `:${second}` : ''}${zone ?? ''}`);
  }
  return undefined;
}

/**
 * 29.02.2016 is day-first wherever dots are used. 05/29/2007 and 29/05/2007
 * are read only when one part cannot be a month (or both parts are the same);
 * 03/04/2016 could be either, so it is left unread.
 */
function fromNumeric(text: string): string | undefined {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?=$| )(.*)$/.exec(text);
  if (dotted) {
    const [, day, month, year, rest = ''] = dotted;
    return withTime({ year: Number(year), month: Number(month), day: Number(day) }, rest);
  }
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?=$| )(.*)$/.exec(text);
  if (slashed) {
    const [, first, second, year, rest = ''] = slashed;
    const a = Number(first);
    const b = Number(second);
    let month: number;
    let day: number;
    if (a === b || (a <= 12 && b > 12)) [month, day] = [a, b];
    else if (a > 12 && b <= 12) [month, day] = [b, a];
    else return undefined;
    return withTime({ year: Number(year), month, day }, rest);
  }
  return undefined;
}

const monthNumbers = new Map<string, number>([
  ['jan', 1], ['january', 1], ['feb', 2], ['february', 2], ['mar', 3], ['march', 3],
  ['apr', 4], ['april', 4], ['may', 5], ['jun', 6], ['june', 6], ['jul', 7], ['july', 7],
  ['aug', 8], ['august', 8], ['sep', 9], ['sept', 9], ['september', 9], ['oct', 10], ['october', 10],
  ['nov', 11], ['november', 11], ['dec', 12], ['december', 12],
]);

const weekday = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,? )?`;
const monthWord = String.raw`([a-z]{3,9})\.?`;
const dayNumber = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/** "February 29, 2016", "Mon, 29 Feb 2016 10:00:00 GMT", "29th of February 2016", "Feb 2016". */
function fromWords(text: string): string | undefined {
  const lower = text.toLowerCase();
  const monthFirst = new RegExp(`^${weekday}${monthWord} ${dayNumber},? (\\d{4})(?=$|[ ,])(.*)$`).exec(lower);
  if (monthFirst) {
    const [, name = '', day, year, rest = ''] = monthFirst;
    return fromNamedMonth(name, Number(day), Number(year), rest, text);
  }
  const dayFirst = new RegExp(`^${weekday}${dayNumber} (?:of )?${monthWord},? (\\d{4})(?=$|[ ,])(.*)$`).exec(lower);
  if (dayFirst) {
    const [, day, name = '', year, rest = ''] = dayFirst;
    return fromNamedMonth(name, Number(day), Number(year), rest, text);
  }
  const monthOnly = new RegExp(`^${monthWord},? (\\d{4})$`).exec(lower);
  if (monthOnly) {
    const [, name = '', year] = monthOnly;
    const month = monthNumbers.get(name);
    return month ? format({ year: Number(year), month }) : undefined;
  }
  return undefined;
}

function fromNamedMonth(name: string, day: number, year: number, rest: string, original: string) {
  const month = monthNumbers.get(name);
  if (!month) return undefined;
  return withTime({ year, month, day }, rest.replace(/^,? ?(?:at )?/, ' '), isRfc2822(original));
}

/** RFC 2822 ("Mon, 29 Feb 2016 10:00:00 EST") is the one place EST and friends have a fixed meaning. */
function isRfc2822(text: string) {
  return /^(?:[a-z]{3}, ?)?\d{1,2} [a-z]{3} \d{4} \d{2}:\d{2}(?::\d{2})? [a-z]{1,3}$/i.test(text);
}

// --- the time of day and its zone -------------------------------------------

/** Offsets RFC 2822 defines for its named zones (section 4.3). */
const rfc2822Zones = new Map<string, string>([
  ['ut', 'Z'], ['gmt', 'Z'], ['z', 'Z'],
  ['est', '-05:00'], ['edt', '-04:00'], ['cst', '-06:00'], ['cdt', '-05:00'],
  ['mst', '-07:00'], ['mdt', '-06:00'], ['pst', '-08:00'], ['pdt', '-07:00'],
]);

/**
 * The date, plus the time the rest of the string states. A named zone we
 * cannot turn into an offset ("10:00 AM IST") drops the time and keeps the
 * date: a bare time would read as a different instant. Anything else left
 * over means the string was not just a date, and nothing is returned.
 */
function withTime(date: CalendarDate, rest: string, namedZonesAllowed = false): string | undefined {
  const day = format(date);
  if (!day) return undefined;
  const text = rest.trim();
  if (!text) return day;
  const clock = /^T?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?: ?([ap])\.?m\.?)?(?: ?(.*))?$/i.exec(text);
  if (!clock) return undefined;
  const [, h = '', minute = '', second, meridiem, zoneText = ''] = clock;
  let hour = Number(h);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || Number(minute) > 59 || (second !== undefined && Number(second) > 60)) return undefined;
  const zone = toOffset(zoneText, namedZonesAllowed);
  if (zone === invalid) return undefined;
  if (zone === unknownZone) return day;
  return `${day}T${pad(hour)}:${minute}${second !== undefined ? `:${second}` : ''}${zone ?? ''}`;
}

const invalid = Symbol('invalid');
const unknownZone = Symbol('unknown zone');

function toOffset(text: string, namedZonesAllowed: boolean): string | undefined | typeof invalid | typeof unknownZone {
  // "GMT+0000 (UTC)", as JavaScript's Date#toString writes it: the offset is the
  // zone, the parenthesised name only a comment on it.
  const withoutComment = text.trim().replace(/^(.+?) ?\([^()]*\)$/, '$1');
  const zone = withoutComment.replace(/^\((.*)\)$/, '$1');
  if (!zone) return undefined;
  if (/^(?:z|utc|gmt|ut)$/i.test(zone)) return 'Z';
  const numeric = /^(?:utc|gmt)? ?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (numeric) {
    const [, sign, hours = '', minutes = '00'] = numeric;
    if (Number(hours) > 14 || Number(minutes) > 59) return invalid;
    return `${sign}${pad(Number(hours))}:${minutes}`;
  }
  if (namedZonesAllowed) return rfc2822Zones.get(zone.toLowerCase()) ?? unknownZone;
  // A zone name ("EST", "CET", "ET") stated but not an offset we may assume.
  return /^[a-z]{1,5}$/i.test(zone) ? unknownZone : invalid;
}

// --- output -------------------------------------------------------------------

function format({ year, month, day }: CalendarDate): string | undefined {
  // Years outside this range are placeholders (0001-01-01) or typos, not publication dates.
  if (year < 1000 || year > 2999 || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number) {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (value: number) => String(value).padStart(2, '0');
