import 'server-only';
import { and, eq } from 'drizzle-orm';
import { objections } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import { assertObjectable, assertOpenObjection, lockNoticeForOrg, lockObjectionForOrg, requireSignatory } from './objection-guards';
import type { WithdrawObjectionInput } from './objection-schemas';

/**
 * A signatory withdraws the organisation's open objection, before the deadline. The row stays
 * (status 'withdrawn'); filing again before the deadline reopens it (see fileObjection).
 */
export async function withdrawObjection(ctx: Ctx, input: WithdrawObjectionInput) {
  await requireSignatory(ctx, input.orgId);
  const { now } = ctx;
  const objection = await lockObjectionForOrg(ctx, input.orgId, input.objectionId);
  assertOpenObjection(objection);
  assertObjectable(await lockNoticeForOrg(ctx, input.orgId, objection.noticeId), now);

  await ctx.db
    .update(objections)
    .set({ status: 'withdrawn', updatedAt: now })
    .where(and(eq(objections.id, objection.id), eq(objections.orgId, input.orgId), eq(objections.status, 'open')));
  await ctx.audit({
    action: 'objection.withdrawn',
    orgId: input.orgId,
    targetType: 'objection',
    targetId: objection.id,
    details: { changeNoticeId: objection.changeNoticeId, reason: objection.reason },
  });
  return { objectionId: objection.id };
}
