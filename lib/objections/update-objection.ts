import 'server-only';
import { and, eq } from 'drizzle-orm';
import { objections } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import { assertObjectable, assertOpenObjection, lockNoticeForOrg, lockObjectionForOrg, requireSignatory } from './objection-guards';
import type { UpdateObjectionInput } from './objection-schemas';

/** A signatory changes the reason of the organisation's open objection, before the deadline. */
export async function updateObjection(ctx: Ctx, input: UpdateObjectionInput) {
  await requireSignatory(ctx, input.orgId);
  const { now } = ctx;
  const objection = await lockObjectionForOrg(ctx, input.orgId, input.objectionId);
  assertOpenObjection(objection);
  assertObjectable(await lockNoticeForOrg(ctx, input.orgId, objection.noticeId), now);

  await ctx.db
    .update(objections)
    .set({ reason: input.reason, updatedAt: now })
    .where(and(eq(objections.id, objection.id), eq(objections.orgId, input.orgId), eq(objections.status, 'open')));
  await ctx.audit({
    action: 'objection.edited',
    orgId: input.orgId,
    targetType: 'objection',
    targetId: objection.id,
    details: { changeNoticeId: objection.changeNoticeId, reason: input.reason, previousReason: objection.reason },
  });
  return { objectionId: objection.id };
}
