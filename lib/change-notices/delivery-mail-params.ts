import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { changeNotices, changeNoticeServices, notices, organisations, services, subprocessors, type Delivery } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { env } from '@/lib/env';
import type { MailParams } from '@/lib/mail/templates';

export type ChangeNoticeMailParams = MailParams<'change-notice'>;

/**
 * The parameters of the change-notice mail for each notice of a claimed batch of deliveries.
 * Everything is loaded in a fixed number of queries for the whole batch (a fan-out claims hundreds
 * of rows of the same change notice); a notice whose data is gone is missing from the map.
 */
export async function deliveryMailParams(
  ctx: Ctx<Actor>,
  batch: Pick<Delivery, 'noticeId'>[],
): Promise<Map<string, ChangeNoticeMailParams>> {
  const out = new Map<string, ChangeNoticeMailParams>();
  if (batch.length === 0) return out;
  const { db } = ctx;
  const noticeIds = [...new Set(batch.map((d) => d.noticeId))];
  const noticeRows = await db
    .select({
      id: notices.id,
      orgId: notices.orgId,
      changeNoticeId: notices.changeNoticeId,
      ownCloseAt: notices.objectionsCloseAt,
      ownEffectiveAt: notices.effectiveAt,
      orgName: organisations.legalName,
    })
    .from(notices)
    .innerJoin(organisations, eq(organisations.id, notices.orgId))
    .where(inArray(notices.id, noticeIds));
  const changeIds = [...new Set(noticeRows.map((n) => n.changeNoticeId))];
  if (changeIds.length === 0) return out;
  const [cnRows, serviceRows, { timeZone }] = await Promise.all([
    db.select().from(changeNotices).where(inArray(changeNotices.id, changeIds)),
    db
      .select({ changeNoticeId: changeNoticeServices.changeNoticeId, name: services.name })
      .from(changeNoticeServices)
      .innerJoin(services, eq(services.id, changeNoticeServices.serviceId))
      .where(inArray(changeNoticeServices.changeNoticeId, changeIds))
      .orderBy(services.code),
    getCalendarSettings(ctx),
  ]);
  const subIds = [...new Set(cnRows.flatMap((cn) => [cn.subprocessorId, cn.replacesSubprocessorId ?? cn.subprocessorId]))];
  const subRows = await db.select().from(subprocessors).where(inArray(subprocessors.id, subIds));

  const cnById = new Map(cnRows.map((cn) => [cn.id, cn]));
  const subById = new Map(subRows.map((s) => [s.id, s]));
  const facts = (s: (typeof subRows)[number]) => ({
    legalName: s.legalName,
    country: s.country,
    safeguard: s.safeguard,
    safeguardNote: s.safeguardNote,
    purpose: s.purpose,
  });
  const appUrl = env().APP_URL.replace(/\/+$/, '');
  for (const notice of noticeRows) {
    const cn = cnById.get(notice.changeNoticeId);
    const subprocessor = cn && subById.get(cn.subprocessorId);
    if (!cn || !subprocessor) continue;
    const replaced = cn.replacesSubprocessorId ? subById.get(cn.replacesSubprocessorId) : undefined;
    out.set(notice.id, {
      changeNotice: {
        kind: cn.kind,
        title: cn.title,
        description: cn.description,
        // An organisation whose agreement promises a longer period has its own date (decision 0094).
        effectiveAt: notice.ownEffectiveAt ?? cn.effectiveAt,
        isEmergency: cn.isEmergency,
        emergencyReason: cn.emergencyReason,
        // A late receiver's own deadline (decision 0081) wins over the change notice's.
        objectionsCloseAt: notice.ownCloseAt ?? cn.objectionsCloseAt,
      },
      subprocessor: facts(subprocessor),
      replaced: replaced ? facts(replaced) : null,
      services: serviceRows.filter((s) => s.changeNoticeId === cn.id).map((s) => ({ name: s.name })),
      orgName: notice.orgName,
      objectUrl: `${appUrl}/orgs/${notice.orgId}/notices/${notice.id}`,
      timeZone,
    });
  }
  return out;
}
