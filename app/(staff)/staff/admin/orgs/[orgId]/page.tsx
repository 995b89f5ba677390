import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDay } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { InvitePersonForm } from '@/app/_components/people/invite-person-form';
import { Badge } from '@/app/_components/ui/badge';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import type { Locale } from '@/lib/i18n/config';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getOrganisationAdmin, getOrganisationAdminInput } from '@/lib/orgs/get-organisation-admin';
import { inviteOrgPersonAction } from '../actions';
import { ArchiveForm } from '../archive-form';
import { AddContractForm, EditContractForm } from '../contract-forms';
import { OrganisationForm } from '../organisation-form';
import styles from '../orgs.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminOrgs');
  return { title: t('title') };
}

type Props = { params: Promise<{ orgId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Admins only. Authorize first (a non-admin learns nothing, not even whether the id exists), then
// a malformed or unknown id is a 404.
export default async function AdminOrganisationPage({ params, searchParams }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('admin.orgs.manage', { returnTo: `/staff/admin/orgs/${encodeURIComponent(orgId)}` });
  if (!getOrganisationAdminInput.safeParse({ orgId }).success) notFound();
  const [view, t, locale, query] = await Promise.all([
    getOrganisationAdmin(ctx, { orgId }),
    getTranslations('adminOrgs'),
    getLocale() as Promise<Locale>,
    searchParams,
  ]);
  if (!view) notFound();
  const { org } = view;
  const archived = org.archivedAt !== null;
  const tPeople = await getTranslations('people');

  return (
    <Page width="narrow">
      <p>
        <Link href="/staff/admin/orgs">← {t('back')}</Link>
      </p>
      <PageHeader
        title={org.legalName}
        eyebrow={org.customerNumber}
        meta={archived ? <Badge tone="neutral">{t('archivedBadge')}</Badge> : null}
      />
      {query.created ? (
        <Callout tone="success" role="status">
          {t('form.saved')}
        </Callout>
      ) : null}
      <ClientMessages namespaces={['adminOrgs', 'people']}>
        <div className={styles.stack}>
          {archived ? null : (
            <Card>
              <OrganisationForm orgId={view.id} values={org} />
            </Card>
          )}
          <Card title={t('contracts.title')}>
            <DataTable
              caption={t('contracts.caption')}
              captionHidden
              plain
              columns={[
                { key: 'service', label: t('contracts.service') },
                { key: 'reference', label: t('contracts.reference') },
                { key: 'startsOn', label: t('contracts.startsOn') },
                { key: 'endsOn', label: t('contracts.endsOn') },
                { key: 'status', label: t('contracts.status') },
              ]}
              rows={view.contracts.map((c) => ({
                key: c.id,
                cells: {
                  service: c.serviceName[locale],
                  reference: c.reference,
                  startsOn: formatDay(c.startsOn, locale),
                  endsOn: c.endsOn ? formatDay(c.endsOn, locale) : '–',
                  status: <Badge tone={c.status === 'active' ? 'success' : 'neutral'}>{c.status === 'active' ? t('contracts.active') : t('contracts.ended')}</Badge>,
                },
              }))}
              empty={<EmptyState title={t('contracts.empty')} />}
            />
            {archived ? null : (
              <div className={styles.stack}>
                {view.contracts.map((c) => (
                  <EditContractForm
                    key={c.id}
                    orgId={view.id}
                    contract={{ id: c.id, reference: c.reference, startsOn: c.startsOn, endsOn: c.endsOn, serviceLabel: `${c.serviceName[locale]} · ${c.reference}` }}
                  />
                ))}
                <AddContractForm
                  orgId={view.id}
                  services={view.services.map((s) => ({
                    value: s.id,
                    label: s.processesPersonalData ? `${s.name[locale]} (${t('contracts.processing')})` : s.name[locale],
                  }))}
                />
              </div>
            )}
          </Card>
          {archived ? null : (
            <Card title={tPeople('invite.title')}>
              <InvitePersonForm orgId={view.id} action={inviteOrgPersonAction} defaultRole="signatory" />
            </Card>
          )}
          {archived ? null : (
            <Card title={t('archive.title')}>
              <p>{t('archive.text')}</p>
              <ArchiveForm orgId={view.id} name={org.legalName} />
            </Card>
          )}
        </div>
      </ClientMessages>
    </Page>
  );
}
