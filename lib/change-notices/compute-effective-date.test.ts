import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysLeft,
  earliestEffectiveDate,
  effectiveAtOf,
  effectiveDateOf,
  isCalendarDate,
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

describe('earliest effective date', () => {
  it('is the local announcement date plus the notice period', () => {
    // 23:30 UTC on 1 March is already 2 March in Berlin.
    expect(earliestEffectiveDate(at('2026-03-01T23:30:00Z'), 30, BERLIN)).toBe('2026-04-01');
    expect(earliestEffectiveDate(at('2026-03-01T22:59:59Z'), 30, BERLIN)).toBe('2026-03-31');
    // Across the October change: announced 2026-09-26 local, effective 30 days later.
    expect(earliestEffectiveDate(at('2026-09-26T10:00:00Z'), 30, BERLIN)).toBe('2026-10-26');
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
    // Emergency effective at once: objections stay open until 00:00 local on 2026-10-31.
    expect(objectionsCloseAt({ effectiveAt: announcedAt, announcedAt, isEmergency: true }, 30, BERLIN).toISOString()).toBe(
      '2026-10-30T23:00:00.000Z',
    );
  });
});
