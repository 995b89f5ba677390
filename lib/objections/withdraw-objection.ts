import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { objections } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import type { ObjectionActor, RequestMeta } from './file-objection';
import { assertObjectable, assertOpenObjection, lockNoticeForOrg, lockObjectionForOrg, requireSignatory } from './objection-guards';
import { parseOrThrow, withdrawObjectionSchema } from './objection-schemas';

/**
 * A signatory withdraws the organisation's open objection, before the deadline. The row stays
 * (status 'withdrawn'); filing again before the deadline reopens it (see fileObjection).
 */
export async function withdrawObjection(tx: Tx, actor: ObjectionActor, rawInput: unknown, meta: RequestMeta, now: Date = new Date()) {
  const input = parseOrThrow(withdrawObjectionSchema, rawInput, (fieldErrors) => new AppError('VALIDATION', 'validation.invalid', fieldErrors));
  await requireSignatory(tx, actor.userId, input.orgId);
  const objection = await lockObjectionForOrg(tx, input.orgId, input.objectionId);
  assertOpenObjection(objection);
  assertObjectable(await lockNoticeForOrg(tx, input.orgId, objection.noticeId), now);

  await tx
    .update(objections)
    .set({ status: 'withdrawn', updatedAt: now })
    .where(and(eq(objections.id, objection.id), eq(objections.orgId, input.orgId), eq(objections.status, 'open')));
  await writeAuditEvent(
    tx,
    { userId: actor.userId, role: roleIn(actor, input.orgId), ip: meta.ip, userAgent: meta.userAgent },
    {
      action: 'objection.withdrawn',
      orgId: input.orgId,
      targetType: 'objection',
      targetId: objection.id,
      details: { changeNoticeId: objection.changeNoticeId, reason: objection.reason },
    },
  );
  return { objectionId: objection.id };
}
