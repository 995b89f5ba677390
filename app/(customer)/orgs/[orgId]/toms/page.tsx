import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { DiffLegend, VersionDiff } from '@/app/_components/version-diff';
import { pageContext } from '@/lib/core/page';
import { documentLabels } from '@/lib/dpa/dpa-document-labels';
import { getT } from '@/lib/i18n/server';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import { getTomsOverview } from '@/lib/versions/get-toms-overview';

type Props = { params: Promise<{ orgId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('versions.tomsPage.title') };
}

// The current TOMs (Annex III of every agreement), what changed last, and the comparison.
export default async function TomsPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('dpa.review', { orgId, returnTo: `/orgs/${orgId}/toms` });
  const { t, locale } = await getT();
  const overview = await getTomsOverview(ctx, { orgId, locale });
  if (!overview) notFound();
  const { current, previous } = overview;
  const headings = documentLabels[locale].toms;

  return (
    <main id="main" className="page versions-page">
      <PageHeader
        eyebrow={`${overview.org.legalName} · ${overview.org.customerNumber}`}
        title={t('versions.tomsPage.title')}
        lead={t('versions.tomsPage.lead')}
      />
      {!current ? (
        <p className="notice notice-info">{t('versions.tomsPage.none')}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="current-title">
            <h2 id="current-title">{t('versions.tomsPage.current', { version: current.version })}</h2>
            <dl className="facts">
              <div>
                <dt>{t('versions.col.publishedAt')}</dt>
                <dd>{current.publishedAt ? formatDateTime(current.publishedAt, locale) : '–'}</dd>
              </div>
              {overview.signedTomsVersion !== null ? (
                <div>
                  <dt>{t('versions.tomsPage.signedWith')}</dt>
                  <dd>{t('versions.versionValue', { version: overview.signedTomsVersion })}</dd>
                </div>
              ) : null}
              <div className="facts-wide">
                <dt>{t('versions.sha256')}</dt>
                <dd className="mono hash-value">{current.contentSha256}</dd>
              </div>
            </dl>
            <h3 className="card-subtitle">{t('versions.changeSummary')}</h3>
            <p className="preserve-lines">{current.changeSummary[locale]}</p>
            <p className="callout callout-success">{t('versions.tomsPage.protection')}</p>
          </section>
          <section className="card" aria-labelledby="measures-title">
            <h2 id="measures-title">{t('versions.toms.measures')}</h2>
            <nav aria-label={t('versions.tomsPage.toc')}>
              <ol className="toms-toc">
                {TOMS_SECTION_ORDER.map((key) => (
                  <li key={key}>
                    <a href={`#toms-${key}`}>{headings[key]}</a>
                  </li>
                ))}
              </ol>
            </nav>
            {TOMS_SECTION_ORDER.map((key, i) => (
              <section key={key} aria-labelledby={`toms-${key}`} className="toms-section">
                <h3 id={`toms-${key}`}>{`${i + 1}. ${headings[key]}`}</h3>
                <ul>
                  {(current.sections[key] ?? []).map((m, j) => (
                    <li key={j}>{m[locale]}</li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
          <section className="card" aria-labelledby="compare-title">
            <h2 id="compare-title">{t('versions.tomsPage.compare')}</h2>
            {previous && overview.counts ? (
              <>
                <p role="status">{t('versions.compare.counts', overview.counts)}</p>
                <DiffLegend t={t} />
                <VersionDiff
                  rows={overview.rows}
                  leftLabel={t('versions.versionValue', { version: previous.version })}
                  rightLabel={t('versions.versionValue', { version: current.version })}
                  t={t}
                />
              </>
            ) : (
              <p className="muted">{t('versions.tomsPage.noPrevious')}</p>
            )}
          </section>
        </>
      )}
    </main>
  );
}
