import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { formatDateTime, formatDay, formatNumber } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/status-badge';
import { authorizePage } from '@/lib/auth/authorize';
import { countObjectionsForChangeNotice } from '@/lib/objections/count-objections-for-change-notice';
import { decide } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';
import { effectiveDateOf, lastObjectionMoment } from '@/lib/change-notices/compute-effective-date';
import { getChangeNotice } from '@/lib/change-notices/get-change-notice';
import { getNoticeSettings } from '@/lib/change-notices/get-notice-settings';
import { noticeReach, previewChangeNotice, sampleAffectedOrganisation } from '@/lib/change-notices/preview-change-notice';
import { renderChangeNoticeMail } from '@/lib/change-notices/templates/change-notice-mail';
import { ChangeNoticeForm } from '../change-notice-form';
import { ConfirmPanel } from '../confirm-panel';
import { changeNoticeFormProps } from '../form-props';
import { changeNoticeTone } from '../status-tone';
import { MailPreview } from './mail-preview';

type Props = {
  params: Promise<{ changeNoticeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('changeNotice.title') };
}

// All staff may read a notice; editing, announcing and withdrawing are for privacy staff (the
// actions check that again on the server).
export default async function ChangeNoticePage({ params, searchParams }: Props) {
  const { changeNoticeId } = await params;
  const actor = await authorizePage('notices.view.staff', { returnTo: `/staff/notices/${changeNoticeId}` });
  if (!z.guid().safeParse(changeNoticeId).success) notFound();
  const db = getDb();
  const notice = await getChangeNotice(db, changeNoticeId);
  if (!notice) notFound();
  const { t, locale } = await getT();
  const { timeZone } = await getNoticeSettings(db);
  const canManage = decide(actor, 'notices.manage') === 'allow';
  const isDraft = notice.status === 'draft';
  const done = (await searchParams).done;
  const [audience, sampleOrg, reach, objectionCounts] = await Promise.all([
    isDraft ? previewChangeNotice(db, notice.id) : null,
    sampleAffectedOrganisation(db, notice.id),
    isDraft ? null : noticeReach(db, notice.id),
    isDraft ? null : countObjectionsForChangeNotice(db, notice.id),
  ]);
  const orgName = sampleOrg ?? t('changeNotice.preview.organisations');
  const mails = (['de', 'en'] as const).map((language) => ({
    language,
    mail: renderChangeNoticeMail({
      locale: language,
      changeNotice: notice,
      subprocessor: notice.subprocessor,
      replaced: notice.replaces,
      services: notice.services,
      orgName,
      objectUrl: `${env().APP_URL}/orgs/…/notices/…`,
      timeZone,
    }),
  }));
  const effectiveDate = effectiveDateOf(notice.effectiveAt, timeZone);
  const withdrawable = canManage && (isDraft || (notice.status === 'announced' && new Date() < notice.effectiveAt));
  const form = canManage && isDraft ? await changeNoticeFormProps(t, locale) : null;
  const panel = (step: 'announce' | 'withdraw') => ({
    title: t(`changeNotice.${step}.title`),
    lead: t(`changeNotice.${step}.lead`),
    confirm: t(`changeNotice.${step}.confirm`),
    submit: t(`changeNotice.${step}.submit`),
    pending: t(`changeNotice.${step}.pending`),
  });

  return (
    <main id="main" className="page">
      <p>
        <Link href="/staff/notices">← {t('changeNotice.back')}</Link>
      </p>
      <PageHeader
        eyebrow={t(`changeNotice.kind.${notice.kind}`)}
        title={notice.title[locale]}
        meta={
          <>
            <Badge tone={changeNoticeTone[notice.status]}>{t(`changeNotice.status.${notice.status}`)}</Badge>
            {notice.isEmergency ? <Badge tone="danger">{t('changeNotice.emergency')}</Badge> : null}
          </>
        }
        actions={
          notice.status !== 'draft' ? (
            <Link href={`/staff/notices/${notice.id}/deliveries`} className="button button-secondary">
              {t('changeNotice.deliveries')}
            </Link>
          ) : null
        }
      />
      {reach && done === 'announce' && notice.status === 'announced' ? (
        <p className="notice notice-success" role="status">
          {t('changeNotice.announce.done', { notices: formatNumber(reach.notices, locale), deliveries: formatNumber(reach.deliveries, locale) })}
        </p>
      ) : null}
      {done === 'withdraw' && notice.status === 'withdrawn' ? (
        <p className="notice notice-success" role="status">
          {t('changeNotice.withdraw.done')}
        </p>
      ) : null}
      <dl className="facts change-notice-facts">
        <dt>{t('changeNotice.facts.subprocessor')}</dt>
        <dd>{notice.subprocessor.legalName}</dd>
        {notice.replaces ? (
          <>
            <dt>{t('changeNotice.facts.replaces')}</dt>
            <dd>{notice.replaces.legalName}</dd>
          </>
        ) : null}
        <dt>{t('changeNotice.facts.services')}</dt>
        <dd>{notice.services.map((s) => s.name[locale]).join(', ')}</dd>
        <dt>{t('changeNotice.facts.effective')}</dt>
        <dd>{formatDay(effectiveDate, locale)}</dd>
        {reach ? (
          <>
            <dt>{t('changeNotice.col.reach')}</dt>
            <dd>{t('changeNotice.reach', { organisations: formatNumber(reach.notices, locale), deliveries: formatNumber(reach.deliveries, locale) })}</dd>
          </>
        ) : null}
        <dt>{t('changeNotice.facts.deadline')}</dt>
        <dd>{formatDateTime(lastObjectionMoment(notice.objectionsCloseAt ?? notice.effectiveAt), locale, timeZone)}</dd>
        {objectionCounts ? (
          <>
            <dt>{t('objections.title')}</dt>
            <dd>
              {(['open', 'accepted', 'rejected', 'withdrawn'] as const)
                .filter((status) => objectionCounts[status])
                .map((status) => `${objectionCounts[status]} × ${t(`objections.status.${status}`)}`)
                .join(', ') || t('objections.status.none')}{' '}
              <Link href="/staff/objections">{t('objections.title')} →</Link>
            </dd>
          </>
        ) : null}
        {notice.announcedAt ? (
          <>
            <dt>{t('changeNotice.facts.announced')}</dt>
            <dd>{formatDateTime(notice.announcedAt, locale, timeZone)}</dd>
          </>
        ) : null}
        {notice.appliedAt ? (
          <>
            <dt>{t('changeNotice.facts.applied')}</dt>
            <dd>{formatDateTime(notice.appliedAt, locale, timeZone)}</dd>
          </>
        ) : null}
        {notice.withdrawnAt ? (
          <>
            <dt>{t('changeNotice.facts.withdrawn')}</dt>
            <dd>{formatDateTime(notice.withdrawnAt, locale, timeZone)}</dd>
          </>
        ) : null}
        {notice.isEmergency && notice.emergencyReason ? (
          <>
            <dt>{t('changeNotice.facts.emergencyReason')}</dt>
            <dd>{notice.emergencyReason}</dd>
          </>
        ) : null}
      </dl>

      {form ? (
        <section className="card" aria-labelledby="edit-title">
          <h2 id="edit-title">{t('changeNotice.form.title.edit')}</h2>
          <ChangeNoticeForm
            changeNoticeId={notice.id}
            labels={form.labels}
            kinds={form.kinds}
            subprocessors={form.subprocessors}
            services={form.services}
            values={{
              kind: notice.kind,
              subprocessorId: notice.subprocessorId,
              replacesSubprocessorId: notice.replacesSubprocessorId ?? '',
              titleDe: notice.title.de,
              titleEn: notice.title.en,
              descriptionDe: notice.description.de,
              descriptionEn: notice.description.en,
              serviceIds: notice.services.map((s) => s.id),
              effectiveDate,
              isEmergency: notice.isEmergency,
              emergencyReason: notice.emergencyReason ?? '',
            }}
          />
        </section>
      ) : null}

      <section className="change-notice-preview" aria-labelledby="preview-title">
        <h2 id="preview-title">{t('changeNotice.preview.title')}</h2>
        {audience ? (
          <>
            <p className="muted">{t('changeNotice.preview.lead')}</p>
            <dl className="preview-counts">
              <div>
                <dt>{t('changeNotice.preview.organisations')}</dt>
                <dd data-testid="preview-organisations">{formatNumber(audience.organisations, locale)}</dd>
              </div>
              <div>
                <dt>{t('changeNotice.preview.recipients')}</dt>
                <dd data-testid="preview-recipients">{formatNumber(audience.recipients, locale)}</dd>
              </div>
              <div>
                <dt>{t('changeNotice.preview.webhooks')}</dt>
                <dd>{formatNumber(audience.webhooks, locale)}</dd>
              </div>
            </dl>
          </>
        ) : null}
        {sampleOrg ? <p className="small muted">{t('changeNotice.preview.sampleOrg', { org: sampleOrg })}</p> : null}
        <div className="mail-preview-grid">
          {mails.map(({ language, mail }) => (
            <MailPreview key={language} mail={mail} language={language} t={t} />
          ))}
        </div>
      </section>

      {canManage && isDraft ? <ConfirmPanel step="announce" changeNoticeId={notice.id} labels={panel('announce')} /> : null}
      {withdrawable ? <ConfirmPanel step="withdraw" changeNoticeId={notice.id} labels={panel('withdraw')} /> : null}
    </main>
  );
}
