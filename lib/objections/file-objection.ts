import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { objections } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn, type ActorRoles } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { assertObjectable, lockNoticeForOrg, requireSignatory } from './objection-guards';
import { fileObjectionSchema, parseOrThrow } from './objection-schemas';

export type ObjectionActor = ActorRoles & { userId: string };
export type RequestMeta = { ip: string | null; userAgent: string | null };

/**
 * A signatory objects to a change notice of their organisation, with a reason.
 *
 * One objection per organisation and change notice (unique index objections_change_notice_org_key):
 *  - none yet            -> a new open objection;
 *  - an open one exists  -> its reason is replaced (filing again is an edit, not a duplicate);
 *  - a withdrawn one     -> the same row is reopened with the new reason, filer and time, so the
 *                           organisation keeps one history (the audit log holds every step);
 *  - a decided one       -> ALREADY_DONE: the provider has answered; a decision is not reopened.
 * Refused from effectiveAt on (DEADLINE_PASSED). `now` is a parameter so tests can stand exactly
 * on the boundary.
 */
export async function fileObjection(tx: Tx, actor: ObjectionActor, rawInput: unknown, meta: RequestMeta, now: Date = new Date()) {
  const input = parseOrThrow(fileObjectionSchema, rawInput, (fieldErrors) => new AppError('VALIDATION', 'validation.invalid', fieldErrors));
  await requireSignatory(tx, actor.userId, input.orgId);
  const notice = await lockNoticeForOrg(tx, input.orgId, input.noticeId);
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

  await writeAuditEvent(
    tx,
    { userId: actor.userId, role: roleIn(actor, input.orgId), ip: meta.ip, userAgent: meta.userAgent },
    {
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
    },
  );
  return { objectionId, outcome };
}
