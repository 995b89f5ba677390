import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getUser } from '@/lib/people/get-user';
import { DisableForm, StaffRolesForm } from '../staff-people-forms';
import styles from '../staff-people.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('people.staff');
  return { title: t('title') };
}

type Props = { params: Promise<{ userId: string }> };

// One account for the admin: staff roles, organisations, disabling. Authorized before the id is
// even looked at; a malformed id is a 404, never SQL.
export default async function StaffPersonPage({ params }: Props) {
  const { userId } = await params;
  const ctx = await pageContext('people.manage.staff', { returnTo: `/staff/admin/people/${userId}` });
  if (!z.guid().safeParse(userId).success) notFound();
  const user = await getUser(ctx, { userId });
  if (!user) notFound();
  const t = await getTranslations('people');
  const orgRole = { signatory: t('role.signatory'), member: t('role.member') };

  return (
    <Page width="narrow">
      <PageHeader
        eyebrow={<Link href="/staff/admin/people">{t('staff.back')}</Link>}
        title={user.name ?? user.email}
        lead={user.name ? user.email : undefined}
        meta={user.disabledAt ? <Badge tone="danger">{t('staff.disabled')}</Badge> : <Badge tone="success">{t('staff.active')}</Badge>}
      />
      <ClientMessages namespaces={['people']}>
        <div className={styles.stack}>
          <Card title={t('staff.rolesTitle')}>
            <StaffRolesForm userId={user.id} roles={user.staffRoles} />
          </Card>
          <Card title={t('staff.orgsTitle')}>
            {user.memberships.length === 0 ? (
              <p className="muted">{t('staff.noOrgs')}</p>
            ) : (
              <ul>
                {user.memberships.map((m) => (
                  <li key={m.orgId}>
                    {m.legalName} ({m.customerNumber}) – {orgRole[m.role]}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {user.isSelf ? null : (
            <Card title={t('staff.accessTitle')}>
              <DisableForm userId={user.id} email={user.email} disabled={Boolean(user.disabledAt)} />
            </Card>
          )}
        </div>
      </ClientMessages>
    </Page>
  );
}
