import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/status-badge';
import { authorizePage } from '@/lib/auth/authorize';
import { decide } from '@/lib/auth/permissions';
import { documentLabels } from '@/lib/dpa/dpa-document-labels';
import { getT } from '@/lib/i18n/server';
import { TOMS_SECTION_ORDER } from '@/lib/toms/hash-toms-version';
import { getTomsVersion } from '@/lib/versions/get-toms-version';
import { listTomsVersions } from '@/lib/versions/list-toms-versions';
import { PublishPanel } from '../../publish-panel';
import { VersionFacts } from '../../version-parts';
import { TomsDraftForm } from './toms-draft-form';

type Props = { params: Promise<{ versionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('versions.toms.heading') };
}

export default async function TomsVersionPage({ params }: Props) {
  const { versionId } = await params;
  const actor = await authorizePage('versions.view', { returnTo: `/staff/versions/toms/${versionId}` });
  const version = await getTomsVersion(getDb(), actor, { id: versionId });
  if (!version) notFound();
  const { t, locale } = await getT();
  const editable = version.status === 'draft' && decide(actor, 'versions.manage') === 'allow';
  const previous = (await listTomsVersions(getDb(), actor)).find((v) => v.status === 'published' && v.version < version.version);
  const headings = documentLabels[locale].toms;
  const fieldLabels: Record<string, string> = {
    changeSummaryDe: t('versions.field.changeSummaryDe'),
    changeSummaryEn: t('versions.field.changeSummaryEn'),
  };
  for (const key of TOMS_SECTION_ORDER) {
    fieldLabels[`${key}De`] = `${headings[key]} – ${t('versions.lang.de')}`;
    fieldLabels[`${key}En`] = `${headings[key]} – ${t('versions.lang.en')}`;
  }

  return (
    <main id="main" className="page versions-page">
      <p>
        <Link href="/staff/versions">← {t('versions.back')}</Link>
      </p>
      <PageHeader
        eyebrow={t('versions.toms.heading')}
        title={t('versions.versionValue', { version: version.version })}
        meta={<Badge tone={version.status === 'published' ? 'success' : 'warning'}>{t(`versions.status.${version.status}`)}</Badge>}
        actions={
          previous ? (
            <Link href={`/staff/versions/compare?kind=toms&from=${previous.id}&to=${version.id}`} className="button button-secondary">
              {t('versions.action.compare', { version: previous.version })}
            </Link>
          ) : null
        }
      />
      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">{t(version.status === 'published' ? 'versions.published.title' : 'versions.draft.title')}</h2>
        <p>{t(version.status === 'published' ? 'versions.published.immutable' : 'versions.draft.explain')}</p>
        <VersionFacts version={version} t={t} locale={locale} />
        {version.status === 'published' && version.protectionNotLowered ? (
          <p className="callout callout-success">{t('versions.toms.protectionConfirmed')}</p>
        ) : null}
        {version.changeSummary[locale] ? (
          <>
            <h3 className="card-subtitle">{t('versions.changeSummary')}</h3>
            <p className="preserve-lines">{version.changeSummary[locale]}</p>
          </>
        ) : null}
      </section>

      {editable ? (
        <section className="card" aria-labelledby="edit-title">
          <h2 id="edit-title">{t('versions.draft.edit')}</h2>
          <TomsDraftForm
            id={version.id}
            sections={TOMS_SECTION_ORDER.map((key) => ({
              key,
              heading: headings[key],
              de: (version.sections[key] ?? []).map((m) => m.de).join('\n'),
              en: (version.sections[key] ?? []).map((m) => m.en).join('\n'),
            }))}
            changeSummary={version.changeSummary}
            labels={{
              de: t('versions.lang.de'),
              en: t('versions.lang.en'),
              measuresHint: t('versions.field.measuresHint'),
              changeSummaryDe: fieldLabels.changeSummaryDe!,
              changeSummaryEn: fieldLabels.changeSummaryEn!,
              summaryHint: t('versions.field.summaryHint'),
              save: t('versions.save'),
              saving: t('versions.saving'),
              saved: t('versions.saved'),
            }}
          />
        </section>
      ) : (
        <section className="card" aria-labelledby="measures-title">
          <h2 id="measures-title">{t('versions.toms.measures')}</h2>
          {TOMS_SECTION_ORDER.map((key, i) => (
            <section key={key} aria-labelledby={`toms-${key}`}>
              <h3 id={`toms-${key}`}>{`${i + 1}. ${headings[key]}`}</h3>
              <ul>
                {(version.sections[key] ?? []).map((m, j) => (
                  <li key={j}>{m[locale]}</li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}

      {editable ? (
        <section className="card" aria-labelledby="publish-title">
          <h2 id="publish-title">{t('versions.publish.title')}</h2>
          <p>{t('versions.publish.tomsExplain')}</p>
          <PublishPanel
            kind="toms"
            id={version.id}
            labels={{
              start: t('versions.publish.start'),
              title: t('versions.publish.confirmTitle', { version: version.version }),
              warning: t('versions.publish.warning'),
              confirmIrreversible: t('versions.publish.confirmIrreversible'),
              protectionNotLowered: t('versions.publish.protectionNotLowered'),
              submit: t('versions.publish.submit'),
              pending: t('versions.publish.pending'),
              cancel: t('versions.publish.cancel'),
              fields: fieldLabels,
            }}
          />
        </section>
      ) : null}
    </main>
  );
}
