import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { currentSessionToken } from '@/lib/account/current-session';
import { getAccountData } from '@/lib/account/get-account-data';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { DeleteAccountForm, EndOtherSessionsForm, ProfileForm } from './account-forms';
import styles from './account.module.css';
import { KeptEvidence } from './kept-evidence';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

const AUDIT_SHOWN = 50;

// Every signed-in user, customers and staff alike ('account.view'): their own data only. The page
// authorizes itself; the actions and the JSON download authorize again.
export default async function AccountPage() {
  const ctx = await pageContext('account.view', { returnTo: '/account' });
  const [t, tNav, tObjections, data] = await Promise.all([
    getTranslations('account'),
    getTranslations('nav'),
    getTranslations('objections'),
    getAccountData(ctx, { currentSessionToken: await currentSessionToken(), limit: AUDIT_SHOWN }),
  ]);
  const when = (date: Date | null) => (date ? formatDateTime(date, ctx.locale) : '–');
  const agreementState = { active: t('agreements.state_active'), superseded: t('agreements.state_superseded'), terminated: t('agreements.state_terminated') };

  return (
    <Page>
      <PageHeader title={t('title')} lead={t('lead')} />
      <ClientMessages namespaces={['account']}>
        <div className={styles.grid}>
          <Card title={t('profile.title')}>
            <dl className={styles.facts}>
              <dt>{t('profile.email')}</dt>
              <dd>
                {data.profile.email}
                <br />
                <span className={styles.muted}>{t('profile.emailHint')}</span>
              </dd>
              <dt>{t('profile.since')}</dt>
              <dd>{when(data.profile.createdAt)}</dd>
            </dl>
            <ProfileForm name={data.profile.name ?? ''} locale={data.profile.locale} />
          </Card>

          <Card title={t('roles.title')}>
            <DataTable
              caption={t('roles.title')}
              captionHidden
              plain
              columns={[
                { key: 'org', label: t('roles.organisation') },
                { key: 'role', label: t('roles.role'), below: true },
                { key: 'position', label: t('roles.position') },
                { key: 'since', label: t('roles.since') },
              ]}
              rows={[
                ...data.memberships.map((m) => ({
                  key: m.orgId,
                  cells: { org: `${m.legalName} (${m.customerNumber})`, role: tNav(`role.${m.role}`), position: m.position ?? '–', since: when(m.since) },
                })),
                ...data.staffRoles.map((r) => ({
                  key: `staff-${r.role}`,
                  cells: { org: t('roles.staff'), role: tNav(`role.${r.role}`), position: '–', since: when(r.since) },
                })),
              ]}
              empty={<EmptyState title={t('roles.none')} />}
            />
          </Card>

          <Card title={t('sessions.title')}>
            <DataTable
              caption={t('sessions.title')}
              captionHidden
              plain
              columns={[
                { key: 'started', label: t('sessions.started') },
                { key: 'device', label: t('sessions.device') },
                { key: 'address', label: t('sessions.address') },
                { key: 'expires', label: t('sessions.expires') },
              ]}
              rows={data.sessions.map((s) => ({
                key: s.key,
                cells: {
                  started: (
                    <>
                      {when(s.createdAt)} {s.current ? <Badge tone="success">{t('sessions.current')}</Badge> : null}
                    </>
                  ),
                  device: <span className={styles.device}>{s.userAgent ?? t('sessions.unknownDevice')}</span>,
                  address: s.ip ?? '–',
                  expires: when(s.expires),
                },
              }))}
            />
            <EndOtherSessionsForm />
          </Card>

          <Card title={t('signIns.title')}>
            <DataTable
              caption={t('signIns.title')}
              captionHidden
              plain
              columns={[
                { key: 'at', label: t('signIns.at') },
                { key: 'device', label: t('sessions.device') },
                { key: 'address', label: t('sessions.address') },
              ]}
              rows={data.signIns.map((s, i) => ({
                key: `${s.at.toISOString()}-${i}`,
                cells: { at: when(s.at), device: <span className={styles.device}>{s.userAgent ?? '–'}</span>, address: s.ip ?? '–' },
              }))}
              empty={<EmptyState title={t('signIns.none')} />}
            />
          </Card>

          <Card title={t('agreements.title')}>
            <DataTable
              caption={t('agreements.title')}
              captionHidden
              plain
              columns={[
                { key: 'org', label: t('agreements.organisation') },
                { key: 'version', label: t('agreements.version') },
                { key: 'signedAt', label: t('agreements.signedAt') },
                { key: 'status', label: t('agreements.status') },
              ]}
              rows={data.agreements.map((a) => ({
                key: a.id,
                cells: { org: a.legalName, version: String(a.version), signedAt: `${when(a.signedAt)} · ${a.signerName}`, status: agreementState[a.status] },
              }))}
              empty={<EmptyState title={t('agreements.none')} />}
            />
          </Card>

          <Card title={t('objections.title')}>
            <DataTable
              caption={t('objections.title')}
              captionHidden
              plain
              columns={[
                { key: 'change', label: t('objections.change') },
                { key: 'filedAt', label: t('objections.filedAt') },
                { key: 'status', label: t('objections.status') },
              ]}
              rows={data.objections.map((o) => ({
                key: o.id,
                cells: { change: `${o.legalName}: ${o.change[ctx.locale]}`, filedAt: when(o.filedAt), status: tObjections(`status.${o.status}`) },
              }))}
              empty={<EmptyState title={t('objections.none')} />}
            />
          </Card>

          <Card title={t('audit.title')}>
            <p className={styles.muted}>{t('audit.lead', { shown: AUDIT_SHOWN })}</p>
            <DataTable
              caption={t('audit.title')}
              captionHidden
              plain
              columns={[
                { key: 'at', label: t('audit.at') },
                { key: 'action', label: t('audit.action') },
                { key: 'role', label: t('audit.role') },
                { key: 'address', label: t('sessions.address') },
              ]}
              rows={data.auditEvents.map((e) => ({
                key: String(e.seq),
                cells: { at: when(e.at), action: <code>{e.action}</code>, role: e.actorRole, address: e.ip ?? '–' },
              }))}
            />
          </Card>

          <Card title={t('download.title')}>
            <p>{t('download.text')}</p>
            <a href="/account/export" className={buttonClass({ variant: 'secondary' })} download>
              {t('download.button')}
            </a>
          </Card>

          <Card title={t('delete.title')}>
            <p>{t('delete.text')}</p>
            <h3>{t('delete.keptTitle')}</h3>
            <KeptEvidence />
            <DeleteAccountForm />
          </Card>
        </div>
      </ClientMessages>
    </Page>
  );
}
