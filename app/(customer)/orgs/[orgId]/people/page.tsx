import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { InvitePersonForm } from '@/app/_components/people/invite-person-form';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { listOrgPeople } from '@/lib/people/list-org-people';
import { inviteMemberAction } from './actions';
import { RemoveForm, RoleForm } from './people-forms';
import styles from './people.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('people.members');
  return { title: t('title') };
}

type Props = { params: Promise<{ orgId: string }> };

// The organisation's signatories manage its people here (issue 11). Authorized in the page for
// 'people.manage.org' with this orgId; the actions check again, and so do their use cases.
export default async function OrgPeoplePage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('people.manage.org', { orgId, returnTo: `/orgs/${orgId}/people` });
  const data = await listOrgPeople(ctx, { orgId });
  if (!data) notFound();
  const t = await getTranslations('people');
  const roleLabel = { signatory: t('role.signatory'), member: t('role.member') };

  return (
    <Page>
      <PageHeader eyebrow={data.org.legalName} title={t('members.title')} lead={t('members.lead')} />
      <ClientMessages namespaces={['people']}>
        <div className={styles.stack}>
          <Card>
            <p className="muted">{t('members.lastSignatory')}</p>
            <DataTable
              caption={t('members.caption')}
              captionHidden
              columns={[
                { key: 'person', label: t('members.colPerson') },
                { key: 'role', label: t('members.colRole'), below: true },
                { key: 'actions', label: t('members.colActions'), below: true },
              ]}
              rows={data.people.map((person) => ({
                key: person.userId,
                cells: {
                  person: (
                    <span>
                      {person.name ? `${person.name} · ` : ''}
                      {person.email}
                      {person.userId === data.me ? ` (${t('members.you')})` : ''}
                    </span>
                  ),
                  role: <Badge tone={person.role === 'signatory' ? 'info' : 'neutral'}>{roleLabel[person.role]}</Badge>,
                  actions: (
                    <div className={styles.actions}>
                      <RoleForm orgId={orgId} userId={person.userId} role={person.role} />
                      <RemoveForm orgId={orgId} userId={person.userId} email={person.email} />
                    </div>
                  ),
                },
              }))}
            />
          </Card>
          {data.pending.length > 0 ? (
            <Card title={t('members.pendingTitle')}>
              <DataTable
                caption={t('members.pendingCaption')}
                captionHidden
                columns={[
                  { key: 'person', label: t('members.colPerson') },
                  { key: 'role', label: t('members.colRole') },
                ]}
                rows={data.pending.map((invitation) => ({
                  key: invitation.id,
                  cells: {
                    person: (
                      <span>
                        {invitation.email}{' '}
                        <span className="muted">{t('members.expires', { date: formatDateTime(invitation.expiresAt, ctx.locale) })}</span>
                      </span>
                    ),
                    role: roleLabel[invitation.role ?? 'member'],
                  },
                }))}
              />
            </Card>
          ) : null}
          <Card title={t('invite.title')}>
            <InvitePersonForm orgId={orgId} action={inviteMemberAction} defaultRole="member" />
          </Card>
        </div>
      </ClientMessages>
    </Page>
  );
}
