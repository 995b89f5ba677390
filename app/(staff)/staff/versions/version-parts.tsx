import Link from 'next/link';
import { formatDateTime } from '@/app/_components/format';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';

// Pieces both version pages share: the facts of a version and the language switch of the preview.

export function VersionFacts({
  version,
  t,
  locale,
}: {
  version: { status: 'draft' | 'published'; publishedAt: Date | null; publisher: string | null; contentSha256: string | null; updatedAt: Date };
  t: Translate;
  locale: Locale;
}) {
  return (
    <dl className="facts">
      {version.status === 'published' ? (
        <>
          <div>
            <dt>{t('versions.col.publishedAt')}</dt>
            <dd>{version.publishedAt ? formatDateTime(version.publishedAt, locale) : '–'}</dd>
          </div>
          <div>
            <dt>{t('versions.publishedBy')}</dt>
            <dd>{version.publisher ?? '–'}</dd>
          </div>
          <div className="facts-wide">
            <dt>{t('versions.sha256')}</dt>
            <dd className="mono hash-value">{version.contentSha256}</dd>
          </div>
        </>
      ) : (
        <div>
          <dt>{t('versions.lastSaved')}</dt>
          <dd>{formatDateTime(version.updatedAt, locale)}</dd>
        </div>
      )}
    </dl>
  );
}

/** Links (GET) rather than a client toggle: the chosen language is part of the URL and works without JS. */
export function LanguageTabs({ base, current, t, label }: { base: string; current: Locale; t: Translate; label: string }) {
  const join = base.includes('?') ? '&' : '?';
  return (
    <nav className="version-tabs" aria-label={label}>
      <ul>
        {(['de', 'en'] as const).map((lang) => (
          <li key={lang}>
            <Link href={`${base}${join}lang=${lang}`} aria-current={lang === current ? 'page' : undefined} lang={lang}>
              {t(`versions.lang.${lang}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export const langOf = (value: string | string[] | undefined, fallback: Locale): Locale => {
  const v = Array.isArray(value) ? value[0] : value;
  return v === 'de' || v === 'en' ? v : fallback;
};
