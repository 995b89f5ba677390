import { describe, expect, it } from 'vitest';
import { exitDeadlines } from './exit-deadlines';

const duties = { returnRequestDays: 14, productionDeletionDays: 30, backupDeletionDays: 21 };

describe('exit deadlines of a terminated agreement', () => {
  it('counts from the day the services ended (the day before the termination moment, provider time)', () => {
    // Terminated at local midnight after 31 March 2026 (22:00 UTC, summer time began on 29 March).
    const result = exitDeadlines({ terminatedAt: new Date('2026-03-31T22:00:00Z'), duties, today: '2026-04-20', timeZone: 'Europe/Berlin' });
    expect(result.endedOn).toBe('2026-03-31');
    expect(result.deadlines).toEqual([
      { duty: 'returnRequest', due: '2026-04-14', passed: true },
      { duty: 'productionDeletion', due: '2026-04-30', passed: false },
      { duty: 'backupDeletion', due: '2026-05-21', passed: false },
    ]);
  });

  it('a deadline falling on today has not passed; a termination during the day ends the services that day', () => {
    const result = exitDeadlines({ terminatedAt: new Date('2026-01-10T12:00:00Z'), duties, today: '2026-01-24', timeZone: 'Europe/Berlin' });
    expect(result.endedOn).toBe('2026-01-10');
    expect(result.deadlines[0]).toEqual({ duty: 'returnRequest', due: '2026-01-24', passed: false });
  });

  it('a version without fixed deadlines gives none', () => {
    expect(exitDeadlines({ terminatedAt: new Date('2026-01-10T23:00:00Z'), duties: null, today: '2026-02-01', timeZone: 'Europe/Berlin' })).toEqual({
      endedOn: '2026-01-10',
      deadlines: [],
    });
  });
});
