import Link from 'next/link';
import { formatDay } from '@/app/_components/format';
import { Badge } from '@/app/_components/status-badge';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import type { UpcomingChange } from '@/lib/register/list-upcoming-changes';

function daysLeftText(days: number, t: Translate) {
  return t('register.upcoming.daysLeft', { days: Math.max(0, days) });
}

/** Announced changes not yet in effect, with the days left; shared by the staff and customer register. */
export function UpcomingChanges({
  changes,
  t,
  locale,
  hrefFor,
}: {
  changes: UpcomingChange[];
  t: Translate;
  locale: Locale;
  hrefFor: (change: UpcomingChange) => string | null;
}) {
  return (
    <section className="card upcoming-changes" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">{t('register.upcoming.title')}</h2>
      {changes.length === 0 ? (
        <p className="muted">{t('register.upcoming.empty')}</p>
      ) : (
        <ul className="upcoming-list">
          {changes.map((change) => {
            const href = hrefFor(change);
            return (
              <li key={change.changeNoticeId} className="upcoming-item">
                <div className="upcoming-days" aria-hidden="true">
                  <span className="upcoming-days-number">{Math.max(change.daysLeft, 0)}</span>
                </div>
                <div className="upcoming-text">
                  <p className="upcoming-title">
                    <Badge tone="info">{t(`changeNotice.kind.${change.kind}`)}</Badge>
                    {change.isEmergency ? <Badge tone="danger">{t('changeNotice.emergency')}</Badge> : null}{' '}
                    <strong>{change.title[locale]}</strong>
                  </p>
                  <p className="small">
                    {change.replacesName ? `${change.replacesName} → ` : ''}
                    {change.subprocessorName} · {change.services.map((s) => s.name[locale]).join(', ')}
                  </p>
                  <p className="small">
                    {t('register.upcoming.effective', { date: formatDay(change.effectiveDate, locale) })} ·{' '}
                    <strong className="upcoming-left">{daysLeftText(change.daysLeft, t)}</strong>
                  </p>
                  {href ? (
                    <Link href={href} className="small">
                      {t('register.upcoming.open')}
                    </Link>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
