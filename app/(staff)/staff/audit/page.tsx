import { Fragment } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { buttonClass } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { auditFilterSchema, auditPageSchema, filterQuery, type AuditFilter } from '@/lib/audit/audit-filters';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { isMessageKey } from '@/lib/i18n/translate';
import styles from './audit.module.css';
import { VerifyChainForm } from './verify-chain-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const fields = ['org', 'actor', 'action', 'from', 'to'] as const;

// Admins and privacy staff: the audit log, filtered and keyset-paged newest first; the chain's
// verification on request; the filtered range as CSV (the export is audited). Authorized here.
export default async function AuditLogPage({ searchParams }: Props) {
  const ctx = await pageContext('audit.view', { returnTo: '/staff/audit' });
  const query = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const t = await getTranslations();
  /** A dictionary entry named by stored data (an action, a role), or null when there is none. */
  const known = (key: string) => (t.has(key as Parameters<typeof t>[0]) ? t(key as Parameters<typeof t>[0]) : null);
  /** Stored roles: signatory | member | user | staff:admin+privacy | token:<id> | system:<job> | anonymous. */
  const roleLabel = (stored: string) => {
    const [kind, rest] = [stored.split(':')[0]!, stored.split(':').slice(1).join(':')];
    const head = known(`audit.role.${kind}`) ?? stored;
    if (!rest) return head;
    if (kind === 'staff') return `${head}: ${rest.split('+').map((role) => known(`audit.role.${role}`) ?? role).join(', ')}`;
    return `${head} ${rest}`;
  };
  const parsed = auditFilterSchema.safeParse(query);
  const cursor = auditPageSchema.safeParse(query);
  const errors: Partial<Record<string, string>> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const key = String(issue.path[0] ?? 'from');
    errors[key] ??= isMessageKey(issue.message) ? t(issue.message) : t('validation.invalid');
  }
  const filter: AuditFilter = parsed.success ? parsed.data : {};
  const data = parsed.success ? await listAuditEvents(ctx, { filter, before: cursor.success ? cursor.data.before : undefined }) : null;
  const label = {
    org: t('audit.filter.org'),
    actor: t('audit.filter.actor'),
    action: t('audit.filter.action'),
    from: t('audit.filter.from'),
    to: t('audit.filter.to'),
  };
  const exportQuery = filterQuery(filter);

  return (
    <Page>
      <PageHeader title={t('audit.title')} lead={t('audit.lead')} />
      <div className={styles.stack}>
        <Card title={t('audit.chain.title')}>
          <ClientMessages namespaces={['audit']}>
            <VerifyChainForm />
          </ClientMessages>
        </Card>
        <Card>
          <form method="get" role="search" aria-label={t('audit.filter.title')}>
            <div className={styles.filters}>
              {fields.map((name) => (
                <div key={name}>
                  <label htmlFor={`audit-${name}`}>{label[name]}</label>
                  <input
                    id={`audit-${name}`}
                    name={name}
                    type={name === 'from' || name === 'to' ? 'date' : 'text'}
                    defaultValue={typeof query[name] === 'string' ? query[name] : ''}
                    maxLength={254}
                    aria-invalid={errors[name] ? true : undefined}
                    aria-describedby={errors[name] ? `audit-${name}-error` : undefined}
                  />
                  {errors[name] ? (
                    <p id={`audit-${name}-error`} className={styles.error}>
                      {errors[name]}
                    </p>
                  ) : null}
                </div>
              ))}
            </div>
            <div className={styles.buttons}>
              <button type="submit" className={buttonClass()}>
                {t('audit.filter.submit')}
              </button>
              <Link href="/staff/audit" className={buttonClass({ variant: 'ghost' })}>
                {t('audit.filter.reset')}
              </Link>
              {data ? (
                // A download, not a page: a plain link, so the browser saves the file.
                <a href={`/staff/audit/export${exportQuery ? `?${exportQuery}` : ''}`} className={buttonClass({ variant: 'secondary' })} download>
                  {t('audit.export')}
                </a>
              ) : null}
            </div>
          </form>
        </Card>
        {data ? (
          <Card>
            <DataTable
              caption={t('audit.caption')}
              captionHidden
              plain
              columns={[
                { key: 'seq', label: t('audit.col.seq'), align: 'end' },
                { key: 'at', label: t('audit.col.at') },
                { key: 'actor', label: t('audit.col.actor') },
                { key: 'org', label: t('audit.col.org') },
                { key: 'action', label: t('audit.col.action') },
                { key: 'target', label: t('audit.col.target') },
                { key: 'details', label: t('audit.col.details') },
              ]}
              rows={data.events.map((event) => ({
                key: String(event.seq),
                cells: {
                  seq: event.seq,
                  at: formatDateTime(event.at, ctx.locale, data.timeZone),
                  actor: (
                    <span className={styles.actor}>
                      {event.actorEmail ?? '–'} <span className="muted">({roleLabel(event.actorRole)})</span>
                    </span>
                  ),
                  org: event.orgName ? `${event.orgName} (${event.customerNumber})` : '–',
                  // In words, with the stored name below it (what the filter and the CSV use). The name
                  // breaks only after its dots ("auth." / "sign_in"), never inside a word.
                  action: (
                    <span className={styles.action}>
                      {known(`audit.action.${event.action}`)}
                      <span className={`${styles.mono} muted`}>
                        {event.action.split('.').map((part, i) => (
                          <Fragment key={i}>
                            {i > 0 && <>.<wbr /></>}
                            {part}
                          </Fragment>
                        ))}
                      </span>
                    </span>
                  ),
                  target: event.targetType ? <span className={`${styles.mono} ${styles.id}`}>{`${event.targetType} ${event.targetId ?? ''}`}</span> : '–',
                  details: <span className={styles.details}>{JSON.stringify(event.details)}</span>,
                },
              }))}
              empty={<EmptyState title={t('audit.empty')} />}
            />
            {data.next ? (
              <p>
                <Link href={`/staff/audit?${filterQuery(filter, { before: String(data.next) })}`}>{t('audit.older')}</Link>
              </p>
            ) : null}
          </Card>
        ) : null}
      </div>
    </Page>
  );
}
