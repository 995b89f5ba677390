import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { listDeletionRequests } from '@/lib/account/list-deletion-requests';
import { pageContext } from '@/lib/core/page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.staff');
  return { title: t('title') };
}

// Privacy and admin staff ('account.deletions.view'): the deletion requests, already carried out.
export default async function DeletionRequestsPage() {
  const ctx = await pageContext('account.deletions.view', { returnTo: '/staff/records/deletions' });
  const [t, requests] = await Promise.all([getTranslations('account.staff'), listDeletionRequests(ctx)]);
  return (
    <Page>
      <PageHeader title={t('title')} lead={t('lead')} />
      <Card as="div">
        <DataTable
          caption={t('title')}
          captionHidden
          plain
          columns={[
            { key: 'pseudonym', label: t('pseudonym') },
            { key: 'at', label: t('requestedAt') },
            { key: 'kept', label: t('agreementsKept'), align: 'end' },
          ]}
          rows={requests.map((r) => ({
            key: r.userId,
            cells: { pseudonym: <code>{r.pseudonym}</code>, at: r.deletedAt ? formatDateTime(r.deletedAt, ctx.locale) : '–', kept: String(r.agreementsKept) },
          }))}
          empty={<EmptyState title={t('none')} />}
        />
      </Card>
    </Page>
  );
}
