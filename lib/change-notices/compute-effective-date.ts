// Deadlines in the provider's time zone (settings.timeZone, default Europe/Berlin), across DST.
//
// Counted as BGB §§ 187(1), 188(1) do (decision 0080):
// - Receipt: a notice e-mailed on a working day (Monday to Friday, not a nationwide German public
//   holiday) between 08:00 and 18:00 local time is received that day; one sent before 08:00 on a
//   working day is received at 08:00 that day; otherwise at 08:00 on the next working day.
// - The day of receipt does not count (§ 187(1)); a period of N days ends at the end of its N-th day
//   (§ 188(1)), i.e. at the end of day receipt + N.
// - An effective date is a calendar date: the change takes effect at 00:00 local time of that date,
//   so the earliest effective date is receipt + N + 1: N full days lie between receipt and the day
//   the change takes effect. An objection is accepted while now < effectiveAt, so its last moment
//   is 23:59:59.999 local time of the day before.
// No date library: Intl.DateTimeFormat gives the zone's offsets.

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function localParts(instant: Date, timeZone: string) {
  const out: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** The zone's offset from UTC at `instant`, in milliseconds (Berlin: +1 h in winter, +2 h in summer). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

export function isCalendarDate(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parseDay(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** The UTC instant of 00:00 local time on `date` ('YYYY-MM-DD') in `timeZone`. */
export function zonedMidnightUtc(date: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const [y, m, d] = parseDay(date);
  const wall = Date.UTC(y, m - 1, d);
  // First guess with the offset at that wall time read as UTC, then correct once with the offset
  // at the guess: enough for every zone whose switch is not at midnight (Berlin switches at 02:00).
  let candidate = wall - zoneOffsetMs(new Date(wall), timeZone);
  const corrected = wall - zoneOffsetMs(new Date(candidate), timeZone);
  if (corrected !== candidate) candidate = corrected;
  return new Date(candidate);
}

/** The local calendar date of an instant in `timeZone`. */
export function localDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = localParts(instant, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Calendar arithmetic on 'YYYY-MM-DD' (time-zone free: a day is a day, DST or not). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parseDay(date);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parseDay(from);
  const [ty, tm, td] = parseDay(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

/** Business hours on a working day, local time: [08:00, 18:00). */
export const BUSINESS_HOURS = { start: 8, end: 18 } as const;

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as 'YYYY-MM-DD'. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, Set<string>>();

/** The public holidays observed in every German state (the contract's "bundeseinheitliche Feiertage"). */
export function nationwideHolidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    const easter = easterSunday(year);
    const y = String(year).padStart(4, '0');
    set = new Set([
      `${y}-01-01`, // Neujahr
      addDays(easter, -2), // Karfreitag
      addDays(easter, 1), // Ostermontag
      `${y}-05-01`, // Tag der Arbeit
      addDays(easter, 39), // Christi Himmelfahrt
      addDays(easter, 50), // Pfingstmontag
      `${y}-10-03`, // Tag der Deutschen Einheit
      `${y}-12-25`, // 1. Weihnachtstag
      `${y}-12-26`, // 2. Weihnachtstag
    ]);
    holidayCache.set(year, set);
  }
  return set;
}

/** Monday to Friday and not a nationwide German public holiday. */
export function isWorkingDay(date: string): boolean {
  const [y, m, d] = parseDay(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !nationwideHolidays(y).has(date);
}

/** The first working day after `date`. */
export function nextWorkingDay(date: string): string {
  let day = addDays(date, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The day a notice e-mailed at `sentAt` counts as received (decision 0080): the local date when it
 * is sent on a working day before 18:00, else the next working day.
 */
export function receiptDate(sentAt: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const day = localDate(sentAt, timeZone);
  if (isWorkingDay(day) && localParts(sentAt, timeZone).hour < BUSINESS_HOURS.end) return day;
  return nextWorkingDay(day);
}

/**
 * The end of a period of `periodDays` days starting with the receipt of a notice sent at `sentAt`
 * (§§ 187(1), 188(1) BGB): 00:00 local time of the day after its last day, i.e. of receipt + N + 1.
 */
export function periodEndsAt(sentAt: Date, periodDays: number, timeZone: string = DEFAULT_TIME_ZONE): Date {
  return zonedMidnightUtc(addDays(receiptDate(sentAt, timeZone), periodDays + 1), timeZone);
}

/**
 * The earliest effective date of a notice sent at `announcedAt`: the day after the notice period,
 * counted from receipt without the day of receipt, has ended (receipt + N + 1).
 */
export function earliestEffectiveDate(announcedAt: Date, noticePeriodDays: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  return addDays(receiptDate(announcedAt, timeZone), noticePeriodDays + 1);
}

/** The moment a change takes effect: 00:00 local time of its effective date. */
export function effectiveAtOf(effectiveDate: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  return zonedMidnightUtc(effectiveDate, timeZone);
}

/** The effective date (local calendar date) of a stored effective_at. */
export function effectiveDateOf(effectiveAt: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return localDate(effectiveAt, timeZone);
}

/** The last moment an objection is accepted: 1 ms before the change takes effect. */
export function lastObjectionMoment(effectiveAt: Date): Date {
  return new Date(effectiveAt.getTime() - 1);
}

/** An objection is accepted while now < effectiveAt. */
export function isObjectionOpen(effectiveAt: Date, now: Date): boolean {
  return now.getTime() < effectiveAt.getTime();
}

/** Calendar days from today's local date to the effective date: 1 = takes effect at the coming midnight. */
export function daysLeft(effectiveAt: Date, now: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  return daysBetween(localDate(now, timeZone), localDate(effectiveAt, timeZone));
}

/**
 * When objections close for a notice. Normally at its effective moment. An emergency replacement
 * takes effect at once but stays objectable (DESIGN.md): its objections close no earlier than the
 * end of the notice period counted from receipt (§ 8(5) of the DPA: "within N days of receiving
 * the notice"), i.e. 00:00 local time of receipt + N + 1.
 */
export function objectionsCloseAt(
  notice: { effectiveAt: Date; announcedAt: Date | null; isEmergency: boolean },
  noticePeriodDays: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  if (!notice.isEmergency || !notice.announcedAt) return notice.effectiveAt;
  const regular = periodEndsAt(notice.announcedAt, noticePeriodDays, timeZone);
  return regular > notice.effectiveAt ? regular : notice.effectiveAt;
}
