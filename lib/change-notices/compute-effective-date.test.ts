import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysLeft,
  earliestEffectiveDate,
  effectiveAtOf,
  easterSunday,
  effectiveDateOf,
  isCalendarDate,
  isWorkingDay,
  nationwideHolidays,
  nextWorkingDay,
  periodEndsAt,
  receiptDate,
  isObjectionOpen,
  lastObjectionMoment,
  localDate,
  objectionsCloseAt,
  zonedMidnightUtc,
} from './compute-effective-date';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);

describe('zonedMidnightUtc', () => {
  it('is 23:00 UTC the day before in winter and 22:00 UTC in summer', () => {
    expect(zonedMidnightUtc('2026-01-15', BERLIN).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(zonedMidnightUtc('2026-07-15', BERLIN).toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('handles both DST changes in Europe/Berlin in 2026 and 2027', () => {
    // Spring forward: last Sunday of March (2026-03-29, 2027-03-28) at 02:00 -> 03:00.
    expect(zonedMidnightUtc('2026-03-29', BERLIN).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(zonedMidnightUtc('2026-03-30', BERLIN).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(zonedMidnightUtc('2027-03-28', BERLIN).toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(zonedMidnightUtc('2027-03-29', BERLIN).toISOString()).toBe('2027-03-28T22:00:00.000Z');
    // Fall back: last Sunday of October (2026-10-25, 2027-10-31) at 03:00 -> 02:00.
    expect(zonedMidnightUtc('2026-10-25', BERLIN).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(zonedMidnightUtc('2026-10-26', BERLIN).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(zonedMidnightUtc('2027-10-31', BERLIN).toISOString()).toBe('2027-10-30T22:00:00.000Z');
    expect(zonedMidnightUtc('2027-11-01', BERLIN).toISOString()).toBe('2027-10-31T23:00:00.000Z');
  });

  it('works for other zones and UTC', () => {
    expect(zonedMidnightUtc('2026-06-01', 'UTC').toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(zonedMidnightUtc('2026-06-01', 'America/New_York').toISOString()).toBe('2026-06-01T04:00:00.000Z');
    expect(zonedMidnightUtc('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => zonedMidnightUtc('2026-02-30', BERLIN)).toThrow(RangeError);
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('26-01-01')).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month ends, leap years and DST', () => {
    expect(addDays('2026-03-01', 30)).toBe('2026-03-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-10-01', 30)).toBe('2026-10-31');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
  });

  it('reads the local date of an instant, not the UTC date', () => {
    expect(localDate(at('2026-07-14T22:30:00Z'), BERLIN)).toBe('2026-07-15');
    expect(localDate(at('2026-01-14T22:30:00Z'), BERLIN)).toBe('2026-01-14');
    expect(effectiveDateOf(effectiveAtOf('2026-10-25', BERLIN), BERLIN)).toBe('2026-10-25');
  });
});

describe('receipt (decision 0080)', () => {
  it('is the day of sending on a working day before 18:00 Berlin time, else the next working day', () => {
    // Tuesday 3 March 2026, 10:00 CET.
    expect(receiptDate(at('2026-03-03T09:00:00Z'), BERLIN)).toBe('2026-03-03');
    // Before 08:00 on a working day: received at 08:00 the same day.
    expect(receiptDate(at('2026-03-03T05:00:00Z'), BERLIN)).toBe('2026-03-03');
    // 17:59:59 still that day, 18:00:00 the next working day.
    expect(receiptDate(at('2026-03-03T16:59:59Z'), BERLIN)).toBe('2026-03-03');
    expect(receiptDate(at('2026-03-03T17:00:00Z'), BERLIN)).toBe('2026-03-04');
    // Friday evening -> Monday; Sunday 1 March 2026 -> Monday 2 March.
    expect(receiptDate(at('2026-03-06T17:30:00Z'), BERLIN)).toBe('2026-03-09');
    expect(receiptDate(at('2026-03-01T22:59:59Z'), BERLIN)).toBe('2026-03-02');
    // Maundy Thursday evening 2026 -> Good Friday, weekend, Easter Monday -> Tuesday 7 April.
    expect(receiptDate(at('2026-04-02T17:00:00Z'), BERLIN)).toBe('2026-04-07');
    // Christmas Eve 2026 (Thursday) evening -> Monday 28 December; New Year's Eve afternoon counts.
    expect(receiptDate(at('2026-12-24T17:30:00Z'), BERLIN)).toBe('2026-12-28');
    expect(receiptDate(at('2026-12-31T15:00:00Z'), BERLIN)).toBe('2026-12-31');
    expect(receiptDate(at('2026-12-31T17:00:00Z'), BERLIN)).toBe('2027-01-04');
  });

  it('knows the nationwide German holidays', () => {
    expect(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2030-04-21', '2038-04-25']).toEqual(
      [2024, 2025, 2026, 2027, 2030, 2038].map(easterSunday),
    );
    expect([...nationwideHolidays(2026)].sort()).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-10-03', '2026-12-25', '2026-12-26',
    ]);
    expect(isWorkingDay('2026-05-14')).toBe(false);
    expect(isWorkingDay('2026-05-15')).toBe(true);
    expect(nextWorkingDay('2026-05-13')).toBe('2026-05-15');
  });
});

describe('earliest effective date (BGB §§ 187(1), 188(1))', () => {
  it('leaves the full notice period between the day of receipt and the effective date', () => {
    // The defect of issue 13: announced Sunday 1 March 2026 23:59:59 Berlin. Receipt is Monday
    // 2 March; the 30 days are 3 March to 1 April; the change may take effect on 2 April, not 31 March.
    expect(earliestEffectiveDate(at('2026-03-01T22:59:59Z'), 30, BERLIN)).toBe('2026-04-02');
    expect(earliestEffectiveDate(at('2026-03-01T22:59:59Z'), 30, BERLIN)).not.toBe('2026-03-31');
    // Tuesday 3 March 10:00: received that day; 4 March to 2 April; effective 3 April at the earliest.
    expect(earliestEffectiveDate(at('2026-03-03T09:00:00Z'), 30, BERLIN)).toBe('2026-04-03');
    // Across the October change: Monday 28 September 2026 noon, received that day.
    expect(earliestEffectiveDate(at('2026-09-28T10:00:00Z'), 30, BERLIN)).toBe('2026-10-29');
    // Across the year end: New Year's Eve 2026 evening -> receipt Monday 4 January 2027.
    expect(earliestEffectiveDate(at('2026-12-31T17:00:00Z'), 30, BERLIN)).toBe('2027-02-04');
  });

  it('ends the period at 00:00 local time of the day after its last day', () => {
    expect(periodEndsAt(at('2026-03-03T09:00:00Z'), 30, BERLIN).toISOString()).toBe('2026-04-02T22:00:00.000Z');
    expect(localDate(lastObjectionMoment(periodEndsAt(at('2026-03-03T09:00:00Z'), 30, BERLIN)), BERLIN)).toBe('2026-04-02');
  });
});

describe('objection deadline', () => {
  const cases = [
    { name: 'winter', date: '2026-02-10', midnightUtc: '2026-02-09T23:00:00.000Z' },
    { name: 'spring-forward day 2026', date: '2026-03-29', midnightUtc: '2026-03-28T23:00:00.000Z' },
    { name: 'day after spring-forward 2026', date: '2026-03-30', midnightUtc: '2026-03-29T22:00:00.000Z' },
    { name: 'fall-back day 2026', date: '2026-10-25', midnightUtc: '2026-10-24T22:00:00.000Z' },
    { name: 'day after fall-back 2026', date: '2026-10-26', midnightUtc: '2026-10-25T23:00:00.000Z' },
    { name: 'spring-forward day 2027', date: '2027-03-28', midnightUtc: '2027-03-27T23:00:00.000Z' },
    { name: 'day after fall-back 2027', date: '2027-11-01', midnightUtc: '2027-10-31T23:00:00.000Z' },
  ];

  for (const c of cases) {
    it(`is open one second before and closed one second after 00:00 local (${c.name})`, () => {
      const effectiveAt = effectiveAtOf(c.date, BERLIN);
      expect(effectiveAt.toISOString()).toBe(c.midnightUtc);
      const oneSecondBefore = new Date(effectiveAt.getTime() - 1000);
      const oneSecondAfter = new Date(effectiveAt.getTime() + 1000);
      expect(isObjectionOpen(effectiveAt, oneSecondBefore)).toBe(true);
      expect(isObjectionOpen(effectiveAt, lastObjectionMoment(effectiveAt))).toBe(true);
      expect(isObjectionOpen(effectiveAt, effectiveAt)).toBe(false);
      expect(isObjectionOpen(effectiveAt, oneSecondAfter)).toBe(false);
      // The last moment reads 23:59:59 on the day before, local time.
      const last = lastObjectionMoment(effectiveAt);
      expect(localDate(last, BERLIN)).toBe(addDays(c.date, -1));
      expect(new Intl.DateTimeFormat('de-DE', { timeZone: BERLIN, timeStyle: 'medium' }).format(last)).toBe('23:59:59');
    });
  }
});

describe('days left', () => {
  it('counts local calendar days, also across a DST change', () => {
    const effectiveAt = effectiveAtOf('2026-10-26', BERLIN);
    expect(daysLeft(effectiveAt, at('2026-10-24T21:59:00Z'), BERLIN)).toBe(2); // 23:59 on the 24th
    expect(daysLeft(effectiveAt, at('2026-10-24T22:00:00Z'), BERLIN)).toBe(1); // 00:00 on the 25th
    expect(daysLeft(effectiveAt, at('2026-10-25T22:59:59Z'), BERLIN)).toBe(1); // 23:59:59 on the 25th (CET)
    expect(daysLeft(effectiveAt, at('2026-10-25T23:00:00Z'), BERLIN)).toBe(0);
  });
});

describe('objections close', () => {
  it('at the effective moment, or for an emergency no earlier than the regular notice period', () => {
    const announcedAt = at('2026-10-01T08:00:00Z');
    const effectiveAt = effectiveAtOf('2026-11-02', BERLIN);
    expect(objectionsCloseAt({ effectiveAt, announcedAt, isEmergency: false }, 30, BERLIN)).toEqual(effectiveAt);
    // Emergency effective at once, sent Thursday 1 October 10:00: received that day, the 30 days
    // are 2 to 31 October, objections stay open until 00:00 local on 1 November.
    expect(objectionsCloseAt({ effectiveAt: announcedAt, announcedAt, isEmergency: true }, 30, BERLIN).toISOString()).toBe(
      '2026-10-31T23:00:00.000Z',
    );
  });
});
