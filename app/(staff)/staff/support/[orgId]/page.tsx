import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { DpaStatusBadge, SupportLevelBadge } from '@/app/_components/status-badge';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { Page } from '@/app/_components/ui/page-shell';
import { can } from '@/lib/auth/can';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getSupportView } from '@/lib/support/get-support-view';
import styles from '../support.module.css';
import { EndSessionForm, InviteForm, StartSessionForm } from './session-forms';

type Props = { params: Promise<{ orgId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('supportDesk.view');
  return { title: t('title') };
}

// The agent's view of one customer (issue 10): written for the support desk, not the customer's
// dashboard. Authorized here (pageContext), again in getSupportView, which audits the lookup.
export default async function SupportViewPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('support.view', { orgId, returnTo: `/staff/support/${orgId}` });
  const view = await getSupportView(ctx, { orgId });
  if (!view) notFound();
  const t = await getTranslations();
  const d = await getTranslations('supportDesk.view');
  const locale = ctx.locale;
  const when = (value: Date) => formatDateTime(value, locale, view.timeZone);
  const mayManage = can(ctx, 'support.sessions.manage', orgId);
  const mayInvite = can(ctx, 'support.invite', orgId);
  const serviceContract = view.contracts.some((c) => c.processesPersonalData);

  return (
    <Page>
      <p>
        <Link href="/staff">{d('back')}</Link>
      </p>
      <PageHeader
        eyebrow={<span className={styles.mono}>{view.org.customerNumber}</span>}
        title={view.org.legalName}
        meta={
          <>
            <DpaStatusBadge status={view.status} />
            <SupportLevelBadge level={view.support.level} />
            {serviceContract ? <Badge tone="info">{t('supportDesk.contract.yes')}</Badge> : null}
          </>
        }
        lead={t(`supportDesk.reason.${view.support.reason}`)}
      />

      <div className={styles.grid}>
        <Card title={d('actions')}>
          <ul className={styles.actions}>
            {view.support.actions.map((a) => (
              <li key={a.action} data-action={a.action}>
                <span>
                  <Badge tone={a.allowed ? 'success' : 'danger'}>{a.allowed ? t('support.allowed') : t('support.notAllowed')}</Badge>
                </span>
                <strong>{t(`support.action.${a.action}`)}</strong>
                <span className={styles.reason}>{t(`supportDesk.reason.${a.reason}`)}</span>
              </li>
            ))}
          </ul>
        </Card>

        {mayManage ? (
          <Card title={d('startSession')}>
            <ClientMessages namespaces={['supportDesk', 'support']}>
              <StartSessionForm orgId={orgId} />
              {view.support.level !== 'full' && mayInvite ? (
                <>
                  <Callout tone="warning">{d('inviteHint')}</Callout>
                  <InviteForm orgId={orgId} />
                </>
              ) : null}
            </ClientMessages>
          </Card>
        ) : null}
      </div>

      <Card title={d('sessions')}>
        <ClientMessages namespaces={['supportDesk']}>
          <DataTable
            caption={d('sessions')}
            captionHidden
            plain
            columns={[
              { key: 'reference', label: d('col.reference') },
              { key: 'outcome', label: d('col.outcome') },
              { key: 'ticket', label: d('col.ticket') },
              { key: 'agent', label: d('col.agent') },
              { key: 'started', label: d('col.started') },
              { key: 'ended', label: d('col.ended') },
            ]}
            rows={view.sessions.map((s) => ({
              key: s.id,
              cells: {
                reference: <span className={styles.mono}>{s.reference}</span>,
                outcome: (
                  <Badge tone={s.outcome === 'granted' ? 'success' : 'danger'}>
                    {t(`support.action.${s.action as 'remote_support'}`)}: {t(`supportDesk.view.outcome.${s.outcome}`)}
                  </Badge>
                ),
                ticket: `${s.ticketReference}${s.tool ? ` (${s.tool})` : ''}`,
                agent: s.agent ?? '–',
                started: when(s.startedAt),
                ended: s.endedAt ? (
                  when(s.endedAt)
                ) : s.outcome === 'granted' && mayManage ? (
                  <EndSessionForm orgId={orgId} sessionId={s.id} reference={s.reference} />
                ) : (
                  '–'
                ),
              },
            }))}
            empty={<p>{d('noSessions')}</p>}
          />
        </ClientMessages>
      </Card>

      <Card title={d('log')}>
        {view.supportLog.length === 0 ? (
          <p>{d('logEmpty')}</p>
        ) : (
          <ul className={styles.list} aria-label={d('log')}>
            {view.supportLog.map((e) => (
              <li key={e.seq}>
                {when(e.at)}: {t(`supportDesk.logAction.${e.action.replace(/^support\./, '').replace('.', '_') as 'session_started'}`)} ({e.actorRole})
              </li>
            ))}
          </ul>
        )}
      </Card>

      <div className={styles.grid}>
        <Card title={d('dpa')}>
          {view.history.length === 0 ? (
            <p>{d('noAgreement')}</p>
          ) : (
            <ul className={styles.list}>
              {view.history.map((a) => (
                <li key={a.id}>
                  {d('agreementLine', { version: a.version, status: t(`account.agreements.state_${a.status}`), signer: a.signerName, signedAt: when(a.signedAt) })}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={d('contracts')}>
          {view.contracts.length === 0 ? (
            <p>{d('noContracts')}</p>
          ) : (
            <ul className={styles.list}>
              {view.contracts.map((c) => (
                <li key={c.id}>
                  {c.serviceName[locale]} <span className={styles.mono}>{c.reference}</span>
                  {c.processesPersonalData ? ` – ${d('processing')}` : ''}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={d('contacts')}>
          <ul className={styles.list}>
            {view.phones.map((p) => (
              <li key={p.id}>
                {p.label ? `${p.label}: ` : ''}
                <a href={`tel:${view.contactPhones.find((c) => c.display === p.display)?.normalized ?? p.display}`}>{p.display}</a>
              </li>
            ))}
            {view.people.map((p) => (
              <li key={p.userId}>
                {p.name ?? p.email} ({t(`nav.role.${p.role}`)}) – <a href={`mailto:${p.email}`}>{p.email}</a>
              </li>
            ))}
            {[...view.generalContacts, ...view.noticeContacts].map((c) => (
              <li key={c.id}>
                {c.name ?? c.email} – <a href={`mailto:${c.email}`}>{c.email}</a>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={d('open')}>
          {view.openNotices.length === 0 && view.openObjections.length === 0 ? (
            <p>{d('nothingOpen')}</p>
          ) : (
            <ul className={styles.list}>
              {view.openNotices.map((n) => (
                <li key={n.id}>{d('openNotice', { title: n.title[locale], effectiveAt: when(n.effectiveAt) })}</li>
              ))}
              {view.openObjections.map((o) => (
                <li key={o.id}>{d('openObjection', { title: o.title[locale], filedAt: when(o.filedAt) })}</li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <p className={styles.footerLink}>
        <Link href={`/orgs/${orgId}`} className={buttonClass({ variant: 'ghost' })}>
          {d('customerDashboard')}
        </Link>
      </p>
    </Page>
  );
}
