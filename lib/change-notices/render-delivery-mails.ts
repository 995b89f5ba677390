import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import {
  changeNotices,
  changeNoticeServices,
  notices,
  organisations,
  services,
  settings,
  subprocessors,
  type Delivery,
} from '@/db/schema';
import { env } from '@/lib/env';
import { renderChangeNoticeMail } from './templates/change-notice-mail';

export type RenderedMail = { subject: string; text: string; html: string };

/**
 * The mail for each claimed delivery. Everything is loaded in a fixed number of queries for the
 * whole batch (a fan-out claims hundreds of rows of the same change notice), and each
 * (notice, language) is rendered once.
 */
export async function renderDeliveryMails(
  db: Database,
  batch: Pick<Delivery, 'id' | 'noticeId' | 'locale'>[],
): Promise<Map<string, RenderedMail>> {
  const out = new Map<string, RenderedMail>();
  if (batch.length === 0) return out;
  const noticeIds = [...new Set(batch.map((d) => d.noticeId))];
  const noticeRows = await db
    .select({ id: notices.id, orgId: notices.orgId, changeNoticeId: notices.changeNoticeId, orgName: organisations.legalName })
    .from(notices)
    .innerJoin(organisations, eq(organisations.id, notices.orgId))
    .where(inArray(notices.id, noticeIds));
  const changeIds = [...new Set(noticeRows.map((n) => n.changeNoticeId))];
  const [cnRows, serviceRows, [config]] = await Promise.all([
    db.select().from(changeNotices).where(inArray(changeNotices.id, changeIds)),
    db
      .select({ changeNoticeId: changeNoticeServices.changeNoticeId, name: services.name })
      .from(changeNoticeServices)
      .innerJoin(services, eq(services.id, changeNoticeServices.serviceId))
      .where(inArray(changeNoticeServices.changeNoticeId, changeIds))
      .orderBy(services.code),
    db.select({ timeZone: settings.timeZone }).from(settings).where(eq(settings.id, 1)),
  ]);
  const subIds = [...new Set(cnRows.flatMap((cn) => [cn.subprocessorId, cn.replacesSubprocessorId ?? cn.subprocessorId]))];
  const subRows = await db.select().from(subprocessors).where(inArray(subprocessors.id, subIds));

  const noticeById = new Map(noticeRows.map((n) => [n.id, n]));
  const cnById = new Map(cnRows.map((cn) => [cn.id, cn]));
  const subById = new Map(subRows.map((s) => [s.id, s]));
  const appUrl = env().APP_URL.replace(/\/$/, '');
  const rendered = new Map<string, RenderedMail>();
  for (const delivery of batch) {
    const notice = noticeById.get(delivery.noticeId);
    const cn = notice && cnById.get(notice.changeNoticeId);
    const subprocessor = cn && subById.get(cn.subprocessorId);
    if (!notice || !cn || !subprocessor) continue;
    const key = `${notice.id}:${delivery.locale}`;
    let mail = rendered.get(key);
    if (!mail) {
      mail = renderChangeNoticeMail({
        locale: delivery.locale,
        changeNotice: cn,
        subprocessor,
        replaced: cn.replacesSubprocessorId ? subById.get(cn.replacesSubprocessorId) : null,
        services: serviceRows.filter((s) => s.changeNoticeId === cn.id),
        orgName: notice.orgName,
        objectUrl: `${appUrl}/orgs/${notice.orgId}/notices/${notice.id}`,
        timeZone: config?.timeZone,
      });
      rendered.set(key, mail);
    }
    out.set(delivery.id, mail);
  }
  return out;
}
