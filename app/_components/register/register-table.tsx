import { getTranslations } from 'next-intl/server';
import { formatDay } from '@/app/_components/format';
import { Badge, type Tone } from '@/app/_components/ui/badge';
import { DataTable } from '@/app/_components/ui/data-table';
import { RowLink } from '@/app/_components/ui/row-link';
import type { Locale } from '@/lib/i18n/config';
import { getLocale } from '@/lib/i18n/server';
import type { RegisterEntry } from '@/lib/register/get-register';
import styles from './register.module.css';
import { regionName } from '@/lib/i18n/intl-cache';

const statusTone: Record<RegisterEntry['status'], Tone> = { planned: 'info', active: 'success', retired: 'neutral' };

export function countryName(code: string, locale: Locale) {
  return regionName(locale, code);
}

/** The register as a table (stacked into cards on phones); shared by the staff and customer pages. */
export async function RegisterTable({
  entries,
  editHref,
  showStatus,
}: {
  entries: RegisterEntry[];
  editHref?: (id: string) => string;
  showStatus?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations('register'), getLocale()]);
  const period = (entry: RegisterEntry) => {
    if (!entry.activeFrom) return t('period.none');
    if (!entry.activeUntil) return t('period.since', { date: formatDay(entry.activeFrom, locale) });
    return t('period.range', { from: formatDay(entry.activeFrom, locale), until: formatDay(entry.activeUntil, locale) });
  };
  const columns = [
    { key: 'name', label: t('col.name') },
    { key: 'purpose', label: t('col.purpose') },
    { key: 'country', label: t('col.country') },
    { key: 'safeguard', label: t('col.safeguard') },
    { key: 'services', label: t('col.services') },
    ...(showStatus ? [{ key: 'status', label: t('col.status') }] : []),
    { key: 'period', label: t('col.period') },
  ];
  return (
    <DataTable
      caption={t('title')}
      captionHidden
      linkedRows={Boolean(editHref)}
      columns={columns}
      rows={entries.map((entry) => ({
        key: entry.id,
        cells: {
          name: (
            <>
              {editHref ? <RowLink href={editHref(entry.id)}>{entry.legalName}</RowLink> : <span className={styles.name}>{entry.legalName}</span>}
              <span className={styles.subline}>{entry.address}</span>
            </>
          ),
          purpose: (
            <>
              {entry.purpose[locale]}
              {entry.dataCategories.length ? (
                <span className={styles.subline}>
                  {t('col.dataCategories')}: {entry.dataCategories.map((c) => c[locale]).join('; ')}
                </span>
              ) : null}
            </>
          ),
          country: countryName(entry.country, locale),
          safeguard: (
            <>
              {t(`safeguard.${entry.safeguard}`)}
              {entry.safeguardNote ? <span className={styles.subline}>{entry.safeguardNote}</span> : null}
            </>
          ),
          services: entry.services.map((s) => s.name[locale]).join(', '),
          status: <Badge tone={statusTone[entry.status]}>{t(`status.${entry.status}`)}</Badge>,
          period: period(entry),
        },
      }))}
    />
  );
}
