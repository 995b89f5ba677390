import { formatDateTime } from '@/app/_components/format';
import { ObjectionBadge } from '@/app/_components/notices/notice-badges';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import type { NoticeForOrg } from '@/lib/notices/get-notice-for-org';
import { ObjectionForm } from './objection-form';
import { WithdrawObjectionButton } from './withdraw-objection-button';

// The objection part of a notice: the organisation's objection (state, reason, the provider's
// decision), the form for signatories while the deadline is open, and after the deadline a clear
// message instead of the form. Members and staff see everything but the forms.

type Props = { notice: NoticeForOrg; done?: string; t: Translate; locale: Locale; messages: Record<string, string> };

const doneKey = { filed: 'objections.form.filed', updated: 'objections.form.updated', withdrawn: 'objections.form.withdrawn' } as const;

export function ObjectionPanel({ notice, done, t, locale, messages }: Props) {
  const { objection, canObject, canFile, canChange, deadline, changeNotice: cn, timeZone } = notice;
  const decision = objection?.status === 'accepted' || objection?.status === 'rejected' ? objection.status : null;
  const decided = decision !== null;
  const formLabels = {
    reason: t('objections.reason.label'),
    hint: t('objections.reason.hint'),
    submit: t('objections.form.submit'),
    sending: t('objections.form.sending'),
    fixErrors: t('objections.form.fixErrors'),
    confirmTitle: t('objections.form.confirmTitle'),
    confirmText: t('objections.form.confirmText'),
    confirm: t('objections.form.confirm'),
    cancel: t('objections.form.cancel'),
  };

  return (
    <section className="card card-wide objection-panel" id="objection" aria-labelledby="objection-title">
      <div className="card-header">
        <h2 id="objection-title">{objection && objection.status !== 'withdrawn' ? t('objections.own.title') : t('objections.form.title')}</h2>
        <ObjectionBadge status={objection?.status ?? null} t={t} />
      </div>
      {done && done in doneKey ? (
        <p className="notice notice-success" role="status">
          {t(doneKey[done as keyof typeof doneKey])}
        </p>
      ) : null}

      {decision ? (
        <div className={`callout ${decision === 'accepted' ? 'callout-success' : 'callout-danger'}`} role="status">
          <h3>{t(`objections.status.${decision}`)}</h3>
          <p>{t(`objections.outcome.${decision}`, { email: notice.contact.email, phone: notice.contact.phone })}</p>
          {objection?.decisionNote ? (
            <p>
              <strong>{t('objections.own.note')}:</strong> {objection.decisionNote}
            </p>
          ) : null}
        </div>
      ) : null}

      {objection && objection.status !== 'withdrawn' ? (
        <dl className="facts">
          <div>
            <dt>{t('objections.own.filedAt')}</dt>
            <dd>{formatDateTime(objection.filedAt, locale, timeZone)}</dd>
          </div>
          {objection.decidedAt ? (
            <div>
              <dt>{t('objections.own.decidedAt')}</dt>
              <dd>{formatDateTime(objection.decidedAt, locale, timeZone)}</dd>
            </div>
          ) : null}
          <div className="objection-reason">
            <dt>{t('objections.own.reason')}</dt>
            <dd>{objection.reason}</dd>
          </div>
        </dl>
      ) : null}
      {objection?.status === 'open' ? <p>{t('objections.own.pending')}</p> : null}
      {objection?.status === 'withdrawn' ? <p className="muted">{t('objections.own.withdrawnText')}</p> : null}

      {canChange && objection ? (
        <div className="objection-actions">
          <details className="objection-edit">
            <summary className="button button-secondary">{t('objections.own.edit')}</summary>
            <ObjectionForm
              orgId={notice.orgId}
              noticeId={notice.noticeId}
              objectionId={objection.id}
              defaultReason={objection.reason}
              labels={{ ...formLabels, submit: t('objections.own.save') }}
              messages={messages}
            />
          </details>
          <WithdrawObjectionButton
            orgId={notice.orgId}
            noticeId={notice.noticeId}
            objectionId={objection.id}
            labels={{
              withdraw: t('objections.own.withdraw'),
              title: t('objections.own.withdrawTitle'),
              text: t('objections.own.withdrawText'),
              confirm: t('objections.own.withdrawConfirm'),
              cancel: t('objections.form.cancel'),
              sending: t('objections.form.sending'),
            }}
          />
        </div>
      ) : null}

      {canFile ? (
        <>
          <p>{t('objections.form.intro')}</p>
          <ObjectionForm orgId={notice.orgId} noticeId={notice.noticeId} labels={formLabels} messages={messages} />
        </>
      ) : null}

      {!deadline.open && !decided ? (
        <p className="notice notice-info" role="status">
          {cn.status === 'withdrawn'
            ? t('objections.closed.withdrawn')
            : t('objections.closed.deadline', { date: formatDateTime(deadline.lastMoment, locale, timeZone) })}
        </p>
      ) : null}
      {deadline.open && !canObject && notice.viewer.kind === 'member' && !objection ? (
        <p className="muted">{t('objections.memberHint')}</p>
      ) : null}
    </section>
  );
}
