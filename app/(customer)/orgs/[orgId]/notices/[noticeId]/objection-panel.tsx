import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { ObjectionBadge } from '@/app/_components/notices/notice-badges';
import { buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { ClientMessages } from '@/lib/i18n/client-messages';
import type { NoticeForOrg } from '@/lib/notices/get-notice-for-org';
import { Facts } from '../../_components/facts';
import styles from './notice.module.css';
import { ObjectionForm } from './objection-form';
import { WithdrawObjectionForm } from './withdraw-objection-button';

// The objection part of a notice: the organisation's objection (state, reason, the provider's
// decision), the form for signatories while the deadline is open, and after the deadline a clear
// message instead of the form. Members and staff see everything but the forms.

const doneKey = { filed: 'form.filed', updated: 'form.updated', withdrawn: 'form.withdrawn' } as const;

export async function ObjectionPanel({ notice, done }: { notice: NoticeForOrg; done?: string }) {
  const [t, locale] = await Promise.all([getTranslations('objections'), getLocale()]);
  const { objection, canObject, canFile, canChange, deadline, changeNotice: cn, timeZone, contact } = notice;
  const decision = objection?.status === 'accepted' || objection?.status === 'rejected' ? objection.status : null;
  const current = objection && objection.status !== 'withdrawn' ? objection : null;

  return (
    <Card title={current ? t('own.title') : t('form.title')} aside={<ObjectionBadge status={objection?.status ?? null} />}>
      {done && done in doneKey ? (
        <Callout tone="success" role="status">
          {t(doneKey[done as keyof typeof doneKey])}
        </Callout>
      ) : null}

      {decision ? (
        <Callout tone={decision === 'accepted' ? 'success' : 'danger'} title={t(`status.${decision}`)}>
          <p>
            {t.rich(`outcome.${decision}`, {
              email: contact.email,
              phone: contact.phone,
              mail: (chunks) => <a href={`mailto:${contact.email}`}>{chunks}</a>,
              // a tel: URI holds digits and a leading plus only ("+49 7531 12345-0" -> +497531123450)
              tel: (chunks) => <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{chunks}</a>,
            })}
          </p>
          {objection?.decisionNote ? (
            <p>
              <strong>{t('own.note')}:</strong> {objection.decisionNote}
            </p>
          ) : null}
        </Callout>
      ) : null}

      {current ? (
        <>
          <Facts
            items={[
              { label: t('own.filedAt'), value: formatDateTime(current.filedAt, locale, timeZone) },
              current.decidedAt ? { label: t('own.decidedAt'), value: formatDateTime(current.decidedAt, locale, timeZone) } : null,
            ]}
          />
          <figure className={styles.reason}>
            <figcaption>{t('own.reason')}</figcaption>
            <blockquote>{current.reason}</blockquote>
          </figure>
        </>
      ) : null}
      {objection?.status === 'open' ? <p>{t('own.pending')}</p> : null}
      {objection?.status === 'withdrawn' ? <p className="muted">{t('own.withdrawnText')}</p> : null}

      {canChange && objection ? (
        <ClientMessages namespaces={['objections']}>
          <div className={styles.actions}>
            <details className={styles.edit}>
              <summary className={buttonClass({ variant: 'secondary' })}>{t('own.edit')}</summary>
              <ObjectionForm orgId={notice.orgId} noticeId={notice.noticeId} objectionId={objection.id} defaultReason={objection.reason} />
            </details>
            <WithdrawObjectionForm orgId={notice.orgId} noticeId={notice.noticeId} objectionId={objection.id} />
          </div>
        </ClientMessages>
      ) : null}

      {canFile ? (
        <>
          <p>{t('form.intro')}</p>
          <ClientMessages namespaces={['objections']}>
            <ObjectionForm orgId={notice.orgId} noticeId={notice.noticeId} />
          </ClientMessages>
        </>
      ) : null}

      {!deadline.open && !decision ? (
        <Callout tone="info">
          {cn.status === 'withdrawn' ? t('closed.withdrawn') : t('closed.deadline', { date: formatDateTime(deadline.lastMoment, locale, timeZone) })}
        </Callout>
      ) : null}
      {deadline.open && !canObject && notice.viewer.kind === 'member' && !objection ? <p className="muted">{t('memberHint')}</p> : null}
    </Card>
  );
}
