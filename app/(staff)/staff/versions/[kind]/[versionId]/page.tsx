import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/status-badge';
import { can } from '@/lib/auth/can';
import { pageContext } from '@/lib/core/page';
import { documentLabels } from '@/lib/dpa/dpa-document-labels';
import { CONTRACT_PLACEHOLDERS } from '@/lib/dpa/fill-template';
import { getT } from '@/lib/i18n/server';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import { templatePlaceholderProblems } from '@/lib/versions/check-template-placeholders';
import { getVersion, type VersionView } from '@/lib/versions/get-version';
import { listVersions } from '@/lib/versions/list-versions';
import { previewDpaVersion, previewOrganisationSchema } from '@/lib/versions/preview-dpa-version';
import { isVersionKind } from '@/lib/versions/version-input';
import type { Translate } from '@/lib/i18n/translate';
import { PublishPanel } from '../../publish-panel';
import { langOf, VersionFacts } from '../../version-parts';
import { DpaPreview } from './dpa-preview';
import { DraftForm, type EditorGroup } from './draft-form';

type Props = {
  params: Promise<{ kind: string; versionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  const { t } = await getT();
  return { title: isVersionKind(kind) ? t(`versions.${kind}.heading`) : t('versions.title') };
}

// One page for a version of either kind (/staff/versions/dpa/… and /staff/versions/toms/…):
// read-only for a published version and for staff who may only look, the editor for a draft.
export default async function VersionPage({ params, searchParams }: Props) {
  const { kind, versionId } = await params;
  // Authorize first: a stranger learns nothing, not even which kinds exist.
  const ctx = await pageContext('versions.view', { returnTo: `/staff/versions/${kind}/${versionId}` });
  if (!isVersionKind(kind)) notFound();
  const version = await getVersion(ctx, { kind, id: versionId });
  if (!version) notFound();
  const { t, locale } = await getT();
  const query = await searchParams;
  const editable = version.status === 'draft' && can(ctx, 'versions.manage');
  const previous = (await listVersions(ctx, { kind })).find((v) => v.status === 'published' && v.version < version.version);
  const groups: EditorGroup[] = version.editor.groups.map((group) => ({
    legend: group.legend,
    fields: group.fields.map((f) => ({ ...f, label: t(f.label.key, f.label.vars), hint: f.hint ? t(f.hint) : undefined })),
  }));
  const fieldLabels = Object.fromEntries(groups.flatMap((g) => g.fields.map((f) => [f.name, f.label])));

  let preview = null;
  const customerNumber = previewOrganisationSchema.parse(query.org);
  const lang = langOf(query.lang, locale);
  if (version.kind === 'dpa') preview = await previewDpaVersion(ctx, { versionId: version.id, customerNumber, locale: lang });

  return (
    <main id="main" className="page versions-page">
      <p>
        <Link href="/staff/versions">← {t('versions.back')}</Link>
      </p>
      <PageHeader
        eyebrow={t(`versions.${kind}.heading`)}
        title={t('versions.versionValue', { version: version.version })}
        meta={<Badge tone={version.status === 'published' ? 'success' : 'warning'}>{t(`versions.status.${version.status}`)}</Badge>}
        actions={
          previous ? (
            <Link href={`/staff/versions/compare?kind=${kind}&from=${previous.id}&to=${version.id}`} className="button button-secondary">
              {t('versions.action.compare', { version: previous.version })}
            </Link>
          ) : null
        }
      />
      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">{t(version.status === 'published' ? 'versions.published.title' : 'versions.draft.title')}</h2>
        <p>{t(version.status === 'published' ? 'versions.published.immutable' : 'versions.draft.explain')}</p>
        <VersionFacts version={version} t={t} locale={locale} />
        {version.kind === 'toms' && version.status === 'published' && version.protectionNotLowered ? (
          <p className="callout callout-success">{t('versions.toms.protectionConfirmed')}</p>
        ) : null}
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
          {version.kind === 'dpa' ? <PlaceholderHelp version={version} fieldLabels={fieldLabels} t={t} /> : null}
          <DraftForm
            kind={kind}
            id={version.id}
            groups={groups}
            values={version.editor.values}
            labels={{ save: t('versions.save'), saving: t('versions.saving'), saved: t('versions.saved') }}
          />
        </section>
      ) : version.kind === 'toms' ? (
        <TomsMeasures version={version} t={t} locale={locale} />
      ) : null}

      {preview ? <DpaPreview preview={preview} versionId={version.id} customerNumber={customerNumber} lang={lang} t={t} /> : null}

      {editable ? (
        <section className="card" aria-labelledby="publish-title">
          <h2 id="publish-title">{t('versions.publish.title')}</h2>
          <p>{t(kind === 'dpa' ? 'versions.publish.dpaExplain' : 'versions.publish.tomsExplain')}</p>
          <PublishPanel
            kind={kind}
            id={version.id}
            labels={{
              start: t('versions.publish.start'),
              title: t('versions.publish.confirmTitle', { version: version.version }),
              warning: t('versions.publish.warning'),
              confirmations: version.confirmations.map((name) => ({ name, label: t(`versions.publish.${name}`) })),
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

/** The DPA editor's aid: placeholders the text uses wrongly, and the ones it may use. */
function PlaceholderHelp({ version, fieldLabels, t }: { version: Extract<VersionView, { kind: 'dpa' }>; fieldLabels: Record<string, string>; t: Translate }) {
  const problems = templatePlaceholderProblems({
    titleDe: version.title.de,
    titleEn: version.title.en,
    bodyDe: version.body.de,
    bodyEn: version.body.en,
  });
  return (
    <>
      {Object.keys(problems).length > 0 ? (
        <div className="notice notice-warning" role="status">
          <p>{t('versions.placeholders.problems')}</p>
          <ul>
            {Object.entries(problems).map(([field, list]) => (
              <li key={field}>
                {fieldLabels[field]}: <span className="mono">{list.join(', ')}</span>
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
    </>
  );
}

/** A published (or, for viewers, any) TOMs version: the measures under their Art. 32 headings. */
function TomsMeasures({ version, t, locale }: { version: Extract<VersionView, { kind: 'toms' }>; t: Translate; locale: 'de' | 'en' }) {
  const headings = documentLabels[locale].toms;
  return (
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
  );
}
