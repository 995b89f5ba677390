import 'server-only';
import { noticeObjectionsCloseAt } from '@/lib/change-notices/notice-deadline-sql';
import { and, eq } from 'drizzle-orm';
import { changeNotices, notices, objections } from '@/db/schema';
import { assertCan, requireMembership } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { isObjectionWindowOpen } from './objection-rules';

// Checks every customer-side objection use case makes, in the caller's transaction.

/**
 * The action authorized 'objections.file' already; checked again here, and the signatory role is
 * read in this transaction with the organisation in the WHERE (a role removed a moment ago no
 * longer counts). A stranger to the organisation is NOT_FOUND, a member FORBIDDEN.
 */
export async function requireSignatory(ctx: Ctx, orgId: string) {
  assertCan(ctx, 'objections.file', orgId, 'objections.error.notSignatory');
  await requireMembership(ctx, orgId, ['signatory'], 'objections.error.notSignatory');
}

/**
 * The organisation's notice with its change notice. The change notice row is locked FOR SHARE, so
 * a concurrent withdrawal or the job that applies it waits until this transaction has decided:
 * an objection is never filed against a notice that changed state underneath it.
 * Scoped by notices.org_id: another organisation's notice is NOT_FOUND, as if it did not exist.
 */
export async function lockNoticeForOrg(ctx: Ctx, orgId: string, noticeId: string) {
  const [row] = await ctx.db
    .select({
      noticeId: notices.id,
      orgId: notices.orgId,
      changeNoticeId: changeNotices.id,
      status: changeNotices.status,
      effectiveAt: changeNotices.effectiveAt,
      objectionsCloseAt: noticeObjectionsCloseAt,
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
 * The deadline rule (objection-rules.ts): objections, edits and withdrawals only while the change
 * is objectable; a withdrawn change is refused with its own message.
 */
export function assertObjectable(changeNotice: { status: string; effectiveAt: Date; objectionsCloseAt: Date | null }, now: Date) {
  if (changeNotice.status === 'withdrawn') throw new AppError('CONFLICT', 'objections.error.noticeWithdrawn');
  if (!isObjectionWindowOpen(changeNotice, now)) throw new AppError('DEADLINE_PASSED', 'objections.error.deadlinePassed');
}

/** The organisation's objection, locked for a change; scoped by org_id like everything else. */
export async function lockObjectionForOrg(ctx: Ctx, orgId: string, objectionId: string) {
  const [row] = await ctx.db
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
