import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { Page } from '@/app/_components/ui/page-shell';
import { listApiTokens } from '@/lib/api/api-tokens';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { CreateTokenForm, RevokeTokenForm } from './token-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('supportDesk.tokens');
  return { title: t('title') };
}

// Admins manage the tokens the ticket and phone systems call /api/v1 with. Authorized here.
export default async function ApiTokensPage() {
  const ctx = await pageContext('api.tokens.manage', { returnTo: '/staff/api-tokens' });
  const tokens = await listApiTokens(ctx);
  const t = await getTranslations('supportDesk.tokens');
  const when = (value: Date | null) => (value ? formatDateTime(value, ctx.locale) : t('never'));

  return (
    <Page>
      <PageHeader title={t('title')} lead={t('lead')} />
      <ClientMessages namespaces={['supportDesk']}>
        <Card title={t('new')}>
          <CreateTokenForm />
        </Card>
        <Card title={t('list')}>
          <DataTable
            caption={t('list')}
            captionHidden
            plain
            columns={[
              { key: 'name', label: t('name') },
              { key: 'prefix', label: t('prefix') },
              { key: 'scopes', label: t('scopes') },
              { key: 'lastUsed', label: t('lastUsed') },
              { key: 'state', label: t('state') },
            ]}
            rows={tokens.map((token) => ({
              key: token.id,
              cells: {
                name: token.name,
                prefix: <code>{token.prefix}…</code>,
                scopes: token.scopes.join(', '),
                lastUsed: when(token.lastUsedAt),
                state: token.revokedAt ? (
                  <Badge tone="neutral">{t('revoked')}</Badge>
                ) : (
                  <RevokeTokenForm tokenId={token.id} name={token.name} />
                ),
              },
            }))}
            empty={<p>{t('empty')}</p>}
          />
        </Card>
      </ClientMessages>
    </Page>
  );
}
