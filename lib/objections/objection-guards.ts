import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { changeNotices, memberships, notices, objections } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { isObjectionOpen } from '@/lib/change-notices/compute-effective-date';

// Checks every customer-side objection use case makes, in the caller's transaction.

/** authorize('objections.file') ran in the action; the role is checked again here, in the WHERE. */
export async function requireSignatory(tx: Tx, userId: string, orgId: string) {
  const [membership] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId), eq(memberships.role, 'signatory')))
    .limit(1);
  if (!membership) throw new AppError('FORBIDDEN', 'objections.error.notSignatory');
}

/**
 * The organisation's notice with its change notice. The change notice row is locked FOR SHARE, so
 * a concurrent withdrawal or the job that applies it waits until this transaction has decided:
 * an objection is never filed against a notice that changed state underneath it.
 * Scoped by notices.org_id: another organisation's notice is NOT_FOUND, as if it did not exist.
 */
export async function lockNoticeForOrg(tx: Tx, orgId: string, noticeId: string) {
  const [row] = await tx
    .select({
      noticeId: notices.id,
      orgId: notices.orgId,
      changeNoticeId: changeNotices.id,
      status: changeNotices.status,
      effectiveAt: changeNotices.effectiveAt,
      objectionsCloseAt: changeNotices.objectionsCloseAt,
      title: changeNotices.title,
    })
    .from(notices)
    .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
    .where(and(eq(notices.id, noticeId), eq(notices.orgId, orgId)))
    .limit(1)
    .for('share', { of: changeNotices });
  if (!row || row.status === 'draft') throw new AppError('NOT_FOUND');
  return row;
}

/**
 * The deadline rule: objections (and edits, withdrawals) only while now < objections_close_at, fixed
 * at announcement: the effective time, or for an emergency replacement (already effective, still
 * objectable) the end of the regular notice period.
 */
export function assertObjectable(
  changeNotice: { status: string; effectiveAt: Date; objectionsCloseAt: Date | null },
  now: Date,
) {
  if (changeNotice.status === 'withdrawn') throw new AppError('CONFLICT', 'objections.error.noticeWithdrawn');
  if (!isObjectionOpen(changeNotice.objectionsCloseAt ?? changeNotice.effectiveAt, now)) {
    throw new AppError('DEADLINE_PASSED', 'objections.error.deadlinePassed');
  }
}

/** The organisation's objection, locked for a change; scoped by org_id like everything else. */
export async function lockObjectionForOrg(tx: Tx, orgId: string, objectionId: string) {
  const [row] = await tx
    .select()
    .from(objections)
    .where(and(eq(objections.id, objectionId), eq(objections.orgId, orgId)))
    .limit(1)
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Editing and withdrawing are for open objections only; a decision is final. */
export function assertOpenObjection(objection: { status: string }) {
  if (objection.status === 'accepted' || objection.status === 'rejected') {
    throw new AppError('ALREADY_DONE', 'objections.error.alreadyDecided');
  }
  if (objection.status !== 'open') throw new AppError('CONFLICT', 'objections.error.notOpen');
}
