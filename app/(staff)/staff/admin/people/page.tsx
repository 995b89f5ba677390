import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { RowLink } from '@/app/_components/ui/row-link';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { listUsers } from '@/lib/people/list-users';
import { listUsersSchema } from '@/lib/people/schemas';
import { InviteStaffForm } from './staff-people-forms';
import styles from './staff-people.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('people.staff');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Admins: every account, staff invitations. Authorized here for 'people.manage.staff'.
export default async function StaffPeoplePage({ searchParams }: Props) {
  const ctx = await pageContext('people.manage.staff', { returnTo: '/staff/admin/people' });
  const input = listUsersSchema.parse(await searchParams);
  const data = await listUsers(ctx, input);
  const t = await getTranslations('people');
  const roleLabel: Record<string, string> = { privacy: t('role.privacy'), support: t('role.support'), admin: t('role.admin') };
  const next = data.next ? `?${new URLSearchParams({ ...(input.q ? { q: input.q } : {}), after: data.next })}` : null;

  return (
    <Page>
      <PageHeader title={t('staff.title')} lead={t('staff.lead')} />
      <div className={styles.stack}>
        <Card>
          <form method="get" className={styles.search} role="search">
            <div>
              <label htmlFor="people-search">{t('staff.search')}</label>
              <input id="people-search" name="q" type="search" defaultValue={input.q ?? ''} maxLength={254} />
            </div>
            <button type="submit" className={buttonClass({ variant: 'secondary' })}>
              {t('staff.searchSubmit')}
            </button>
          </form>
          <DataTable
            caption={t('staff.caption')}
            captionHidden
            linkedRows
            columns={[
              { key: 'person', label: t('staff.colPerson') },
              { key: 'roles', label: t('staff.colRoles') },
              { key: 'orgs', label: t('staff.colOrgs'), align: 'end' },
              { key: 'state', label: t('staff.colState') },
            ]}
            rows={data.users.map((user) => ({
              key: user.id,
              cells: {
                person: <RowLink href={`/staff/admin/people/${user.id}`}>{user.name ? `${user.name} · ${user.email}` : user.email}</RowLink>,
                roles: user.staffRoles.length ? user.staffRoles.map((role) => roleLabel[role] ?? role).join(', ') : t('staff.none'),
                orgs: user.organisations,
                state: user.disabledAt ? <Badge tone="danger">{t('staff.disabled')}</Badge> : <Badge tone="success">{t('staff.active')}</Badge>,
              },
            }))}
            empty={<EmptyState title={t('staff.empty')} />}
          />
          {next ? (
            <p>
              <Link href={next}>{t('staff.next')}</Link>
            </p>
          ) : null}
        </Card>
        <Card title={t('staff.inviteTitle')}>
          <ClientMessages namespaces={['people']}>
            <InviteStaffForm />
          </ClientMessages>
        </Card>
      </div>
    </Page>
  );
}
