import type { ExitDuties } from '@/db/schema';
import { addDays, localDate } from '@/lib/change-notices/compute-effective-date';

export type ExitDuty = 'returnRequest' | 'productionDeletion' | 'backupDeletion';
export type ExitDeadline = { duty: ExitDuty; due: string; passed: boolean };

/**
 * The deletion/return duties of a terminated agreement with their deadlines (the DPA's § 11: return
 * on request until N days after the services end, deletion from production by M days, from backups
 * K days after that deletion). The services ended on the last day before `terminatedAt` in the
 * provider's time zone (the worker terminates at the first moment after the last contract's end
 * day); each deadline is a calendar day and ends at the end of that day. Null duties (a version that
 * states no fixed deadlines) give none: the page then points to the clause itself.
 */
export function exitDeadlines(input: { terminatedAt: Date; duties: ExitDuties | null; today: string; timeZone: string }): {
  endedOn: string;
  deadlines: ExitDeadline[];
} {
  const endedOn = localDate(new Date(input.terminatedAt.getTime() - 1), input.timeZone);
  if (!input.duties) return { endedOn, deadlines: [] };
  const { returnRequestDays, productionDeletionDays, backupDeletionDays } = input.duties;
  const productionBy = addDays(endedOn, productionDeletionDays);
  const deadline = (duty: ExitDuty, due: string): ExitDeadline => ({ duty, due, passed: due < input.today });
  return {
    endedOn,
    deadlines: [
      deadline('returnRequest', addDays(endedOn, returnRequestDays)),
      deadline('productionDeletion', productionBy),
      deadline('backupDeletion', addDays(productionBy, backupDeletionDays)),
    ],
  };
}
