import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { getCalendarSettings } from '@/lib/core/settings';
import { listRemoteSessions } from '@/lib/support/list-remote-sessions';

type Props = { params: Promise<{ orgId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('supportDesk.customer');
  return { title: t('title') };
}

// GET /orgs/:orgId/support-sessions - the organisation's remote-support sessions (who, when, ticket,
// start, end), which the DPA and TOMs promise on request. Authorized here, for this organisation.
export default async function SupportSessionsPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('support.sessions.view', { orgId, returnTo: `/orgs/${orgId}/support-sessions` });
  const [sessions, calendar] = await Promise.all([listRemoteSessions(ctx, { orgId }), getCalendarSettings(ctx)]);
  const t = await getTranslations('supportDesk.customer');
  const when = (value: Date) => formatDateTime(value, ctx.locale, calendar.timeZone);

  return (
    <Page>
      <PageHeader title={t('title')} lead={t('lead')} />
      <DataTable
        caption={t('title')}
        captionHidden
        columns={[
          { key: 'reference', label: t('col.reference') },
          { key: 'agent', label: t('col.agent') },
          { key: 'ticket', label: t('col.ticket') },
          { key: 'reason', label: t('col.reason') },
          { key: 'started', label: t('col.started') },
          { key: 'ended', label: t('col.ended') },
        ]}
        rows={sessions.map((s) => ({
          key: s.id,
          cells: {
            reference: s.reference,
            agent: s.agent ?? '–',
            ticket: `${s.ticketReference}${s.tool ? ` (${s.tool})` : ''}`,
            reason: s.reason ?? '–',
            started: when(s.startedAt),
            ended: s.endedAt ? when(s.endedAt) : t('running'),
          },
        }))}
        empty={<EmptyState title={t('empty')} />}
      />
    </Page>
  );
}
