import { isObjectionOpen, lastObjectionMoment } from '@/lib/change-notices/compute-effective-date';

// When an organisation may still object to a change notice, decided here once: the use cases
// refuse by this rule (objection-guards.ts) and every view shows the deadline it computes.

type Dates = { effectiveAt: Date; objectionsCloseAt: Date | null };
type Window = Dates & { status: string };

/**
 * Objections close at objections_close_at, fixed at announcement: the effective moment, or for an
 * emergency replacement (effective at once, still objectable) the end of the regular notice period.
 */
export function objectionsCloseAt(changeNotice: Dates): Date {
  return changeNotice.objectionsCloseAt ?? changeNotice.effectiveAt;
}

/** An announced (or already effective) change is objectable while now < objections_close_at. */
export function isObjectionWindowOpen(changeNotice: Window, now: Date): boolean {
  return (changeNotice.status === 'announced' || changeNotice.status === 'effective') && isObjectionOpen(objectionsCloseAt(changeNotice), now);
}

/** The last moment an objection is accepted (1 ms before objections close). */
export function objectionDeadline(changeNotice: Dates): Date {
  return lastObjectionMoment(objectionsCloseAt(changeNotice));
}
