import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { DaysLeftBadge, ObjectionBadge } from '@/app/_components/notices/notice-badges';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import type { OpenNotices } from '@/lib/notices/list-open-notices-for-org';
import styles from '../dashboard.module.css';

/**
 * The dashboard card: announced changes that can still be objected to, the soonest deadline first,
 * with days left and the organisation's objection. A server component given what the page read
 * (getOrgDashboard, after authorizing; scoped by orgId).
 */
export async function OpenNoticesCard({ open, orgId }: { open: OpenNotices; orgId: string }) {
  const [t, locale] = await Promise.all([getTranslations('portalNotices'), getLocale()]);
  return (
    <Card
      title={t('card.title')}
      aside={
        <Link href={`/orgs/${orgId}/notices`} className={buttonClass({ variant: 'ghost', size: 'small' })}>
          {t('card.all')}
        </Link>
      }
    >
      {open.notices.length === 0 ? (
        <p className="muted">{t('card.empty')}</p>
      ) : (
        <ul className={styles.notices}>
          {open.notices.map((n) => (
            <li key={n.noticeId} className={styles.notice}>
              <div className={styles.noticeText}>
                <Link href={`/orgs/${orgId}/notices/${n.noticeId}`} className={styles.noticeLink}>
                  {n.title[locale]}
                </Link>
                {n.unread ? <Badge tone="info">{t('unread')}</Badge> : null}
                <span className={`muted ${styles.noticeSub}`}>
                  {n.subprocessorName} · {t('card.deadline', { date: formatDateTime(n.deadline, locale, open.timeZone) })}
                </span>
              </div>
              <div className={styles.noticeState}>
                <DaysLeftBadge days={n.daysLeft} />
                <ObjectionBadge status={n.objectionStatus} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {open.total > open.notices.length ? <p className="muted">{t('card.more', { count: open.total - open.notices.length })}</p> : null}
    </Card>
  );
}
