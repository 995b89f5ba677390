import 'server-only';
import { eq } from 'drizzle-orm';
import { changeNotices, organisations, subprocessors, users } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { env } from '@/lib/env';
import { queueMail } from '@/lib/mail/queue-mail';
import { objectionDeadline } from './objection-rules';

/**
 * The acknowledgement of receipt § 8(3) of the DPA promises: mailed to the signatory who filed (or
 * changed, or reopened) the objection, in their language, in the filing transaction, with the
 * reasons as received and the deadline that applies to their organisation.
 */
export async function queueObjectionReceipt(
  ctx: Ctx,
  input: { orgId: string; reason: string; notice: { noticeId: string; changeNoticeId: string; effectiveAt: Date; objectionsCloseAt: Date | null } },
) {
  const { db: tx, now, actor } = ctx;
  const [[filer], [facts], { timeZone }] = await Promise.all([
    tx.select({ email: users.email, locale: users.locale }).from(users).where(eq(users.id, actor.userId)).limit(1),
    tx
      .select({ orgName: organisations.legalName, changeTitle: changeNotices.title, subprocessorName: subprocessors.legalName })
      .from(changeNotices)
      .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
      .innerJoin(organisations, eq(organisations.id, input.orgId))
      .where(eq(changeNotices.id, input.notice.changeNoticeId))
      .limit(1),
    getCalendarSettings(ctx),
  ]);
  if (!filer || !facts) return;
  await queueMail(ctx, {
    to: filer.email,
    locale: filer.locale,
    template: 'objection-received',
    params: {
      ...facts,
      reason: input.reason,
      receivedAt: now,
      deadline: objectionDeadline(input.notice),
      timeZone,
      url: `${env().APP_URL.replace(/\/+$/, '')}/orgs/${input.orgId}/notices/${input.notice.noticeId}`,
    },
  });
}
