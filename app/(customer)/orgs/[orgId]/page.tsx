import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Badge, DpaStatusBadge, SupportLevelBadge, type Tone } from '@/app/_components/status-badge';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { CheckIcon, CrossIcon, InfoIcon } from '@/app/_components/icons';
import { PageHeader } from '@/app/_components/page-header';
import { HostingPrivacyText } from '@/app/_components/records/hosting-privacy-text';
import { pageContext } from '@/lib/core/page';
import type { DpaStatus } from '@/lib/dpa/dpa-status';
import type { Locale } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Translate } from '@/lib/i18n/translate';
import { getOrgDashboard, type OrgDashboard } from '@/lib/orgs/get-org-dashboard';
import { OpenNoticesCard } from './_components/open-notices-card';

type Props = { params: Promise<{ orgId: string }> };

// A generic title: metadata runs beside the page, and must not name an organisation before the
// page has authorized the request.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('nav.overview') };
}

export default async function OrgDashboardPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('org.view', { orgId, returnTo: `/orgs/${orgId}` });
  const dashboard = await getOrgDashboard(ctx, { orgId });
  if (!dashboard) notFound();
  const { t, locale } = await getT();
  const { org } = dashboard;

  return (
    <main id="main" className="page">
      {dashboard.viewer.kind === 'staff' ? (
        <p className="notice notice-info">
          <InfoIcon /> {t('dashboard.staffView')}
        </p>
      ) : null}
      <PageHeader
        eyebrow={`${t('dashboard.customerNumber')} ${org.customerNumber}`}
        title={org.legalName}
        meta={
          <>
            <DpaStatusBadge status={dashboard.status} t={t} />
            <SupportLevelBadge level={dashboard.support.level} t={t} />
            {org.isSample ? <Badge tone="neutral">{t('dashboard.sample')}</Badge> : null}
          </>
        }
      />
      <div className="dashboard-grid">
        <DpaCard dashboard={dashboard} t={t} locale={locale} />
        <SupportCard dashboard={dashboard} t={t} />
        <OpenNoticesCard ctx={ctx} orgId={orgId} />
        <ServicesCard dashboard={dashboard} t={t} locale={locale} />
        <OrganisationCard dashboard={dashboard} t={t} locale={locale} />
        <PeopleCard dashboard={dashboard} t={t} />
      </div>
      <HostingPrivacyText ctx={ctx} orgId={orgId} />
    </main>
  );
}

type CardProps = { dashboard: OrgDashboard; t: Translate; locale: Locale };

const nextStepTone: Record<DpaStatus, Tone> = {
  current: 'success',
  outdated: 'warning',
  none: 'danger',
  not_eligible: 'neutral',
};

/** What the viewer should do about the DPA: depends on the status and on who is looking. */
function nextStep({ dashboard, t }: Omit<CardProps, 'locale'>): string {
  const { status, viewer } = dashboard;
  if (status === 'current' || status === 'not_eligible') return t(`dashboard.next.${status}`);
  if (viewer.kind === 'staff') return t(`dashboard.next.${status}.staff`);
  if (viewer.role === 'signatory') return t(`dashboard.next.${status}.signatory`);
  const names = dashboard.signatories.map((s) => s.name ?? s.email).join(', ');
  return names
    ? t('dashboard.next.askSignatory', { names })
    : t('dashboard.next.noSignatory', { email: dashboard.supportEmail ?? '' });
}

function DpaCard({ dashboard, t, locale }: CardProps) {
  const { agreement, currentVersion, status } = dashboard;
  const explainVars = { current: currentVersion ?? '', signed: agreement?.version ?? '' };
  return (
    <section className="card card-dpa" aria-labelledby="dpa-title">
      <div className="card-header">
        <h2 id="dpa-title">{t('dashboard.dpa.title')}</h2>
        <DpaStatusBadge status={status} t={t} />
      </div>
      <p>{t(`dashboard.dpa.explain.${status}`, explainVars)}</p>
      {agreement || currentVersion ? (
        <dl className="facts">
          {agreement ? (
            <div>
              <dt>{t('dashboard.dpa.signedVersion')}</dt>
              <dd>{t('dashboard.dpa.versionValue', { version: agreement.version })}</dd>
            </div>
          ) : null}
          {currentVersion && status !== 'not_eligible' ? (
            <div>
              <dt>{t('dashboard.dpa.currentVersion')}</dt>
              <dd>{t('dashboard.dpa.versionValue', { version: currentVersion })}</dd>
            </div>
          ) : null}
          {agreement ? (
            <div>
              <dt>{t('dashboard.dpa.signedAt')}</dt>
              <dd>{formatDateTime(agreement.signedAt, locale, dashboard.timeZone)}</dd>
            </div>
          ) : null}
          {agreement ? (
            <div>
              <dt>{t('dashboard.dpa.signedBy')}</dt>
              <dd>
                {agreement.signerName}
                <span className="muted">, {agreement.signerPosition}</span>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <div className={`callout callout-${nextStepTone[status]}`}>
        <h3>{t('dashboard.next.title')}</h3>
        <p>{nextStep({ dashboard, t })}</p>
        <DpaLinks dashboard={dashboard} t={t} />
      </div>
    </section>
  );
}

/** Where the next step happens: the review page (to sign, or to read), and what changed. */
function DpaLinks({ dashboard, t }: Omit<CardProps, 'locale'>) {
  const { status, viewer, org } = dashboard;
  if (status === 'not_eligible') return null;
  const toSign = status !== 'current' && viewer.kind === 'member' && viewer.role === 'signatory';
  return (
    <div className="button-row">
      <Link href={`/orgs/${org.id}/dpa`} className={`button ${toSign ? 'button-primary' : 'button-secondary'}`}>
        {toSign ? t('dpa.link.reviewAndSign') : t('dpa.link.view')}
      </Link>
      {status === 'outdated' ? (
        <Link href={`/orgs/${org.id}/dpa/changes`} className="button button-ghost">
          {t('dpa.link.changes')}
        </Link>
      ) : null}
    </div>
  );
}

function SupportCard({ dashboard, t }: Omit<CardProps, 'locale'>) {
  const { support } = dashboard;
  return (
    <section className="card card-support" aria-labelledby="support-title">
      <div className="card-header">
        <h2 id="support-title">{t('dashboard.support.title')}</h2>
        <SupportLevelBadge level={support.level} t={t} />
      </div>
      <h3 className="card-subtitle">{t('dashboard.support.actions')}</h3>
      <ul className="check-list">
        {support.actions.map(({ action, allowed }) => (
          <li key={action} className={allowed ? 'is-allowed' : 'is-denied'}>
            <span className="check-list-icon">{allowed ? <CheckIcon /> : <CrossIcon />}</span>
            <span>
              {t(`support.action.${action}`)}
              <span className="visually-hidden">: {allowed ? t('support.allowed') : t('support.notAllowed')}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className="why">
        <h3 className="card-subtitle">{t('dashboard.support.why')}</h3>
        <p>{t(`support.why.${support.level}`)}</p>
      </div>
    </section>
  );
}

function ServicesCard({ dashboard, t, locale }: CardProps) {
  return (
    <section className="card card-wide" aria-labelledby="services-title">
      <div className="card-header">
        <h2 id="services-title">{t('dashboard.services.title')}</h2>
      </div>
      {dashboard.contracts.length === 0 ? (
        <p className="muted">{t('dashboard.services.empty')}</p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.services.service')}</th>
              <th scope="col">{t('dashboard.services.reference')}</th>
              <th scope="col">{t('dashboard.services.since')}</th>
              <th scope="col">{t('dashboard.services.personalData')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.contracts.map((c) => (
              <tr key={c.id}>
                <th scope="row" data-label={t('dashboard.services.service')}>
                  {c.serviceName[locale]}
                </th>
                <td data-label={t('dashboard.services.reference')}>
                  <span className="mono">{c.reference}</span>
                </td>
                <td data-label={t('dashboard.services.since')}>{formatDay(c.startsOn, locale)}</td>
                <td data-label={t('dashboard.services.personalData')}>
                  {c.processesPersonalData ? (
                    <Badge tone="info">{t('dashboard.services.processes')}</Badge>
                  ) : (
                    <Badge tone="neutral">{t('dashboard.services.noProcessing')}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function OrganisationCard({ dashboard, t, locale }: CardProps) {
  const { org, phones } = dashboard;
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(org.country) ?? org.country;
  return (
    <section className="card" aria-labelledby="org-title">
      <div className="card-header">
        <h2 id="org-title">{t('dashboard.org.title')}</h2>
      </div>
      <dl className="facts facts-stacked">
        <div>
          <dt>{t('dashboard.org.legalName')}</dt>
          <dd>{org.legalName}</dd>
        </div>
        <div>
          <dt>{t('dashboard.customerNumber')}</dt>
          <dd className="mono">{org.customerNumber}</dd>
        </div>
        <div>
          <dt>{t('dashboard.org.address')}</dt>
          <dd>
            <address>
              {org.street}
              <br />
              {org.postalCode} {org.city}
              <br />
              {country}
            </address>
          </dd>
        </div>
        {phones.length > 0 ? (
          <div>
            <dt>{t('dashboard.org.phones')}</dt>
            <dd>
              <ul className="plain-list">
                {phones.map((p) => (
                  <li key={p.id}>
                    {p.display}
                    {p.label ? <span className="muted"> · {p.label}</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

function PeopleCard({ dashboard, t }: Omit<CardProps, 'locale'>) {
  return (
    <section className="card" aria-labelledby="people-title">
      <div className="card-header">
        <h2 id="people-title">{t('dashboard.people.title')}</h2>
      </div>
      <PeopleGroup title={t('dashboard.people.users')} emptyText={t('dashboard.people.none')}>
        {dashboard.people.map((p) => (
          <li key={p.userId} className="person">
            <span className="person-text">
              <span className="person-name">{p.name ?? p.email}</span>
              {p.position ? <span className="person-meta">{p.position}</span> : null}
              {p.name ? <span className="person-meta">{p.email}</span> : null}
            </span>
            <Badge tone={p.role === 'signatory' ? 'info' : 'neutral'}>{t(`nav.role.${p.role}`)}</Badge>
          </li>
        ))}
      </PeopleGroup>
      <PeopleGroup title={t('dashboard.people.generalContacts')} emptyText={t('dashboard.people.none')}>
        {dashboard.generalContacts.map((c) => (
          <li key={c.id} className="person">
            <span className="person-text">
              <span className="person-name">{c.name ?? c.email}</span>
              {c.name ? <span className="person-meta">{c.email}</span> : null}
            </span>
          </li>
        ))}
      </PeopleGroup>
      <PeopleGroup
        title={t('dashboard.people.noticeContacts')}
        hint={t('dashboard.people.noticeHint')}
        emptyText={t('dashboard.people.none')}
      >
        {dashboard.noticeContacts.map((c) => (
          <li key={c.id} className="person">
            <span className="person-text">
              <span className="person-name">{c.name ?? c.email}</span>
              {c.name ? <span className="person-meta">{c.email}</span> : null}
            </span>
            <ConfirmationBadge confirmed={c.confirmedAt !== null} t={t} />
          </li>
        ))}
      </PeopleGroup>
    </section>
  );
}

function PeopleGroup({
  title,
  hint,
  emptyText,
  children,
}: {
  title: string;
  hint?: string;
  emptyText: string;
  children: React.ReactNode[];
}) {
  return (
    <div className="people-group">
      <h3 className="card-subtitle">{title}</h3>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {children.length > 0 ? <ul className="people-list">{children}</ul> : <p className="muted">{emptyText}</p>}
    </div>
  );
}

function ConfirmationBadge({ confirmed, t }: { confirmed: boolean; t: Translate }) {
  const key: MessageKey = confirmed ? 'dashboard.people.confirmed' : 'dashboard.people.pending';
  return <Badge tone={confirmed ? 'success' : 'warning'}>{t(key)}</Badge>;
}
