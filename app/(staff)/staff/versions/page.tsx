import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import type { LocalizedText } from '@/db/schema';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/status-badge';
import { authorizePage } from '@/lib/auth/authorize';
import { decide } from '@/lib/auth/permissions';
import { getT } from '@/lib/i18n/server';
import type { Translate } from '@/lib/i18n/translate';
import type { Locale } from '@/lib/i18n/config';
import { listTemplateVersions } from '@/lib/versions/list-template-versions';
import { listTomsVersions } from '@/lib/versions/list-toms-versions';
import { CreateDraftButton } from './create-draft-button';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('versions.title') };
}

type Item = {
  id: string;
  version: number;
  status: 'draft' | 'published';
  contentSha256: string | null;
  publishedAt: Date | null;
  label: string;
};

// All staff may look (versions.view); only privacy staff start drafts (versions.manage).
export default async function VersionsPage() {
  const actor = await authorizePage('versions.view', { returnTo: '/staff/versions' });
  const [templates, toms] = await Promise.all([listTemplateVersions(getDb(), actor), listTomsVersions(getDb(), actor)]);
  const { t, locale } = await getT();
  const canManage = decide(actor, 'versions.manage') === 'allow';
  const title = (text: LocalizedText | null) => text?.[locale] || '–';

  return (
    <main id="main" className="page versions-page">
      <PageHeader title={t('versions.title')} lead={t('versions.lead')} />
      <VersionSection
        kind="dpa"
        heading={t('versions.dpa.heading')}
        items={templates.map((v) => ({ ...v, label: title(v.title) }))}
        canManage={canManage}
        t={t}
        locale={locale}
      />
      <VersionSection
        kind="toms"
        heading={t('versions.toms.heading')}
        items={toms.map((v) => ({ ...v, label: title(v.changeSummary) }))}
        canManage={canManage}
        t={t}
        locale={locale}
      />
    </main>
  );
}

function VersionSection(props: { kind: 'dpa' | 'toms'; heading: string; items: Item[]; canManage: boolean; t: Translate; locale: Locale }) {
  const { kind, heading, items, canManage, t, locale } = props;
  const draft = items.find((v) => v.status === 'draft');
  const latest = items[0];
  const headingId = `${kind}-versions`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{heading}</h2>
        {canManage && draft ? (
          <Link href={`/staff/versions/${kind}/${draft.id}`} className="button button-secondary">
            {t('versions.openDraft', { version: draft.version })}
          </Link>
        ) : canManage && latest ? (
          <CreateDraftButton kind={kind} copyOf={latest.id} label={t('versions.newDraft')} />
        ) : null}
      </div>
      <table className="table table-stack">
        <thead>
          <tr>
            <th scope="col">{t('versions.col.version')}</th>
            <th scope="col">{t(kind === 'dpa' ? 'versions.col.title' : 'versions.col.summary')}</th>
            <th scope="col">{t('versions.col.status')}</th>
            <th scope="col">{t('versions.col.publishedAt')}</th>
            <th scope="col">{t('versions.col.hash')}</th>
            <th scope="col">{t('versions.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((v, i) => {
            const previous = items.slice(i + 1).find((p) => p.status === 'published');
            return (
              <tr key={v.id}>
                <th scope="row" data-label={t('versions.col.version')}>
                  {t('versions.versionValue', { version: v.version })}
                </th>
                <td data-label={t(kind === 'dpa' ? 'versions.col.title' : 'versions.col.summary')} className="versions-label">
                  {v.label}
                </td>
                <td data-label={t('versions.col.status')}>
                  <Badge tone={v.status === 'published' ? 'success' : 'warning'}>{t(`versions.status.${v.status}`)}</Badge>
                </td>
                <td data-label={t('versions.col.publishedAt')}>{v.publishedAt ? formatDateTime(v.publishedAt, locale) : '–'}</td>
                <td data-label={t('versions.col.hash')}>
                  {v.contentSha256 ? (
                    <span className="mono" title={v.contentSha256}>
                      {v.contentSha256.slice(0, 12)}…
                    </span>
                  ) : (
                    '–'
                  )}
                </td>
                <td data-label={t('versions.col.actions')}>
                  <span className="button-row">
                    <Link href={`/staff/versions/${kind}/${v.id}`}>
                      {t(v.status === 'draft' && props.canManage ? 'versions.action.edit' : 'versions.action.view')}
                      <span className="visually-hidden"> {t('versions.versionValue', { version: v.version })}</span>
                    </Link>
                    {previous ? (
                      <Link href={`/staff/versions/compare?kind=${kind}&from=${previous.id}&to=${v.id}`}>
                        {t('versions.action.compare', { version: previous.version })}
                        <span className="visually-hidden"> ({t('versions.versionValue', { version: v.version })})</span>
                      </Link>
                    ) : null}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
