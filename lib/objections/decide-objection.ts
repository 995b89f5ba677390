import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import {
  changeNoticeServices,
  changeNotices,
  memberships,
  objections,
  organisations,
  services,
  subprocessors,
  users,
} from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getSettings } from '@/lib/core/settings';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { queueMail } from '@/lib/mail/queue-mail';
import type { DecideObjectionInput } from './objection-schemas';

/**
 * Privacy staff decide an open objection: accepted (the change is not applied for this
 * organisation; the register's annex for it keeps the old state) or rejected with a note (the
 * provider goes ahead; the customer may terminate the affected services). In one transaction:
 * the decision, the audit event and one mail per signatory of the organisation, in their language.
 * A decision may come after the effective date: the objection was filed in time.
 */
export async function decideObjection(ctx: Ctx, input: DecideObjectionInput) {
  // authorize('objections.decide') ran in the action; checked again where the work happens.
  assertCan(ctx, 'objections.decide');
  const { db: tx, now, actor } = ctx;

  const [objection] = await tx
    .select()
    .from(objections)
    .where(eq(objections.id, input.objectionId))
    .limit(1)
    .for('update');
  if (!objection) throw new AppError('NOT_FOUND');
  if (objection.status === 'accepted' || objection.status === 'rejected') {
    throw new AppError('ALREADY_DONE', 'objections.error.alreadyDecided');
  }
  if (objection.status !== 'open') throw new AppError('CONFLICT', 'objections.error.notOpen');

  const [context] = await tx
    .select({
      orgName: organisations.legalName,
      changeTitle: changeNotices.title,
      changeStatus: changeNotices.status,
      subprocessorName: subprocessors.legalName,
    })
    .from(changeNotices)
    .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
    .innerJoin(organisations, eq(organisations.id, objection.orgId))
    .where(eq(changeNotices.id, objection.changeNoticeId))
    .limit(1);
  if (!context) throw new AppError('NOT_FOUND');
  if (context.changeStatus === 'withdrawn') throw new AppError('CONFLICT', 'objections.error.noticeWithdrawn');

  await tx
    .update(objections)
    .set({ status: input.decision, decidedBy: actor.userId, decidedAt: now, decisionNote: input.note ?? null, updatedAt: now })
    .where(and(eq(objections.id, objection.id), eq(objections.status, 'open')));

  await ctx.audit({
    action: `objection.${input.decision}`,
    orgId: objection.orgId,
    targetType: 'objection',
    targetId: objection.id,
    details: { changeNoticeId: objection.changeNoticeId, from: 'open', to: input.decision, note: input.note ?? null },
  });

  const [signatories, affected, provider] = await Promise.all([
    tx
      .select({ email: users.email, locale: users.locale })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, objection.orgId), eq(memberships.role, 'signatory')))
      .orderBy(asc(users.email)),
    tx
      .select({ name: services.name })
      .from(changeNoticeServices)
      .innerJoin(services, eq(services.id, changeNoticeServices.serviceId))
      .where(eq(changeNoticeServices.changeNoticeId, objection.changeNoticeId))
      .orderBy(asc(services.code)),
    getSettings(ctx),
  ]);
  const url = `${env().APP_URL}/orgs/${objection.orgId}/notices/${objection.noticeId}`;
  for (const signatory of signatories) {
    await queueMail(ctx, {
      to: signatory.email,
      locale: signatory.locale,
      template: 'objection-decided',
      params: {
        decision: input.decision,
        note: input.note ?? null,
        orgName: context.orgName,
        changeTitle: context.changeTitle,
        subprocessorName: context.subprocessorName,
        services: affected.map((s) => s.name),
        url,
        contact: { email: provider?.supportEmail ?? '', phone: provider?.supportPhone ?? '' },
      },
    });
  }
  return { objectionId: objection.id, status: input.decision, notified: signatories.length };
}
