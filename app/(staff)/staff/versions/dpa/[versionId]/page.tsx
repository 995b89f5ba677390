import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/status-badge';
import { authorizePage } from '@/lib/auth/authorize';
import { decide } from '@/lib/auth/permissions';
import { CONTRACT_PLACEHOLDERS } from '@/lib/dpa/fill-template';
import { getT } from '@/lib/i18n/server';
import { templatePlaceholderProblems } from '@/lib/versions/check-template-placeholders';
import { getDraftPreview } from '@/lib/versions/get-draft-preview';
import { getTemplateVersion } from '@/lib/versions/get-template-version';
import { listTemplateVersions } from '@/lib/versions/list-template-versions';
import { PublishPanel } from '../../publish-panel';
import { LanguageTabs, langOf, VersionFacts } from '../../version-parts';
import { DocumentPreview } from './document-preview';
import { DpaDraftForm } from './dpa-draft-form';

type Props = { params: Promise<{ versionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('versions.dpa.heading') };
}

// Read-only for a published version (and for staff who may only look); the editor for a draft.
export default async function DpaVersionPage({ params, searchParams }: Props) {
  const { versionId } = await params;
  const actor = await authorizePage('versions.view', { returnTo: `/staff/versions/dpa/${versionId}` });
  const version = await getTemplateVersion(getDb(), actor, { id: versionId });
  if (!version) notFound();
  const { t, locale } = await getT();
  const lang = langOf((await searchParams).lang, locale);
  const editable = version.status === 'draft' && decide(actor, 'versions.manage') === 'allow';
  const [preview, all] = await Promise.all([
    getDraftPreview(getDb(), actor, { template: version, locale: lang }),
    listTemplateVersions(getDb(), actor),
  ]);
  const previous = all.find((v) => v.status === 'published' && v.version < version.version);
  const problems = templatePlaceholderProblems({
    titleDe: version.title.de,
    titleEn: version.title.en,
    bodyDe: version.body.de,
    bodyEn: version.body.en,
  });
  const fieldLabels = {
    titleDe: t('versions.field.titleDe'),
    titleEn: t('versions.field.titleEn'),
    bodyDe: t('versions.field.bodyDe'),
    bodyEn: t('versions.field.bodyEn'),
    changeSummaryDe: t('versions.field.changeSummaryDe'),
    changeSummaryEn: t('versions.field.changeSummaryEn'),
  };

  return (
    <main id="main" className="page versions-page">
      <p>
        <Link href="/staff/versions">← {t('versions.back')}</Link>
      </p>
      <PageHeader
        eyebrow={t('versions.dpa.heading')}
        title={t('versions.versionValue', { version: version.version })}
        meta={<Badge tone={version.status === 'published' ? 'success' : 'warning'}>{t(`versions.status.${version.status}`)}</Badge>}
        actions={
          previous ? (
            <Link href={`/staff/versions/compare?kind=dpa&from=${previous.id}&to=${version.id}`} className="button button-secondary">
              {t('versions.action.compare', { version: previous.version })}
            </Link>
          ) : null
        }
      />
      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">{t(version.status === 'published' ? 'versions.published.title' : 'versions.draft.title')}</h2>
        <p>{t(version.status === 'published' ? 'versions.published.immutable' : 'versions.draft.explain')}</p>
        <VersionFacts version={version} t={t} locale={locale} />
        {version.changeSummary?.[locale] ? (
          <>
            <h3 className="card-subtitle">{t('versions.changeSummary')}</h3>
            <p className="preserve-lines">{version.changeSummary[locale]}</p>
          </>
        ) : null}
      </section>

      {editable ? (
        <section className="card" aria-labelledby="edit-title">
          <h2 id="edit-title">{t('versions.draft.edit')}</h2>
          {Object.keys(problems).length > 0 ? (
            <div className="notice notice-warning" role="status">
              <p>{t('versions.placeholders.problems')}</p>
              <ul>
                {Object.entries(problems).map(([field, list]) => (
                  <li key={field}>
                    {fieldLabels[field as keyof typeof fieldLabels]}: <span className="mono">{list.join(', ')}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <details className="placeholder-help">
            <summary>{t('versions.placeholders.allowed')}</summary>
            <ul className="plain-list mono">
              {CONTRACT_PLACEHOLDERS.map((p) => (
                <li key={p}>{`{{${p}}}`}</li>
              ))}
            </ul>
          </details>
          <DpaDraftForm
            values={{
              id: version.id,
              titleDe: version.title.de,
              titleEn: version.title.en,
              bodyDe: version.body.de,
              bodyEn: version.body.en,
              changeSummaryDe: version.changeSummary?.de ?? '',
              changeSummaryEn: version.changeSummary?.en ?? '',
            }}
            labels={{
              ...fieldLabels,
              bodyHint: t('versions.field.bodyHint'),
              summaryHint: t('versions.field.summaryHint'),
              save: t('versions.save'),
              saving: t('versions.saving'),
              saved: t('versions.saved'),
            }}
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="preview-title">
        <h2 id="preview-title">{t('versions.preview.title')}</h2>
        <LanguageTabs base={`/staff/versions/dpa/${version.id}`} current={lang} t={t} label={t('versions.lang.label')} />
        {preview.ok ? (
          <>
            <p className="muted">{t('versions.preview.sample', { name: preview.org.legalName, number: preview.org.customerNumber })}</p>
            <DocumentPreview document={preview.document} label={t('versions.preview.title')} />
          </>
        ) : (
          <p className="notice notice-warning">
            {t(preview.reason === 'placeholders' ? 'versions.preview.placeholders' : 'versions.preview.noSample')}
          </p>
        )}
      </section>

      {editable ? (
        <section className="card" aria-labelledby="publish-title">
          <h2 id="publish-title">{t('versions.publish.title')}</h2>
          <p>{t('versions.publish.dpaExplain')}</p>
          <PublishPanel
            kind="dpa"
            id={version.id}
            labels={{
              start: t('versions.publish.start'),
              title: t('versions.publish.confirmTitle', { version: version.version }),
              warning: t('versions.publish.warning'),
              confirmIrreversible: t('versions.publish.confirmIrreversible'),
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
