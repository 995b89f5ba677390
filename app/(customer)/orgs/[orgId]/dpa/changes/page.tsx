import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { DiffLegend, VersionDiff } from '@/app/_components/version-diff';
import { pageContext } from '@/lib/core/page';
import { getDpaChanges } from '@/lib/versions/get-dpa-changes';
import styles from './changes.module.css';

type Props = { params: Promise<{ orgId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('versions');
  return { title: t('changes.title') };
}

// What changed since the organisation signed: the page the "new version" mail links to.
export default async function DpaChangesPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('dpa.review', { orgId, returnTo: `/orgs/${orgId}/dpa/changes` });
  const [t, locale] = await Promise.all([getTranslations('versions'), getLocale()]);
  const changes = await getDpaChanges(ctx, { orgId, locale });
  if (!changes) notFound();
  const signLink = (
    <Link href={`/orgs/${orgId}/dpa`} className={buttonClass({ variant: 'primary' })}>
      {changes.state === 'outdated' ? t('changes.toSign') : t('changes.toDpa')}
    </Link>
  );

  return (
    <Page>
      <PageHeader eyebrow={`${changes.org.legalName} · ${changes.org.customerNumber}`} title={t('changes.title')} actions={signLink} />
      {changes.state !== 'outdated' ? (
        <Callout tone="info">{t(`changes.state.${changes.state}`, { version: changes.currentVersion ?? '' })}</Callout>
      ) : (
        <div className={styles.stack}>
          <Callout tone="warning" title={t('changes.newVersion', { version: changes.currentVersion ?? '' })}>
            <p>
              {t('changes.explain', {
                signed: changes.signedVersion ?? '',
                signedAt: changes.signedAt ? formatDateTime(changes.signedAt, locale) : '',
                current: changes.currentVersion ?? '',
              })}
            </p>
          </Callout>
          <Card title={t('changes.summaries')}>
            {changes.summaries.map((s) => (
              <article key={s.id} className={styles.summary}>
                <h3>
                  {t('versionValue', { version: s.version })}
                  {s.publishedAt ? <span className={styles.published}> · {formatDateTime(s.publishedAt, locale)}</span> : null}
                </h3>
                <p className={styles.lines}>{s.changeSummary?.[locale] || t('changes.noSummary')}</p>
              </article>
            ))}
          </Card>
          <Card title={t('compare.heading', { from: changes.signedVersion ?? '', to: changes.currentVersion ?? '' })}>
            <p role="status">{t('compare.counts', changes.counts)}</p>
            <DiffLegend />
            <VersionDiff
              rows={changes.rows}
              leftLabel={t('changes.signedLabel', { version: changes.signedVersion ?? '' })}
              rightLabel={t('changes.currentLabel', { version: changes.currentVersion ?? '' })}
            />
          </Card>
          <p>{signLink}</p>
        </div>
      )}
    </Page>
  );
}
