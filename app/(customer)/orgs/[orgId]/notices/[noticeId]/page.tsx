import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime } from '@/app/_components/format';
import { ChevronIcon } from '@/app/_components/icons';
import { daysLeftText, NoticeStateBadge, ObjectionBadge } from '@/app/_components/notices/notice-badges';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/status-badge';
import { pageContext } from '@/lib/core/page';
import type { Locale } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { translator, type MessageKey, type Translate } from '@/lib/i18n/translate';
import { getNoticeForOrg, type NoticeForOrg } from '@/lib/notices/get-notice-for-org';
import { MarkNoticeRead } from './mark-notice-read';
import { ObjectionPanel } from './objection-panel';

type Props = {
  params: Promise<{ orgId: string; noticeId: string }>;
  searchParams: Promise<{ done?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('portalNotices.title') };
}

// One notice: what changes, for which services, until when one can object, and the objection.
// Authorizes itself; the query is scoped by organisation AND notice id. Rendering writes nothing:
// the first reading by one of the organisation's own people is recorded by <MarkNoticeRead> once
// the notice is on screen (see lib/notices/mark-notice-read.ts for why that is audited).
export default async function NoticePage({ params, searchParams }: Props) {
  const { orgId, noticeId } = await params;
  const ctx = await pageContext('notices.view', { orgId, returnTo: `/orgs/${orgId}/notices/${noticeId}` });
  const notice = await getNoticeForOrg(ctx, { orgId, noticeId });
  if (!notice) notFound();
  const { t, locale } = await getT();
  const { done } = await searchParams;
  const cn = notice.changeNotice;

  return (
    <main id="main" className="page">
      {notice.unread ? <MarkNoticeRead orgId={orgId} noticeId={notice.noticeId} /> : null}
      <p className="back-link">
        <Link href={`/orgs/${orgId}/notices`}>
          <ChevronIcon direction="left" /> {t('portalNotices.back')}
        </Link>
      </p>
      <PageHeader
        eyebrow={t(`portalNotices.kind.${cn.kind}`)}
        title={cn.title[locale]}
        meta={
          <>
            <NoticeStateBadge status={cn.status} t={t} />
            <ObjectionBadge status={notice.objection?.status ?? null} t={t} />
            {cn.isEmergency ? <Badge tone="danger">{t('portalNotices.emergency')}</Badge> : null}
          </>
        }
      />
      <div className="dashboard-grid">
        <WhatCard notice={notice} t={t} locale={locale} />
        <DatesCard notice={notice} t={t} locale={locale} />
        <ObjectionPanel
          notice={notice}
          done={done}
          t={t}
          locale={locale}
          messages={pick(locale, ['objections.reason.required', 'objections.reason.tooShort', 'objections.reason.tooLong', 'validation.invalid'])}
        />
      </div>
    </main>
  );
}

function pick(locale: Locale, keys: MessageKey[]) {
  const t = translator(locale);
  return Object.fromEntries(keys.map((k) => [k, t(k)]));
}

type CardProps = { notice: NoticeForOrg; t: Translate; locale: Locale };

function WhatCard({ notice, t, locale }: CardProps) {
  const { changeNotice: cn, subprocessor: sp } = notice;
  const country = (code: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  return (
    <section className="card" aria-labelledby="what-title">
      <div className="card-header">
        <h2 id="what-title">{t('portalNotices.detail.what')}</h2>
      </div>
      <p className="notice-description">{cn.description[locale]}</p>
      {cn.isEmergency && cn.emergencyReason ? (
        <div className="callout callout-warning">
          <h3>{t('portalNotices.emergencyReason')}</h3>
          <p>{cn.emergencyReason}</p>
        </div>
      ) : null}
      <dl className="facts facts-stacked notice-facts">
        <div>
          <dt>{t('portalNotices.detail.subprocessor')}</dt>
          <dd>
            {sp.legalName}
            {sp.website ? <span className="muted"> · {sp.website}</span> : null}
          </dd>
        </div>
        {notice.replaced ? (
          <div>
            <dt>{t('portalNotices.detail.replaces')}</dt>
            <dd>
              {notice.replaced.legalName}
              {notice.replaced.country ? <span className="muted"> ({country(notice.replaced.country)})</span> : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('portalNotices.detail.address')}</dt>
          <dd>{sp.address}</dd>
        </div>
        <div>
          <dt>{t('portalNotices.detail.country')}</dt>
          <dd>{country(sp.country)}</dd>
        </div>
        <div>
          <dt>{t('portalNotices.detail.purpose')}</dt>
          <dd>{sp.purpose[locale]}</dd>
        </div>
        {sp.dataCategories.length > 0 ? (
          <div>
            <dt>{t('portalNotices.detail.dataCategories')}</dt>
            <dd>{sp.dataCategories.map((c) => c[locale]).join('; ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('portalNotices.detail.safeguard')}</dt>
          <dd>
            {t(`portalNotices.safeguard.${sp.safeguard}`)}
            {sp.safeguardNote ? <span className="muted"> · {sp.safeguardNote}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('portalNotices.detail.services')}</dt>
          <dd>
            <ul className="plain-list">
              {notice.services.map((s) => (
                <li key={s.id}>
                  {s.name[locale]} {s.booked ? <Badge tone="info">{t('portalNotices.detail.booked')}</Badge> : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}

function DatesCard({ notice, t, locale }: CardProps) {
  const { changeNotice: cn, deadline, timeZone } = notice;
  return (
    <section className="card" aria-labelledby="dates-title">
      <div className="card-header">
        <h2 id="dates-title">{t('portalNotices.detail.dates')}</h2>
      </div>
      <dl className="facts facts-stacked">
        {cn.announcedAt ? (
          <div>
            <dt>{t('portalNotices.detail.announcedAt')}</dt>
            <dd>{formatDateTime(cn.announcedAt, locale, timeZone)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('portalNotices.detail.effectiveAt')}</dt>
          <dd>{formatDateTime(cn.effectiveAt, locale, timeZone)}</dd>
        </div>
        {cn.status === 'withdrawn' && cn.withdrawnAt ? (
          <div>
            <dt>{t('portalNotices.detail.withdrawnAt')}</dt>
            <dd>{formatDateTime(cn.withdrawnAt, locale, timeZone)}</dd>
          </div>
        ) : (
          <div>
            <dt>{t('portalNotices.detail.deadline')}</dt>
            <dd>
              <time dateTime={deadline.lastMoment.toISOString()}>{formatDateTime(deadline.lastMoment, locale, timeZone)}</time>
            </dd>
          </div>
        )}
        {deadline.open ? (
          <div>
            <dt>{t('portalNotices.detail.daysLeft')}</dt>
            <dd>
              <Badge tone={deadline.daysLeft <= 7 ? 'warning' : 'info'}>{daysLeftText(deadline.daysLeft, t)}</Badge>
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="field-hint">{t('portalNotices.detail.timeZone', { zone: timeZone })}</p>
    </section>
  );
}
