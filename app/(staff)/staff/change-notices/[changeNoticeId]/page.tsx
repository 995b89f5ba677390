import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formatDateTime, formatDay, formatNumber } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { getChangeNoticeView } from '@/lib/change-notices/get-change-notice-view';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { Facts } from '../../parts/facts';
import { ChangeNoticeForm } from '../change-notice-form';
import styles from '../change-notices.module.css';
import { ConfirmPanel } from '../confirm-panel';
import { changeNoticeFormData } from '../form-options';
import { changeNoticeTone } from '../status-tone';
import { MailPreview } from './mail-preview';

type Props = {
  params: Promise<{ changeNoticeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('changeNotice');
  return { title: t('title') };
}

// All staff may read a notice; editing, announcing and withdrawing are for privacy staff (lib says
// which of them are possible now; the actions check again on the server).
export default async function ChangeNoticePage({ params, searchParams }: Props) {
  const { changeNoticeId } = await params;
  const ctx = await pageContext('notices.view.staff', { returnTo: `/staff/change-notices/${changeNoticeId}` });
  const view = await getChangeNoticeView(ctx, { changeNoticeId });
  if (!view) notFound();
  const { notice, timeZone, effectiveDate, audience, sampleOrg, reach, objectionCounts, mails } = view;
  const locale = ctx.locale;
  const [t, tObjections, tRegister] = await Promise.all([
    getTranslations('changeNotice'),
    getTranslations('objections'),
    getTranslations('register'),
  ]);
  const done = (await searchParams).done;
  const n = (value: number) => formatNumber(value, locale);

  return (
    <Page>
      <p className={styles.back}>
        <Link href="/staff/change-notices">← {t('back')}</Link>
      </p>
      <PageHeader
        eyebrow={t(`kind.${notice.kind}`)}
        title={notice.title[locale]}
        meta={
          <>
            <Badge tone={changeNoticeTone[notice.status]}>{t(`status.${notice.status}`)}</Badge>
            {notice.isEmergency ? <Badge tone="danger">{t('emergency')}</Badge> : null}
          </>
        }
        actions={
          notice.status !== 'draft' ? (
            <Link href={`/staff/change-notices/${notice.id}/deliveries`} className={buttonClass({ variant: 'secondary' })}>
              {t('deliveries')}
            </Link>
          ) : null
        }
      />
      {reach && done === 'announce' && notice.status === 'announced' ? (
        <Callout tone="success" role="status">
          {t('announce.done', { notices: n(reach.notices), deliveries: n(reach.deliveries) })}
        </Callout>
      ) : null}
      {done === 'withdraw' && notice.status === 'withdrawn' ? (
        <Callout tone="success" role="status">
          {t('withdraw.done')}
        </Callout>
      ) : null}
      <Facts
        label={t('facts.label')}
        items={[
          { key: 'subprocessor', label: t('facts.subprocessor'), value: notice.subprocessor.legalName },
          notice.replaces && { key: 'replaces', label: t('facts.replaces'), value: notice.replaces.legalName },
          { key: 'services', label: t('facts.services'), value: notice.services.map((s) => s.name[locale]).join(', ') },
          { key: 'effective', label: t('facts.effective'), value: formatDay(effectiveDate, locale) },
          reach && {
            key: 'reach',
            label: t('col.reach'),
            value: t('reach', { organisations: n(reach.notices), deliveries: n(reach.deliveries) }),
          },
          { key: 'deadline', label: t('facts.deadline'), value: formatDateTime(view.objectionDeadline, locale, timeZone) },
          objectionCounts && {
            key: 'objections',
            label: tObjections('title'),
            value: (
              <>
                {(['open', 'accepted', 'rejected', 'withdrawn'] as const)
                  .filter((status) => objectionCounts[status])
                  .map((status) => `${objectionCounts[status]} × ${tObjections(`status.${status}`)}`)
                  .join(', ') || tObjections('status.none')}{' '}
                <Link href="/staff/objections">{tObjections('title')} →</Link>
              </>
            ),
          },
          notice.announcedAt && { key: 'announced', label: t('facts.announced'), value: formatDateTime(notice.announcedAt, locale, timeZone) },
          notice.appliedAt && { key: 'applied', label: t('facts.applied'), value: formatDateTime(notice.appliedAt, locale, timeZone) },
          notice.withdrawnAt && { key: 'withdrawn', label: t('facts.withdrawn'), value: formatDateTime(notice.withdrawnAt, locale, timeZone) },
          notice.isEmergency && notice.emergencyReason
            ? { key: 'emergencyReason', label: t('facts.emergencyReason'), value: notice.emergencyReason }
            : null,
        ]}
      />

      {view.form ? (
        <Card title={t('form.title.edit')}>
          <ClientMessages namespaces={['changeNotice']}>
            <ChangeNoticeForm changeNoticeId={notice.id} data={changeNoticeFormData(view.form, locale, (s) => tRegister(`status.${s}`))} />
          </ClientMessages>
        </Card>
      ) : null}

      <section className={styles.preview} aria-labelledby="preview-title">
        <h2 id="preview-title">{t('preview.title')}</h2>
        {audience ? (
          <>
            <p className="muted">{t('preview.lead')}</p>
            <dl className={styles.counts}>
              <div>
                <dt>{t('preview.organisations')}</dt>
                <dd data-testid="preview-organisations">{n(audience.organisations)}</dd>
              </div>
              <div>
                <dt>{t('preview.recipients')}</dt>
                <dd data-testid="preview-recipients">{n(audience.recipients)}</dd>
              </div>
              <div>
                <dt>{t('preview.webhooks')}</dt>
                <dd>{n(audience.webhooks)}</dd>
              </div>
            </dl>
          </>
        ) : null}
        {sampleOrg ? <p className="muted">{t('preview.sampleOrg', { org: sampleOrg })}</p> : null}
        <div className={styles.mails}>
          {mails.map(({ language, mail }) => (
            <MailPreview key={language} mail={mail} language={language} />
          ))}
        </div>
      </section>

      {view.canAnnounce || view.canWithdraw ? (
        <ClientMessages namespaces={['changeNotice']}>
          <div className={styles.steps}>
            {view.canAnnounce ? <ConfirmPanel step="announce" changeNoticeId={notice.id} /> : null}
            {view.canWithdraw ? <ConfirmPanel step="withdraw" changeNoticeId={notice.id} /> : null}
          </div>
        </ClientMessages>
      ) : null}
    </Page>
  );
}
