import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { DiffLegend, VersionDiff } from '@/app/_components/version-diff';
import { pageContext } from '@/lib/core/page';
import { documentLabels } from '@/lib/dpa/dpa-document-labels';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import { getTomsOverview } from '@/lib/versions/get-toms-overview';
import { Checksum, Facts } from '../_components/facts';
import styles from './toms.module.css';

type Props = { params: Promise<{ orgId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('versions');
  return { title: t('tomsPage.title') };
}

// The current TOMs (Annex III of every agreement), what changed last, and the comparison.
export default async function TomsPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('dpa.review', { orgId, returnTo: `/orgs/${orgId}/toms` });
  const [t, locale] = await Promise.all([getTranslations('versions'), getLocale()]);
  const overview = await getTomsOverview(ctx, { orgId, locale });
  if (!overview) notFound();
  const { current, previous } = overview;
  const headings = documentLabels[locale].toms;

  return (
    <Page>
      <PageHeader eyebrow={`${overview.org.legalName} · ${overview.org.customerNumber}`} title={t('tomsPage.title')} lead={t('tomsPage.lead')} />
      {!current ? (
        <Callout tone="info">{t('tomsPage.none')}</Callout>
      ) : (
        <div className={styles.stack}>
          <Card title={t('tomsPage.current', { version: current.version })}>
            <Facts
              items={[
                { label: t('col.publishedAt'), value: current.publishedAt ? formatDateTime(current.publishedAt, locale) : '–' },
                overview.signedTomsVersion !== null ? { label: t('tomsPage.signedWith'), value: t('versionValue', { version: overview.signedTomsVersion }) } : null,
                current.contentSha256 ? { label: t('sha256'), value: <Checksum value={current.contentSha256} />, wide: true } : null,
              ]}
            />
            <h3 className={styles.subtitle}>{t('changeSummary')}</h3>
            <p className={styles.lines}>{current.changeSummary[locale]}</p>
            <Callout tone="success">{t('tomsPage.protection')}</Callout>
          </Card>
          <Card title={t('toms.measures')}>
            <nav aria-label={t('tomsPage.toc')}>
              <ol className={styles.toc}>
                {TOMS_SECTION_ORDER.map((key) => (
                  <li key={key}>
                    <a href={`#toms-${key}`}>{headings[key]}</a>
                  </li>
                ))}
              </ol>
            </nav>
            {TOMS_SECTION_ORDER.map((key, i) => (
              <section key={key} aria-labelledby={`toms-${key}`} className={styles.section}>
                <h3 id={`toms-${key}`}>{`${i + 1}. ${headings[key]}`}</h3>
                <ul>
                  {(current.sections[key] ?? []).map((m, j) => (
                    <li key={j}>{m[locale]}</li>
                  ))}
                </ul>
              </section>
            ))}
          </Card>
          <Card title={t('tomsPage.compare')}>
            {previous && overview.counts ? (
              <>
                <p role="status">{t('compare.counts', overview.counts)}</p>
                <DiffLegend />
                <VersionDiff
                  rows={overview.rows}
                  leftLabel={t('versionValue', { version: previous.version })}
                  rightLabel={t('versionValue', { version: current.version })}
                />
              </>
            ) : (
              <p className="muted">{t('tomsPage.noPrevious')}</p>
            )}
          </Card>
        </div>
      )}
    </Page>
  );
}
