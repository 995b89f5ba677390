import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { objections } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { assertObjectable, lockNoticeForOrg, requireSignatory } from './objection-guards';
import type { FileObjectionInput } from './objection-schemas';
import { queueObjectionReceipt } from './queue-objection-receipt';

/**
 * A signatory objects to a change notice of their organisation, with a reason.
 *
 * One objection per organisation and change notice (unique index objections_change_notice_org_key):
 *  - none yet            -> a new open objection;
 *  - an open one exists  -> its reason is replaced (filing again is an edit, not a duplicate);
 *  - a withdrawn one     -> the same row is reopened with the new reason, filer and time, so the
 *                           organisation keeps one history (the audit log holds every step);
 *  - a decided one       -> ALREADY_DONE: the provider has answered; a decision is not reopened.
 * Refused once objections have closed (DEADLINE_PASSED), measured at ctx.now, so tests can stand
 * exactly on the boundary.
 */
export async function fileObjection(ctx: Ctx, input: FileObjectionInput) {
  await requireSignatory(ctx, input.orgId);
  const { db: tx, now, actor } = ctx;
  const notice = await lockNoticeForOrg(ctx, input.orgId, input.noticeId);
  assertObjectable(notice, now);

  // Insert first; when the row exists already, the unique index makes this a no-op and we lock
  // the existing row instead. Two signatories filing at the same moment end up with one row.
  const [created] = await tx
    .insert(objections)
    .values({
      changeNoticeId: notice.changeNoticeId,
      noticeId: notice.noticeId,
      orgId: input.orgId,
      reason: input.reason,
      filedBy: actor.userId,
      filedAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: [objections.changeNoticeId, objections.orgId] })
    .returning({ id: objections.id });

  let outcome: 'filed' | 'edited' | 'reopened' = 'filed';
  let objectionId = created?.id;
  let previousReason: string | null = null;
  if (!objectionId) {
    const [existing] = await tx
      .select()
      .from(objections)
      .where(and(eq(objections.changeNoticeId, notice.changeNoticeId), eq(objections.orgId, input.orgId)))
      .for('update');
    if (!existing) throw new AppError('CONFLICT');
    if (existing.status === 'accepted' || existing.status === 'rejected') {
      throw new AppError('ALREADY_DONE', 'objections.error.alreadyDecided');
    }
    objectionId = existing.id;
    previousReason = existing.reason;
    outcome = existing.status === 'open' ? 'edited' : 'reopened';
    await tx
      .update(objections)
      .set(
        outcome === 'edited'
          ? { reason: input.reason, updatedAt: now }
          : { status: 'open', reason: input.reason, filedBy: actor.userId, filedAt: now, updatedAt: now },
      )
      .where(and(eq(objections.id, existing.id), eq(objections.orgId, input.orgId), sql`${objections.status} in ('open', 'withdrawn')`));
  }

  await ctx.audit({
    action: outcome === 'edited' ? 'objection.edited' : outcome === 'reopened' ? 'objection.reopened' : 'objection.filed',
    orgId: input.orgId,
    targetType: 'objection',
    targetId: objectionId,
    details: {
      changeNoticeId: notice.changeNoticeId,
      noticeId: notice.noticeId,
      reason: input.reason,
      ...(previousReason !== null ? { previousReason } : {}),
      effectiveAt: notice.effectiveAt.toISOString(),
    },
  });
  await queueObjectionReceipt(ctx, { orgId: input.orgId, notice, reason: input.reason });
  return { objectionId, outcome };
}
