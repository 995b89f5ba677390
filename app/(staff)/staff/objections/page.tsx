import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/app/_components/empty-state';
import { formatDateTime } from '@/app/_components/format';
import { daysLeftText } from '@/app/_components/notices/notice-badges';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/status-badge';
import { pageContext } from '@/lib/core/page';
import { translator } from '@/lib/i18n/translate';
import { getT } from '@/lib/i18n/server';
import { listOpenObjections } from '@/lib/objections/list-open-objections';
import { DecideForm } from './decide-form';

type Props = { searchParams: Promise<{ decided?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('objections.staff.title') };
}

// Every staff member may see the objections ('notices.view.staff'); only privacy staff get the
// decision form, and the action checks 'objections.decide' again, whatever this page shows.
export default async function StaffObjectionsPage({ searchParams }: Props) {
  const ctx = await pageContext('notices.view.staff', { returnTo: '/staff/objections' });
  const { open, decided, timeZone, canDecide: mayDecide } = await listOpenObjections(ctx);
  const { t, locale } = await getT();
  const { decided: justDecided } = await searchParams;
  const keys = ['objections.decision.required', 'objections.note.requiredForRejection', 'objections.note.tooLong', 'validation.invalid'] as const;
  const formMessages = Object.fromEntries(keys.map((k) => [k, translator(locale)(k)]));
  const when = (d: Date) => formatDateTime(d, locale, timeZone);

  return (
    <main id="main" className="page">
      <PageHeader title={t('objections.staff.title')} lead={t('objections.staff.lead')} />
      {!mayDecide ? <p className="notice notice-info">{t('objections.staff.readOnly')}</p> : null}

      <section aria-labelledby="open-title" className="objections-section">
        <h2 id="open-title">
          {t('objections.staff.open')} <span className="muted">({open.length})</span>
        </h2>
        {open.length === 0 ? (
          <EmptyState title={t('objections.staff.emptyOpen')} />
        ) : (
          <ol className="objection-list">
            {open.map((o) => (
              <li key={o.id} className="card objection-item" aria-labelledby={`objection-${o.id}`}>
                <div className="card-header">
                  <h3 id={`objection-${o.id}`}>
                    <Link href={`/orgs/${o.orgId}`}>{o.orgName}</Link> <span className="muted mono">{o.customerNumber}</span>
                  </h3>
                  <Badge tone={o.deadlinePassed ? 'danger' : o.daysLeft <= 7 ? 'warning' : 'info'}>
                    {o.deadlinePassed ? t('objections.staff.afterDeadline') : daysLeftText(o.daysLeft, t)}
                  </Badge>
                </div>
                <dl className="facts">
                  <div>
                    <dt>{t('objections.staff.change')}</dt>
                    <dd>
                      <Link href={`/orgs/${o.orgId}/notices/${o.noticeId}`}>
                        {o.changeTitle[locale]}
                      </Link>
                      <span className="muted"> · {o.subprocessorName}</span>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('objections.staff.deadline')}</dt>
                    <dd>{when(o.effectiveAt)}</dd>
                  </div>
                  <div>
                    <dt>{t('objections.staff.filed')}</dt>
                    <dd>
                      {when(o.filedAt)} {o.filedBy ? <span className="muted">{t('objections.staff.by', { email: o.filedBy })}</span> : null}
                    </dd>
                  </div>
                </dl>
                <h4 className="card-subtitle">{t('objections.staff.reason')}</h4>
                <p className="objection-reason-text">{o.reason}</p>
                {mayDecide ? (
                  <DecideForm
                    objectionId={o.id}
                    messages={formMessages}
                    labels={{
                      decision: t('objections.staff.decision'),
                      accept: t('objections.staff.accept'),
                      reject: t('objections.staff.reject'),
                      note: t('objections.staff.note'),
                      noteHint: t('objections.staff.noteHint'),
                      submit: t('objections.staff.submit'),
                      sending: t('objections.form.sending'),
                      confirmTitle: t('objections.staff.confirmTitle'),
                      confirmText: t('objections.staff.confirmText', { org: o.orgName }),
                      confirm: t('objections.staff.confirm'),
                      cancel: t('objections.form.cancel'),
                    }}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="decided-title" className="objections-section" id="decided">
        <h2 id="decided-title">{t('objections.staff.decided')}</h2>
        {justDecided ? (
          <p className="notice notice-success" role="status">
            {t('objections.staff.decidedOk')}
          </p>
        ) : null}
        {decided.length === 0 ? (
          <EmptyState title={t('objections.staff.emptyDecided')} />
        ) : (
          <div className="table-card">
            <table className="table table-stack">
              <thead>
                <tr>
                  <th scope="col">{t('objections.staff.organisation')}</th>
                  <th scope="col">{t('objections.staff.change')}</th>
                  <th scope="col">{t('objections.staff.decision')}</th>
                </tr>
              </thead>
              <tbody>
                {decided.map((o) => (
                  <tr key={o.id} className={o.id === justDecided ? 'is-highlighted' : undefined}>
                    <th scope="row" data-label={t('objections.staff.organisation')}>
                      {o.orgName} <span className="muted mono">{o.customerNumber}</span>
                    </th>
                    <td data-label={t('objections.staff.change')}>
                      {o.changeTitle[locale]}
                      <span className="muted"> · {o.subprocessorName}</span>
                    </td>
                    <td data-label={t('objections.staff.decision')}>
                      <Badge tone={o.status === 'accepted' ? 'success' : 'danger'}>{t(`objections.status.${o.status as 'accepted' | 'rejected'}`)}</Badge>
                      <div className="muted">
                        {t('objections.staff.decidedBy', { email: o.decidedBy ?? '–', date: o.decidedAt ? when(o.decidedAt) : '–' })}
                      </div>
                      {o.decisionNote ? <div>{o.decisionNote}</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
