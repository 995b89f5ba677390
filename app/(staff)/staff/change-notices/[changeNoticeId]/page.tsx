import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime, formatDay, formatNumber } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/status-badge';
import { getChangeNoticeView } from '@/lib/change-notices/get-change-notice-view';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { ChangeNoticeForm } from '../change-notice-form';
import { ConfirmPanel } from '../confirm-panel';
import { changeNoticeFormProps } from '../form-labels';
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

// All staff may read a notice; editing, announcing and withdrawing are for privacy staff (lib says
// which of them are possible now; the actions check again on the server).
export default async function ChangeNoticePage({ params, searchParams }: Props) {
  const { changeNoticeId } = await params;
  const ctx = await pageContext('notices.view.staff', { returnTo: `/staff/change-notices/${changeNoticeId}` });
  const view = await getChangeNoticeView(ctx, { changeNoticeId });
  if (!view) notFound();
  const { notice, timeZone, effectiveDate, audience, sampleOrg, reach, objectionCounts, mails } = view;
  const { t, locale } = await getT();
  const done = (await searchParams).done;
  const form = view.form ? changeNoticeFormProps(view.form, t, locale) : null;
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
        <Link href="/staff/change-notices">← {t('changeNotice.back')}</Link>
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
            <Link href={`/staff/change-notices/${notice.id}/deliveries`} className="button button-secondary">
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
        <dd>{formatDateTime(view.objectionDeadline, locale, timeZone)}</dd>
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
          <ChangeNoticeForm changeNoticeId={notice.id} {...form} />
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

      {view.canAnnounce ? <ConfirmPanel step="announce" changeNoticeId={notice.id} labels={panel('announce')} /> : null}
      {view.canWithdraw ? <ConfirmPanel step="withdraw" changeNoticeId={notice.id} labels={panel('withdraw')} /> : null}
    </main>
  );
}
