import Link from 'next/link';
import { formatDay } from '@/app/_components/format';
import { Badge, type Tone } from '@/app/_components/status-badge';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import type { RegisterEntry } from '@/lib/register/get-register';

const statusTone: Record<RegisterEntry['status'], Tone> = { planned: 'info', active: 'success', retired: 'neutral' };

export function countryName(code: string, locale: Locale) {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function period(entry: RegisterEntry, t: Translate, locale: Locale) {
  if (!entry.activeFrom) return t('register.period.none');
  if (!entry.activeUntil) return t('register.period.since', { date: formatDay(entry.activeFrom, locale) });
  return t('register.period.range', { from: formatDay(entry.activeFrom, locale), until: formatDay(entry.activeUntil, locale) });
}

/** The register as a table (stacked into cards on phones); shared by the staff and customer pages. */
export function RegisterTable({
  entries,
  t,
  locale,
  editHref,
  showStatus,
}: {
  entries: RegisterEntry[];
  t: Translate;
  locale: Locale;
  editHref?: (id: string) => string;
  showStatus?: boolean;
}) {
  return (
    <div className="table-card">
      <table className="table table-stack register-table">
        <caption className="visually-hidden">{t('register.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('register.col.name')}</th>
            <th scope="col">{t('register.col.purpose')}</th>
            <th scope="col">{t('register.col.country')}</th>
            <th scope="col">{t('register.col.safeguard')}</th>
            <th scope="col">{t('register.col.services')}</th>
            {showStatus ? <th scope="col">{t('register.col.status')}</th> : null}
            <th scope="col">{t('register.col.period')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row" data-label={t('register.col.name')}>
                {editHref ? <Link href={editHref(entry.id)}>{entry.legalName}</Link> : entry.legalName}
                <span className="register-address muted small">{entry.address}</span>
              </th>
              <td data-label={t('register.col.purpose')}>
                {entry.purpose[locale]}
                {entry.dataCategories.length ? (
                  <span className="muted small register-categories">
                    {t('register.col.dataCategories')}: {entry.dataCategories.map((c) => c[locale]).join('; ')}
                  </span>
                ) : null}
              </td>
              <td data-label={t('register.col.country')}>{countryName(entry.country, locale)}</td>
              <td data-label={t('register.col.safeguard')}>
                {t(`register.safeguard.${entry.safeguard}`)}
                {entry.safeguardNote ? <span className="muted small register-categories">{entry.safeguardNote}</span> : null}
              </td>
              <td data-label={t('register.col.services')}>{entry.services.map((s) => s.name[locale]).join(', ')}</td>
              {showStatus ? (
                <td data-label={t('register.col.status')}>
                  <Badge tone={statusTone[entry.status]}>{t(`register.status.${entry.status}`)}</Badge>
                </td>
              ) : null}
              <td data-label={t('register.col.period')}>{period(entry, t, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
