import Link from 'next/link';
import { formatDateTime } from '@/app/_components/format';
import { DaysLeftBadge, ObjectionBadge } from '@/app/_components/notices/notice-badges';
import { Badge } from '@/app/_components/status-badge';
import type { Ctx } from '@/lib/core/context';
import { getT } from '@/lib/i18n/server';
import { listOpenNoticesForOrg } from '@/lib/notices/list-open-notices-for-org';

/**
 * The dashboard card: announced changes that can still be objected to, the soonest deadline first,
 * with days left and the organisation's objection. A server component given the page's context
 * (the page has authorized); its query is scoped by orgId.
 */
export async function OpenNoticesCard({ ctx, orgId }: { ctx: Ctx; orgId: string }) {
  const [{ t, locale }, open] = await Promise.all([getT(), listOpenNoticesForOrg(ctx, { orgId })]);
  if (!open) return null;
  return (
    <section className="card card-wide open-notices-card" aria-labelledby="open-notices-title">
      <div className="card-header">
        <h2 id="open-notices-title">{t('portalNotices.card.title')}</h2>
        <Link href={`/orgs/${orgId}/notices`} className="button button-ghost">
          {t('portalNotices.card.all')}
        </Link>
      </div>
      {open.notices.length === 0 ? (
        <p className="muted">{t('portalNotices.card.empty')}</p>
      ) : (
        <ul className="open-notices">
          {open.notices.map((n) => (
            <li key={n.noticeId} className="open-notice">
              <div className="open-notice-text">
                <Link href={`/orgs/${orgId}/notices/${n.noticeId}`} className="notice-link">
                  {n.title[locale]}
                </Link>
                {n.unread ? <Badge tone="info">{t('portalNotices.unread')}</Badge> : null}
                <span className="muted notice-sub">
                  {n.subprocessorName} · {t('portalNotices.card.deadline', { date: formatDateTime(n.deadline, locale, open.timeZone) })}
                </span>
              </div>
              <div className="open-notice-state">
                <DaysLeftBadge days={n.daysLeft} t={t} />
                <ObjectionBadge status={n.objectionStatus} t={t} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {open.total > open.notices.length ? (
        <p className="muted">{t('portalNotices.card.more', { count: open.total - open.notices.length })}</p>
      ) : null}
    </section>
  );
}
