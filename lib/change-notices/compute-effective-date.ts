// Deadlines in the provider's time zone (settings.timeZone, default Europe/Berlin), across DST.
//
// An effective date is a calendar date: the change takes effect at 00:00 local time of that date.
// The earliest allowed effective date is the local date of the announcement plus the notice
// period. An objection is accepted while now < effectiveAt, so its last moment is 23:59:59.999
// local time of the day before. No date library: Intl.DateTimeFormat gives the zone's offsets.

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

/** The earliest effective date a notice announced at `announcedAt` may have. */
export function earliestEffectiveDate(announcedAt: Date, noticePeriodDays: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  return addDays(localDate(announcedAt, timeZone), noticePeriodDays);
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
 * takes effect at once but stays objectable (DESIGN.md): its objections close no earlier than a
 * regular notice announced at the same time would have taken effect.
 */
export function objectionsCloseAt(
  notice: { effectiveAt: Date; announcedAt: Date | null; isEmergency: boolean },
  noticePeriodDays: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  if (!notice.isEmergency || !notice.announcedAt) return notice.effectiveAt;
  const regular = effectiveAtOf(earliestEffectiveDate(notice.announcedAt, noticePeriodDays, timeZone), timeZone);
  return regular > notice.effectiveAt ? regular : notice.effectiveAt;
}
