import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDay } from '@/app/_components/format';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { getLocale } from '@/lib/i18n/server';
import type { UpcomingChange } from '@/lib/register/list-upcoming-changes';
import styles from './register.module.css';

/** Announced changes not yet in effect, with the days left; shared by the staff and customer register. */
export async function UpcomingChanges({
  changes,
  hrefFor,
}: {
  changes: UpcomingChange[];
  hrefFor: (change: UpcomingChange) => string | null;
}) {
  const [t, tNotice, locale] = await Promise.all([getTranslations('register.upcoming'), getTranslations('changeNotice'), getLocale()]);
  return (
    <div className={styles.upcoming}>
      <Card title={t('title')}>
        {changes.length === 0 ? (
          <p className="muted">{t('empty')}</p>
        ) : (
          <ul className={styles.upcomingList}>
            {changes.map((change) => {
              const href = hrefFor(change);
              return (
                <li key={change.changeNoticeId} className={styles.upcomingItem}>
                  <div className={styles.days} aria-hidden="true">
                    {Math.max(change.daysLeft, 0)}
                  </div>
                  <div className={styles.upcomingText}>
                    <p className={styles.upcomingTitle}>
                      <Badge tone="info">{tNotice(`kind.${change.kind}`)}</Badge>
                      {change.isEmergency ? <Badge tone="danger">{tNotice('emergency')}</Badge> : null}{' '}
                      <strong>{change.title[locale]}</strong>
                    </p>
                    <p>
                      {change.replacesName ? `${change.replacesName} → ` : ''}
                      {change.subprocessorName} · {change.services.map((s) => s.name[locale]).join(', ')}
                    </p>
                    <p>
                      {t('effective', { date: formatDay(change.effectiveDate, locale) })} ·{' '}
                      <strong>{t('daysLeft', { days: Math.max(0, change.daysLeft) })}</strong>
                    </p>
                    {href ? <Link href={href}>{t('open')}</Link> : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
