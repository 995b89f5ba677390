import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { Page } from '@/app/_components/ui/page-shell';
import { can } from '@/lib/auth/can';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import type { Locale } from '@/lib/i18n/config';
import type { MessageKey } from '@/lib/i18n/translate';
import { translator } from '@/lib/i18n/translate';
import { versionDescriptors } from '@/lib/versions/kinds';
import { listVersions, type VersionListItem } from '@/lib/versions/list-versions';
import { versionKinds, type VersionKind } from '@/lib/versions/version-input';
import { CreateDraftButton } from './create-draft-button';
import styles from './versions.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('versions');
  return { title: t('title') };
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
  const t = await getTranslations('versions');
  const locale = ctx.locale;
  const canManage = can(ctx, 'versions.manage');
  const title = (text: VersionListItem['label']) => text?.[locale] || '–';

  return (
    <Page>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className={styles.stack}>
        {versionKinds.map((kind, i) => (
          <VersionSection
            key={kind}
            kind={kind}
            labelHeading={versionDescriptors[kind].listLabel.heading}
            items={lists[i]!.map((v) => ({ ...v, label: title(v.label) }))}
            canManage={canManage}
            locale={locale}
          />
        ))}
      </div>
    </Page>
  );
}

type SectionProps = { kind: VersionKind; labelHeading: MessageKey; items: Item[]; canManage: boolean; locale: Locale };

async function VersionSection({ kind, labelHeading, items, canManage, locale }: SectionProps) {
  const t = await getTranslations('versions');
  const draft = items.find((v) => v.status === 'draft');
  const latest = items[0];
  const labelColumn = translator(locale)(labelHeading);
  return (
    <Card
      title={t(`${kind}.heading`)}
      aside={
        canManage && draft ? (
          <Link href={`/staff/versions/${kind}/${draft.id}`} className={buttonClass({ variant: 'secondary' })}>
            {t('openDraft', { version: draft.version })}
          </Link>
        ) : canManage && latest ? (
          <ClientMessages namespaces={['versions']}>
            <CreateDraftButton kind={kind} copyOf={latest.id} />
          </ClientMessages>
        ) : null
      }
    >
      <DataTable
        caption={t(`${kind}.heading`)}
        captionHidden
        plain
        columns={[
          { key: 'version', label: t('col.version') },
          { key: 'label', label: labelColumn },
          { key: 'status', label: t('col.status') },
          { key: 'publishedAt', label: t('col.publishedAt') },
          { key: 'hash', label: t('col.hash') },
          { key: 'actions', label: t('col.actions') },
        ]}
        rows={items.map((v, i) => {
          const previous = items.slice(i + 1).find((p) => p.status === 'published');
          return {
            key: v.id,
            cells: {
              version: t('versionValue', { version: v.version }),
              label: <span className={styles.label}>{v.label}</span>,
              status: <Badge tone={v.status === 'published' ? 'success' : 'warning'}>{t(`status.${v.status}`)}</Badge>,
              publishedAt: v.publishedAt ? formatDateTime(v.publishedAt, locale) : '–',
              hash: v.contentSha256 ? (
                <span className={styles.mono} title={v.contentSha256}>
                  {v.contentSha256.slice(0, 12)}…
                </span>
              ) : (
                '–'
              ),
              actions: (
                <span className={styles.links}>
                  <Link href={`/staff/versions/${kind}/${v.id}`}>
                    {v.status === 'draft' && canManage ? t('action.edit') : t('action.view')}
                    <span className="visually-hidden"> {t('versionValue', { version: v.version })}</span>
                  </Link>
                  {previous ? (
                    <Link href={`/staff/versions/compare?kind=${kind}&from=${previous.id}&to=${v.id}`}>
                      {t('action.compare', { version: previous.version })}
                      <span className="visually-hidden"> ({t('versionValue', { version: v.version })})</span>
                    </Link>
                  ) : null}
                </span>
              ),
            },
          };
        })}
      />
    </Card>
  );
}
