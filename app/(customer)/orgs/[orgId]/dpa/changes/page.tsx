import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { DiffLegend, VersionDiff } from '@/app/_components/version-diff';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { getDpaChanges } from '@/lib/versions/get-dpa-changes';

type Props = { params: Promise<{ orgId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('versions.changes.title') };
}

// What changed since the organisation signed: the page the "new version" mail links to.
export default async function DpaChangesPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('dpa.review', { orgId, returnTo: `/orgs/${orgId}/dpa/changes` });
  const { t, locale } = await getT();
  const changes = await getDpaChanges(ctx, { orgId, locale });
  if (!changes) notFound();
  const signLink = (
    <Link href={`/orgs/${orgId}/dpa`} className="button button-primary">
      {t(changes.state === 'outdated' ? 'versions.changes.toSign' : 'versions.changes.toDpa')}
    </Link>
  );

  return (
    <main id="main" className="page versions-page">
      <PageHeader
        eyebrow={`${changes.org.legalName} · ${changes.org.customerNumber}`}
        title={t('versions.changes.title')}
        actions={signLink}
      />
      {changes.state !== 'outdated' ? (
        <p className="notice notice-info">{t(`versions.changes.state.${changes.state}`, { version: changes.currentVersion ?? '' })}</p>
      ) : (
        <>
          <div className="callout callout-warning">
            <h2>{t('versions.changes.newVersion', { version: changes.currentVersion ?? '' })}</h2>
            <p>
              {t('versions.changes.explain', {
                signed: changes.signedVersion ?? '',
                signedAt: changes.signedAt ? formatDateTime(changes.signedAt, locale) : '',
                current: changes.currentVersion ?? '',
              })}
            </p>
          </div>
          <section className="card" aria-labelledby="summary-title">
            <h2 id="summary-title">{t('versions.changes.summaries')}</h2>
            {changes.summaries.map((s) => (
              <article key={s.id} className="change-summary">
                <h3>
                  {t('versions.versionValue', { version: s.version })}
                  {s.publishedAt ? <span className="muted small"> · {formatDateTime(s.publishedAt, locale)}</span> : null}
                </h3>
                <p className="preserve-lines">{s.changeSummary?.[locale] || t('versions.changes.noSummary')}</p>
              </article>
            ))}
          </section>
          <section className="card" aria-labelledby="diff-title">
            <h2 id="diff-title">
              {t('versions.compare.heading', { from: changes.signedVersion ?? '', to: changes.currentVersion ?? '' })}
            </h2>
            <p role="status">{t('versions.compare.counts', changes.counts)}</p>
            <DiffLegend t={t} />
            <VersionDiff
              rows={changes.rows}
              leftLabel={t('versions.changes.signedLabel', { version: changes.signedVersion ?? '' })}
              rightLabel={t('versions.changes.currentLabel', { version: changes.currentVersion ?? '' })}
              t={t}
            />
          </section>
          <p>{signLink}</p>
        </>
      )}
    </main>
  );
}
