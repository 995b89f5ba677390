import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  earliestEffectiveDate,
  effectiveAtOf,
  isWorkingDay,
  lastObjectionMoment,
  localDate,
  objectionsCloseAt,
  receiptDate,
} from './compute-effective-date';

// Property tests for the BGB count (decision 0080), against an oracle that only reads local dates
// and hours through Intl, hour by hour, and knows nothing of the arithmetic under test.

const BERLIN = 'Europe/Berlin';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

// Moments where a count can go wrong: the DST changes and the year ends, 2024 to 2036.
const pivots: number[] = [];
for (let year = 2024; year <= 2036; year++) {
  const lastSunday = (month: number) => {
    const d = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, d.getUTCDate() - d.getUTCDay(), 1); // 01:00 UTC = the switch
  };
  pivots.push(lastSunday(2), lastSunday(9), Date.UTC(year, 11, 31, 23), Date.UTC(year, 11, 31, 17));
}

const anyInstant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2036, 11, 31) }).map((ms) => new Date(ms));
const nearPivot = fc
  .tuple(fc.constantFrom(...pivots), fc.integer({ min: -4 * DAY, max: 4 * DAY }))
  .map(([pivot, offset]) => new Date(pivot + offset));
const instant = fc.oneof(anyInstant, nearPivot);
const period = fc.integer({ min: 1, max: 45 });

/** Local calendar dates touched from `from` to `to` (exclusive), walking in steps of an hour. */
function localDaysBetween(from: Date, to: Date): Set<string> {
  const days = new Set<string>();
  for (let t = from.getTime(); t < to.getTime(); t += HOUR) days.add(localDate(new Date(t), BERLIN));
  return days;
}

function localHour(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: BERLIN, hour: '2-digit', hourCycle: 'h23' }).format(at));
}

// Generous timeout: the walk is hour by hour and the CI machine is shared.
describe('deadlines, property-based across DST changes and year ends', { timeout: 60_000 }, () => {
  it('receipt is the sending day within business hours, else the next working day', () => {
    fc.assert(
      fc.property(instant, (sentAt) => {
        const sentDay = localDate(sentAt, BERLIN);
        const receipt = receiptDate(sentAt, BERLIN);
        expect(isWorkingDay(receipt)).toBe(true);
        if (isWorkingDay(sentDay) && localHour(sentAt) < 18) {
          expect(receipt).toBe(sentDay);
        } else {
          expect(receipt > sentDay).toBe(true);
          for (let d = addDays(sentDay, 1); d < receipt; d = addDays(d, 1)) expect(isWorkingDay(d)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('at the earliest effective date exactly N whole local days lie after the day of receipt', () => {
    fc.assert(
      fc.property(instant, period, (sentAt, n) => {
        const receipt = receiptDate(sentAt, BERLIN);
        const effectiveAt = effectiveAtOf(earliestEffectiveDate(sentAt, n, BERLIN), BERLIN);
        expect(effectiveAt.getTime()).toBeGreaterThan(sentAt.getTime());
        // The days the period covers: local days after the receipt day and before the effective moment.
        const counted = [...localDaysBetween(sentAt, effectiveAt)].filter((d) => d > receipt);
        expect(counted.length).toBe(n);
        expect(counted[0]).toBe(addDays(receipt, 1));
        // The change takes effect at 00:00 local time: one millisecond earlier is still the last day.
        expect(localDate(effectiveAt, BERLIN)).toBe(addDays(receipt, n + 1));
        expect(localDate(lastObjectionMoment(effectiveAt), BERLIN)).toBe(addDays(receipt, n));
        expect(localHour(lastObjectionMoment(effectiveAt))).toBe(23);
      }),
      { numRuns: 150 },
    );
  });

  it('one day earlier than the earliest effective date would cut the period short', () => {
    fc.assert(
      fc.property(instant, period, (sentAt, n) => {
        const receipt = receiptDate(sentAt, BERLIN);
        const tooEarly = effectiveAtOf(addDays(earliestEffectiveDate(sentAt, n, BERLIN), -1), BERLIN);
        const counted = [...localDaysBetween(sentAt, tooEarly)].filter((d) => d > receipt);
        expect(counted.length).toBe(n - 1);
      }),
      { numRuns: 100 },
    );
  });

  it('an emergency replacement stays objectable until the end of the N-th day after receipt', () => {
    fc.assert(
      fc.property(instant, period, (sentAt, n) => {
        const closes = objectionsCloseAt({ effectiveAt: sentAt, announcedAt: sentAt, isEmergency: true }, n, BERLIN);
        const last = lastObjectionMoment(closes);
        expect(localDate(last, BERLIN)).toBe(addDays(receiptDate(sentAt, BERLIN), n));
        expect(localDate(closes, BERLIN)).toBe(addDays(receiptDate(sentAt, BERLIN), n + 1));
        expect(new Intl.DateTimeFormat('de-DE', { timeZone: BERLIN, timeStyle: 'medium' }).format(last)).toBe('23:59:59');
      }),
      { numRuns: 200 },
    );
  });
});
