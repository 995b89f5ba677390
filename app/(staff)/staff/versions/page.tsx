import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/status-badge';
import { can } from '@/lib/auth/can';
import { pageContext } from '@/lib/core/page';
import type { Locale } from '@/lib/i18n/config';
import type { MessageKey } from '@/lib/i18n/translate';
import { getT } from '@/lib/i18n/server';
import type { Translate } from '@/lib/i18n/translate';
import { versionDescriptors } from '@/lib/versions/kinds';
import { listVersions, type VersionListItem } from '@/lib/versions/list-versions';
import { versionKinds, type VersionKind } from '@/lib/versions/version-input';
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

// Both kinds, one section each. All staff may look (versions.view); only privacy staff start drafts
// (versions.manage).
export default async function VersionsPage() {
  const ctx = await pageContext('versions.view', { returnTo: '/staff/versions' });
  const lists = await Promise.all(versionKinds.map((kind) => listVersions(ctx, { kind })));
  const { t, locale } = await getT();
  const canManage = can(ctx, 'versions.manage');
  const title = (text: VersionListItem['label']) => text?.[locale] || '–';

  return (
    <main id="main" className="page versions-page">
      <PageHeader title={t('versions.title')} lead={t('versions.lead')} />
      {versionKinds.map((kind, i) => (
        <VersionSection
          key={kind}
          kind={kind}
          heading={t(`versions.${kind}.heading`)}
          labelHeading={versionDescriptors[kind].listLabel.heading}
          items={lists[i]!.map((v) => ({ ...v, label: title(v.label) }))}
          canManage={canManage}
          t={t}
          locale={locale}
        />
      ))}
    </main>
  );
}

type SectionProps = { kind: VersionKind; heading: string; labelHeading: MessageKey; items: Item[]; canManage: boolean; t: Translate; locale: Locale };

function VersionSection(props: SectionProps) {
  const { kind, heading, labelHeading, items, canManage, t, locale } = props;
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
            <th scope="col">{t(labelHeading)}</th>
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
                <td data-label={t(labelHeading)} className="versions-label">
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
