import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { ChevronIcon } from '@/app/_components/icons';
import { DaysLeftBadge, NoticeStateBadge, ObjectionBadge } from '@/app/_components/notices/notice-badges';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import type { Locale } from '@/lib/i18n/config';
import { getNoticeForOrg, type NoticeForOrg } from '@/lib/notices/get-notice-for-org';
import { Facts } from '../../_components/facts';
import { MarkNoticeRead } from './mark-notice-read';
import styles from './notice.module.css';
import { ObjectionPanel } from './objection-panel';
import { regionName } from '@/lib/i18n/intl-cache';

type Props = {
  params: Promise<{ orgId: string; noticeId: string }>;
  searchParams: Promise<{ done?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('portalNotices');
  return { title: t('title') };
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
  const [t, locale] = await Promise.all([getTranslations('portalNotices'), getLocale()]);
  const { done } = await searchParams;
  const cn = notice.changeNotice;

  return (
    <Page>
      {notice.unread ? <MarkNoticeRead orgId={orgId} noticeId={notice.noticeId} /> : null}
      <p className={styles.backLink}>
        <Link href={`/orgs/${orgId}/notices`}>
          <ChevronIcon direction="left" /> {t('back')}
        </Link>
      </p>
      <PageHeader
        eyebrow={t(`kind.${cn.kind}`)}
        title={cn.title[locale]}
        meta={
          <>
            <NoticeStateBadge status={cn.status} />
            <ObjectionBadge status={notice.objection?.status ?? null} />
            {cn.isEmergency ? <Badge tone="danger">{t('emergency')}</Badge> : null}
          </>
        }
      />
      <div className={styles.grid}>
        <WhatCard notice={notice} locale={locale} />
        <DatesCard notice={notice} locale={locale} />
        <div id="objection" className={styles.wide}>
          <ObjectionPanel notice={notice} done={done} />
        </div>
      </div>
    </Page>
  );
}

type CardProps = { notice: NoticeForOrg; locale: Locale };

async function WhatCard({ notice, locale }: CardProps) {
  const t = await getTranslations('portalNotices');
  const { changeNotice: cn, subprocessor: sp } = notice;
  const country = (code: string) => regionName(locale, code);
  return (
    <Card title={t('detail.what')}>
      <p className={styles.description}>{cn.description[locale]}</p>
      {cn.isEmergency && cn.emergencyReason ? (
        <Callout tone="warning" title={t('emergencyReason')}>
          <p>{cn.emergencyReason}</p>
        </Callout>
      ) : null}
      <Facts
        stacked
        items={[
          {
            label: t('detail.subprocessor'),
            value: (
              <>
                {sp.legalName}
                {sp.website ? <span className="muted"> · {sp.website}</span> : null}
              </>
            ),
          },
          notice.replaced
            ? {
                label: t('detail.replaces'),
                value: (
                  <>
                    {notice.replaced.legalName}
                    {notice.replaced.country ? <span className="muted"> ({country(notice.replaced.country)})</span> : null}
                  </>
                ),
              }
            : null,
          { label: t('detail.address'), value: sp.address },
          { label: t('detail.country'), value: country(sp.country) },
          { label: t('detail.purpose'), value: sp.purpose[locale] },
          sp.dataCategories.length > 0 ? { label: t('detail.dataCategories'), value: sp.dataCategories.map((c) => c[locale]).join('; ') } : null,
          {
            label: t('detail.safeguard'),
            value: (
              <>
                {t(`safeguard.${sp.safeguard}`)}
                {sp.safeguardNote ? <span className="muted"> · {sp.safeguardNote}</span> : null}
              </>
            ),
          },
          {
            label: t('detail.services'),
            value: (
              <ul className={styles.services}>
                {notice.services.map((s) => (
                  <li key={s.id}>
                    {s.name[locale]} {s.booked ? <Badge tone="info">{t('detail.booked')}</Badge> : null}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Card>
  );
}

async function DatesCard({ notice, locale }: CardProps) {
  const t = await getTranslations('portalNotices');
  const { changeNotice: cn, deadline, timeZone } = notice;
  return (
    <Card title={t('detail.dates')}>
      <Facts
        stacked
        items={[
          cn.announcedAt ? { label: t('detail.announcedAt'), value: formatDateTime(cn.announcedAt, locale, timeZone) } : null,
          { label: t('detail.effectiveAt'), value: formatDateTime(cn.effectiveAt, locale, timeZone) },
          cn.status === 'withdrawn' && cn.withdrawnAt
            ? { label: t('detail.withdrawnAt'), value: formatDateTime(cn.withdrawnAt, locale, timeZone) }
            : {
                label: t('detail.deadline'),
                value: <time dateTime={deadline.lastMoment.toISOString()}>{formatDateTime(deadline.lastMoment, locale, timeZone)}</time>,
              },
          deadline.open ? { label: t('detail.daysLeft'), value: <DaysLeftBadge days={deadline.daysLeft} /> } : null,
        ]}
      />
      <p className={styles.timeZone}>{t('detail.timeZone', { zone: timeZone })}</p>
    </Card>
  );
}
