import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { listOpenObjections } from '@/lib/objections/list-open-objections';
import { Tabs } from '@/app/_components/ui/tabs';
import { buttonClass } from '@/app/_components/ui/button';
import { Facts } from '../parts/facts';
import { DecideForm } from './decide-form';
import styles from './objections.module.css';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const href = (state: 'open' | 'decided', after?: string) =>
  `/staff/objections?${new URLSearchParams({ ...(state === 'decided' ? { state } : {}), ...(after ? { after } : {}) }).toString()}`.replace(/\?$/, '');

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('objections.staff');
  return { title: t('title') };
}

// Every staff member may see the objections ('notices.view.staff'); only privacy staff get the
// decision form, and the action checks 'objections.decide' again, whatever this page shows.
// One list at a time, open (the default) or decided, keyset-paged 50 a page (issue 14: at ten
// thousand objections the unpaged page was close to a megabyte).
export default async function StaffObjectionsPage({ searchParams }: Props) {
  const ctx = await pageContext('notices.view.staff', { returnTo: '/staff/objections' });
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { state, open, decided, openCount, next, timeZone, canDecide: mayDecide } = await listOpenObjections(ctx, { state: raw.state, after: raw.after });
  const [t, tObjections, tNotices] = await Promise.all([
    getTranslations('objections.staff'),
    getTranslations('objections'),
    getTranslations('portalNotices'),
  ]);
  const locale = ctx.locale;
  const justDecided = raw.decided;
  const paged = Boolean(raw.after);
  const when = (d: Date) => formatDateTime(d, locale, timeZone);
  const pager =
    next || paged ? (
      <nav aria-label={t('pages')} className={styles.pager}>
        {paged ? (
          <Link href={href(state)} className={buttonClass({ variant: 'ghost', size: 'small' })}>
            {t('firstPage')}
          </Link>
        ) : null}
        {next ? (
          <Link href={href(state, next)} rel="next" className={buttonClass({ variant: 'secondary', size: 'small' })}>
            {t('nextPage')}
          </Link>
        ) : null}
      </nav>
    ) : null;

  return (
    <Page>
      <PageHeader title={t('title')} lead={t('lead')} />
      {!mayDecide ? <Callout tone="info">{t('readOnly')}</Callout> : null}
      <Tabs
        label={t('filter')}
        items={[
          { href: href('open'), label: t('open'), current: state === 'open', ...(openCount !== null ? { count: openCount } : {}) },
          { href: href('decided'), label: t('decided'), current: state === 'decided' },
        ]}
      />

      {state === 'open' ? (
      <section aria-labelledby="open-title" className={styles.section}>
        <h2 id="open-title">
          {t('open')} <span className={styles.count}>({openCount})</span>
        </h2>
        {open.length === 0 ? (
          <EmptyState title={paged ? t('emptyPage') : t('emptyOpen')} />
        ) : (
          <ClientMessages namespaces={['objections']}>
          <ol className={styles.list}>
            {open.map((o) => (
              <li key={o.id}>
                <article aria-labelledby={`objection-${o.id}`}>
                  <Card>
                    <div className={styles.itemHead}>
                      <h3 id={`objection-${o.id}`}>
                        <Link href={`/orgs/${o.orgId}`}>{o.orgName}</Link> <span className={styles.mono}>{o.customerNumber}</span>
                      </h3>
                      <Badge tone={o.deadlinePassed ? 'danger' : o.daysLeft <= 7 ? 'warning' : 'info'}>
                        {o.deadlinePassed ? t('afterDeadline') : tNotices('daysLeft', { days: Math.max(0, o.daysLeft) })}
                      </Badge>
                    </div>
                    <Facts
                      plain
                      items={[
                        {
                          key: 'change',
                          label: t('change'),
                          value: (
                            <>
                              <Link href={`/orgs/${o.orgId}/notices/${o.noticeId}`}>{o.changeTitle[locale]}</Link>
                              <span className={styles.muted}> · {o.subprocessorName}</span>
                            </>
                          ),
                        },
                        { key: 'deadline', label: t('deadline'), value: when(o.effectiveAt) },
                        {
                          key: 'filed',
                          label: t('filed'),
                          value: (
                            <>
                              {when(o.filedAt)} {o.filedBy ? <span className={styles.muted}>{t('by', { email: o.filedBy })}</span> : null}
                            </>
                          ),
                        },
                      ]}
                    />
                    <p className={styles.reasonLabel}>{t('reason')}</p>
                    <blockquote className={styles.reason}>{o.reason}</blockquote>
                    {mayDecide ? <DecideForm objectionId={o.id} orgName={o.orgName} /> : null}
                  </Card>
                </article>
              </li>
            ))}
          </ol>
          </ClientMessages>
        )}
        {pager}
      </section>
      ) : (
      <section aria-labelledby="decided-title" className={styles.section} id="decided">
        <h2 id="decided-title">{t('decided')}</h2>
        {justDecided ? (
          <Callout tone="success" role="status">
            {t('decidedOk')}
          </Callout>
        ) : null}
        <DataTable
          caption={t('decided')}
          captionHidden
          columns={[
            { key: 'organisation', label: t('organisation') },
            { key: 'change', label: t('change') },
            { key: 'decision', label: t('decision') },
          ]}
          rows={decided.map((o) => ({
            key: o.id,
            cells: {
              organisation: (
                <>
                  {o.orgName} <span className={styles.mono}>{o.customerNumber}</span>
                </>
              ),
              change: (
                <>
                  {o.changeTitle[locale]}
                  <span className={styles.muted}> · {o.subprocessorName}</span>
                </>
              ),
              decision: (
                <>
                  <Badge tone={o.status === 'accepted' ? 'success' : 'danger'}>
                    {tObjections(`status.${o.status as 'accepted' | 'rejected'}`)}
                  </Badge>
                  <div className={styles.muted}>{t('decidedBy', { email: o.decidedBy ?? '–', date: o.decidedAt ? when(o.decidedAt) : '–' })}</div>
                  {o.decisionNote ? <div>{o.decisionNote}</div> : null}
                </>
              ),
            },
          }))}
          empty={<EmptyState title={paged ? t('emptyPage') : t('emptyDecided')} />}
        />
        {pager}
      </section>
      )}
    </Page>
  );
}
