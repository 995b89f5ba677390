import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { Tabs } from '@/app/_components/ui/tabs';
import type { Locale } from '@/lib/i18n/config';
import { Facts } from '../parts/facts';
import styles from './versions.module.css';

// Pieces both version pages share: the facts of a version and the language switch of the preview.

export async function VersionFacts({
  version,
  locale,
}: {
  version: { status: 'draft' | 'published'; publishedAt: Date | null; publisher: string | null; contentSha256: string | null; updatedAt: Date };
  locale: Locale;
}) {
  const t = await getTranslations('versions');
  return version.status === 'published' ? (
    <Facts
      plain
      items={[
        { key: 'publishedAt', label: t('col.publishedAt'), value: version.publishedAt ? formatDateTime(version.publishedAt, locale) : '–' },
        { key: 'publisher', label: t('publishedBy'), value: version.publisher ?? '–' },
        {
          key: 'hash',
          label: t('sha256'),
          value: (
            <span className={styles.hash} data-testid="content-hash">
              {version.contentSha256}
            </span>
          ),
        },
      ]}
    />
  ) : (
    <Facts plain items={[{ key: 'lastSaved', label: t('lastSaved'), value: formatDateTime(version.updatedAt, locale) }]} />
  );
}

/** Links (GET) rather than a client toggle: the chosen language is part of the URL and works without JS. */
export async function LanguageTabs({ base, current }: { base: string; current: Locale }) {
  const t = await getTranslations('versions.lang');
  const join = base.includes('?') ? '&' : '?';
  return (
    <Tabs
      label={t('label')}
      items={(['de', 'en'] as const).map((lang) => ({
        href: `${base}${join}lang=${lang}`,
        label: <span lang={lang}>{t(lang)}</span>,
        current: lang === current,
      }))}
    />
  );
}

export const langOf = (value: string | string[] | undefined, fallback: Locale): Locale => {
  const v = Array.isArray(value) ? value[0] : value;
  return v === 'de' || v === 'en' ? v : fallback;
};
