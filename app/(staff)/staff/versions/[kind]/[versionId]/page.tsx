import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { can } from '@/lib/auth/can';
import { pageContext } from '@/lib/core/page';
import { documentLabels } from '@/lib/dpa/dpa-document-labels';
import { CONTRACT_PLACEHOLDERS } from '@/lib/dpa/fill-template';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/lib/i18n/client-messages';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import { templatePlaceholderProblems } from '@/lib/versions/check-template-placeholders';
import { describeExitDuties } from '@/lib/versions/describe-exit-duties';
import { getVersion, type VersionView } from '@/lib/versions/get-version';
import { listVersions } from '@/lib/versions/list-versions';
import { previewDpaVersion, previewOrganisationSchema } from '@/lib/versions/preview-dpa-version';
import { isVersionKind } from '@/lib/versions/version-input';
import { Facts } from '../../../parts/facts';
import { PublishPanel } from '../../publish-panel';
import { langOf, VersionFacts } from '../../version-parts';
import { DpaPreview } from './dpa-preview';
import { DraftForm, type EditorGroup } from './draft-form';
import styles from '../../versions.module.css';

type Props = {
  params: Promise<{ kind: string; versionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  const t = await getTranslations('versions');
  return { title: isVersionKind(kind) ? t(`${kind}.heading`) : t('title') };
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
  const locale = ctx.locale;
  const t = await getTranslations('versions');
  // The editor's labels come as full keys from the kind's descriptor (lib/versions).
  const tKey = translator(locale);
  const query = await searchParams;
  const editable = version.status === 'draft' && can(ctx, 'versions.manage');
  const previous = (await listVersions(ctx, { kind })).find((v) => v.status === 'published' && v.version < version.version);
  const groups: EditorGroup[] = version.editor.groups.map((group) => ({
    legend: group.legend,
    hint: group.hint,
    fields: group.fields.map((f) => ({ ...f, label: tKey(f.label.key, f.label.vars), hint: f.hint ? tKey(f.hint) : undefined })),
  }));
  const fieldLabels = Object.fromEntries(groups.flatMap((g) => g.fields.map((f) => [f.name, f.label])));

  let preview = null;
  const customerNumber = previewOrganisationSchema.parse(query.org);
  const lang = langOf(query.lang, locale);
  if (version.kind === 'dpa') preview = await previewDpaVersion(ctx, { versionId: version.id, customerNumber, locale: lang });

  return (
    <Page>
      <p className={styles.back}>
        <Link href="/staff/versions">← {t('back')}</Link>
      </p>
      <PageHeader
        eyebrow={t(`${kind}.heading`)}
        title={t('versionValue', { version: version.version })}
        meta={<Badge tone={version.status === 'published' ? 'success' : 'warning'}>{t(`status.${version.status}`)}</Badge>}
        actions={
          previous ? (
            <Link href={`/staff/versions/compare?kind=${kind}&from=${previous.id}&to=${version.id}`} className={buttonClass({ variant: 'secondary' })}>
              {t('action.compare', { version: previous.version })}
            </Link>
          ) : null
        }
      />
      <div className={styles.stack}>
        <Card title={version.status === 'published' ? t('published.title') : t('draft.title')}>
          <p>{version.status === 'published' ? t('published.immutable') : t('draft.explain')}</p>
          <VersionFacts version={version} locale={locale} />
          {version.kind === 'toms' && version.status === 'published' && version.protectionNotLowered ? (
            <Callout tone="success">{t('toms.protectionConfirmed')}</Callout>
          ) : null}
          {version.changeSummary?.[locale] ? (
            <>
              <h3 className={styles.subtitle}>{t('changeSummary')}</h3>
              <p className={styles.preserveLines}>{version.changeSummary[locale]}</p>
            </>
          ) : null}
        </Card>

        {editable ? (
          <Card title={t('draft.edit')}>
            {version.kind === 'dpa' ? <PlaceholderHelp version={version} fieldLabels={fieldLabels} /> : null}
            <ClientMessages namespaces={['versions']}>
              <DraftForm kind={kind} id={version.id} groups={groups} values={version.editor.values} />
            </ClientMessages>
          </Card>
        ) : version.kind === 'toms' ? (
          <TomsMeasures version={version} locale={locale} />
        ) : (
          <ExitDuties version={version} locale={locale} />
        )}

        {preview ? <DpaPreview preview={preview} versionId={version.id} customerNumber={customerNumber} lang={lang} /> : null}

        {editable ? (
          <Card title={t('publish.title')}>
            <p>{kind === 'dpa' ? t('publish.dpaExplain') : t('publish.tomsExplain')}</p>
            <ClientMessages namespaces={['versions']}>
              <PublishPanel kind={kind} id={version.id} version={version.version} confirmations={version.confirmations} fieldLabels={fieldLabels} />
            </ClientMessages>
          </Card>
        ) : null}
      </div>
    </Page>
  );
}

/** The DPA editor's aid: placeholders the text uses wrongly, and the ones it may use. */
async function PlaceholderHelp({ version, fieldLabels }: { version: Extract<VersionView, { kind: 'dpa' }>; fieldLabels: Record<string, string> }) {
  const t = await getTranslations('versions.placeholders');
  const problems = templatePlaceholderProblems({
    titleDe: version.title.de,
    titleEn: version.title.en,
    bodyDe: version.body.de,
    bodyEn: version.body.en,
  });
  return (
    <>
      {Object.keys(problems).length > 0 ? (
        <Callout tone="warning" role="status" title={t('problems')}>
          <ul>
            {Object.entries(problems).map(([field, list]) => (
              <li key={field}>
                {fieldLabels[field]}: <span className={styles.mono}>{list.join(', ')}</span>
              </li>
            ))}
          </ul>
        </Callout>
      ) : null}
      <details className={styles.placeholderHelp}>
        <summary>{t('allowed')}</summary>
        <ul>
          {CONTRACT_PLACEHOLDERS.map((p) => (
            <li key={p}>{`{{${p}}}`}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

/** A published (or, for viewers, any) DPA version's § 11 deadlines, as the terminated agreement's page counts them. */
async function ExitDuties({ version, locale }: { version: Extract<VersionView, { kind: 'dpa' }>; locale: Locale }) {
  const t = await getTranslations('versions.exitDuties');
  const lines = describeExitDuties(version.exitDuties, locale);
  return (
    <Card title={t('title')}>
      {lines.length > 0 ? <Facts plain items={lines} /> : <p>{t('none')}</p>}
    </Card>
  );
}

/** A published (or, for viewers, any) TOMs version: the measures under their Art. 32 headings. */
async function TomsMeasures({ version, locale }: { version: Extract<VersionView, { kind: 'toms' }>; locale: Locale }) {
  const t = await getTranslations('versions.toms');
  const headings = documentLabels[locale].toms;
  return (
    <Card title={t('measures')}>
      <div className={styles.measures}>
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
      </div>
    </Card>
  );
}
