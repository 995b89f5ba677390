import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { CheckIcon, CrossIcon } from '@/app/_components/icons';
import { PageHeader } from '@/app/_components/page-header';
import { DpaStatusBadge, SupportLevelBadge } from '@/app/_components/status-badge';
import { Badge, type Tone } from '@/app/_components/ui/badge';
import { buttonClass, ButtonRow } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { Page } from '@/app/_components/ui/page-shell';
import { HostingPrivacyText } from '@/app/_components/records/hosting-privacy-text';
import { pageContext } from '@/lib/core/page';
import type { DpaStatus } from '@/lib/dpa/dpa-status';
import type { Locale } from '@/lib/i18n/config';
import { getOrgDashboard, type OrgDashboard } from '@/lib/orgs/get-org-dashboard';
import { Facts } from './_components/facts';
import { OpenNoticesCard } from './_components/open-notices-card';
import styles from './dashboard.module.css';
import { regionName } from '@/lib/i18n/intl-cache';

type Props = { params: Promise<{ orgId: string }> };

// A generic title: metadata runs beside the page, and must not name an organisation before the
// page has authorized the request.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('nav');
  return { title: t('overview') };
}

export default async function OrgDashboardPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('org.view', { orgId, returnTo: `/orgs/${orgId}` });
  const dashboard = await getOrgDashboard(ctx, { orgId });
  if (!dashboard) notFound();
  const [t, locale] = await Promise.all([getTranslations('dashboard'), getLocale()]);
  const { org } = dashboard;

  return (
    <Page>
      {dashboard.viewer.kind === 'staff' ? <Callout tone="info">{t('staffView')}</Callout> : null}
      <PageHeader
        eyebrow={`${t('customerNumber')} ${org.customerNumber}`}
        title={org.legalName}
        meta={
          <>
            <DpaStatusBadge status={dashboard.status} />
            <SupportLevelBadge level={dashboard.support.level} />
            {org.isSample ? <Badge tone="neutral">{t('sample')}</Badge> : null}
          </>
        }
      />
      <div className={styles.grid}>
        <DpaCard dashboard={dashboard} locale={locale} />
        <SupportCard dashboard={dashboard} />
        <div className={styles.wide}>
          <OpenNoticesCard open={dashboard.openNotices} orgId={orgId} />
        </div>
        <div className={styles.wide}>
          <ServicesCard dashboard={dashboard} locale={locale} />
        </div>
        <OrganisationCard dashboard={dashboard} locale={locale} />
        <PeopleCard dashboard={dashboard} />
      </div>
      <HostingPrivacyText ctx={ctx} orgId={orgId} booked={dashboard.hosting} />
    </Page>
  );
}

type CardProps = { dashboard: OrgDashboard; locale: Locale };

const nextStepTone: Record<DpaStatus, Tone> = {
  current: 'success',
  outdated: 'warning',
  none: 'danger',
  not_eligible: 'neutral',
};

/** What the viewer should do about the DPA: depends on the status and on who is looking. */
async function nextStep(dashboard: OrgDashboard): Promise<string> {
  const t = await getTranslations('dashboard');
  const { status, viewer } = dashboard;
  if (status === 'current' || status === 'not_eligible') return t(`next.${status}`);
  if (viewer.kind === 'staff') return t(`next.${status}.staff`);
  if (viewer.role === 'signatory') return t(`next.${status}.signatory`);
  const names = dashboard.signatories.map((s) => s.name ?? s.email).join(', ');
  return names ? t('next.askSignatory', { names }) : t('next.noSignatory', { email: dashboard.supportEmail ?? '' });
}

async function DpaCard({ dashboard, locale }: CardProps) {
  const t = await getTranslations('dashboard');
  const { agreement, currentVersion, status } = dashboard;
  const explainVars = { current: currentVersion ?? '', signed: agreement?.version ?? '' };
  return (
    <Card title={t('dpa.title')} aside={<DpaStatusBadge status={status} />}>
      <p>{dashboard.viewer.kind === 'staff' ? t(`dpa.explainStaff.${status}`, explainVars) : t(`dpa.explain.${status}`, explainVars)}</p>
      {agreement || currentVersion ? (
        <Facts
          items={[
            agreement ? { label: t('dpa.signedVersion'), value: t('dpa.versionValue', { version: agreement.version }) } : null,
            currentVersion && status !== 'not_eligible' ? { label: t('dpa.currentVersion'), value: t('dpa.versionValue', { version: currentVersion }) } : null,
            agreement ? { label: t('dpa.signedAt'), value: formatDateTime(agreement.signedAt, locale, dashboard.timeZone) } : null,
            agreement
              ? {
                  label: t('dpa.signedBy'),
                  value: (
                    <>
                      {agreement.signerName}
                      <span className="muted">, {agreement.signerPosition}</span>
                    </>
                  ),
                }
              : null,
          ]}
        />
      ) : null}
      <Callout tone={nextStepTone[status]} title={t('next.title')}>
        <p>{await nextStep(dashboard)}</p>
        <DpaLinks dashboard={dashboard} />
      </Callout>
    </Card>
  );
}

/** Where the next step happens: the review page (to sign, or to read), and what changed. */
async function DpaLinks({ dashboard }: { dashboard: OrgDashboard }) {
  const t = await getTranslations('dpa');
  const { status, viewer, org } = dashboard;
  if (status === 'not_eligible') return null;
  const toSign = status !== 'current' && viewer.kind === 'member' && viewer.role === 'signatory';
  return (
    <ButtonRow>
      <Link href={`/orgs/${org.id}/dpa`} className={buttonClass({ variant: toSign ? 'primary' : 'secondary' })}>
        {toSign ? t('link.reviewAndSign') : t('link.view')}
      </Link>
      {status === 'outdated' ? (
        <Link href={`/orgs/${org.id}/dpa/changes`} className={buttonClass({ variant: 'ghost' })}>
          {t('link.changes')}
        </Link>
      ) : null}
    </ButtonRow>
  );
}

async function SupportCard({ dashboard }: { dashboard: OrgDashboard }) {
  const t = await getTranslations();
  const { support } = dashboard;
  // Staff read about the customer ("this organisation"), the customer about itself ("you").
  const staff = dashboard.viewer.kind === 'staff';
  return (
    <Card title={t('dashboard.support.title')} aside={<SupportLevelBadge level={support.level} />}>
      <h3 className={styles.subtitle}>{staff ? t('dashboard.support.actionsStaff') : t('dashboard.support.actions')}</h3>
      <ul className={styles.checks}>
        {support.actions.map(({ action, allowed }) => (
          <li key={action} className={allowed ? styles.allowed : styles.denied}>
            <span className={styles.icon}>{allowed ? <CheckIcon /> : <CrossIcon />}</span>
            <span>
              {t(`support.action.${action}`)}
              <span className="visually-hidden">: {allowed ? t('support.allowed') : t('support.notAllowed')}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className={styles.why}>
        <h3 className={styles.subtitle}>{t('dashboard.support.why')}</h3>
        <p>{staff ? t(`dashboard.support.whyStaff.${support.level}`) : t(`support.why.${support.level}`)}</p>
      </div>
      {/* The session log the DPA and TOMs promise on request: who worked on the systems, when, why. */}
      <p>
        <Link href={`/orgs/${dashboard.org.id}/support-sessions`}>{t('dashboard.support.sessionsLink')}</Link>
      </p>
    </Card>
  );
}

async function ServicesCard({ dashboard, locale }: CardProps) {
  const t = await getTranslations('dashboard.services');
  return (
    <Card title={t('title')}>
      <DataTable
        caption={t('title')}
        captionHidden
        plain
        columns={[
          { key: 'service', label: t('service') },
          { key: 'reference', label: t('reference') },
          { key: 'since', label: t('since') },
          { key: 'personalData', label: t('personalData') },
        ]}
        rows={dashboard.contracts.map((c) => ({
          key: c.id,
          cells: {
            service: c.serviceName[locale],
            reference: <span className="mono">{c.reference}</span>,
            since: formatDay(c.startsOn, locale),
            personalData: c.processesPersonalData ? <Badge tone="info">{t('processes')}</Badge> : <Badge tone="neutral">{t('noProcessing')}</Badge>,
          },
        }))}
        empty={<p className="muted">{t('empty')}</p>}
      />
    </Card>
  );
}

async function OrganisationCard({ dashboard, locale }: CardProps) {
  const t = await getTranslations('dashboard');
  const { org, phones } = dashboard;
  const country = regionName(locale, org.country);
  return (
    <Card title={t('org.title')}>
      <Facts
        stacked
        items={[
          { label: t('org.legalName'), value: org.legalName },
          { label: t('customerNumber'), value: <span className="mono">{org.customerNumber}</span> },
          {
            label: t('org.address'),
            value: (
              <address>
                {org.street}
                <br />
                {org.postalCode} {org.city}
                <br />
                {country}
              </address>
            ),
          },
          phones.length > 0
            ? {
                label: t('org.phones'),
                value: (
                  <ul className={styles.plainList}>
                    {phones.map((p) => (
                      <li key={p.id}>
                        {p.display}
                        {p.label ? <span className="muted"> · {p.label}</span> : null}
                      </li>
                    ))}
                  </ul>
                ),
              }
            : null,
        ]}
      />
    </Card>
  );
}

function Person({ name, meta, badge }: { name: string; meta: (string | null)[]; badge?: React.ReactNode }) {
  return (
    <li className={styles.person}>
      <span className={styles.personText}>
        <span className={styles.personName}>{name}</span>
        {meta.filter(Boolean).map((line) => (
          <span key={line} className={styles.personMeta}>
            {line}
          </span>
        ))}
      </span>
      {badge}
    </li>
  );
}

async function PeopleCard({ dashboard }: { dashboard: OrgDashboard }) {
  const t = await getTranslations();
  return (
    <Card title={t('dashboard.people.title')}>
      <PeopleGroup title={t('dashboard.people.users')} emptyText={t('dashboard.people.none')}>
        {dashboard.people.map((p) => (
          <Person
            key={p.userId}
            name={p.name ?? p.email}
            meta={[p.position, p.name ? p.email : null]}
            badge={<Badge tone={p.role === 'signatory' ? 'info' : 'neutral'}>{t(`nav.role.${p.role}`)}</Badge>}
          />
        ))}
      </PeopleGroup>
      <PeopleGroup title={t('dashboard.people.generalContacts')} emptyText={t('dashboard.people.none')}>
        {dashboard.generalContacts.map((c) => (
          <Person key={c.id} name={c.name ?? c.email} meta={[c.name ? c.email : null]} />
        ))}
      </PeopleGroup>
      <PeopleGroup title={t('dashboard.people.noticeContacts')} hint={t('dashboard.people.noticeHint')} emptyText={t('dashboard.people.none')}>
        {dashboard.noticeContacts.map((c) => (
          <Person
            key={c.id}
            name={c.name ?? c.email}
            meta={[c.name ? c.email : null]}
            badge={
              <Badge tone={c.confirmedAt !== null ? 'success' : 'warning'}>
                {c.confirmedAt !== null ? t('dashboard.people.confirmed') : t('dashboard.people.pending')}
              </Badge>
            }
          />
        ))}
      </PeopleGroup>
    </Card>
  );
}

function PeopleGroup({ title, hint, emptyText, children }: { title: string; hint?: string; emptyText: string; children: React.ReactNode[] }) {
  return (
    <div className={styles.group}>
      <h3 className={styles.subtitle}>{title}</h3>
      {hint ? <p className={styles.hint}>{hint}</p> : null}
      {children.length > 0 ? <ul className={styles.people}>{children}</ul> : <p className="muted">{emptyText}</p>}
    </div>
  );
}
