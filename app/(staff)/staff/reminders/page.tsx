import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { listReminders, remindersQuerySchema } from '@/lib/reminders/list-reminders';
import styles from './reminders.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('lifecycle.reminders');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// GET /staff/reminders - who was reminded to sign the DPA, when and why (issue 11), filtered by
// customer number and keyset-paged newest first. Staff only; authorized here and in listReminders.
export default async function RemindersPage({ searchParams }: Props) {
  const ctx = await pageContext('reminders.view', { returnTo: '/staff/reminders' });
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = remindersQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : { org: undefined, before: undefined };
  const data = await listReminders(ctx, query);
  const t = await getTranslations('lifecycle.reminders');
  const tAll = await getTranslations();
  const orgError = parsed.error?.issues.some((i) => i.path[0] === 'org');
  const nextQuery = (before: string) => new URLSearchParams({ ...(query.org ? { org: query.org } : {}), before }).toString();

  return (
    <Page>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className={styles.stack}>
        <Card>
          <form method="get" role="search" aria-label={t('filterTitle')} className={styles.filter}>
            <div>
              <label htmlFor="reminders-org">{t('filter')}</label>
              <input
                id="reminders-org"
                name="org"
                defaultValue={typeof raw.org === 'string' ? raw.org : ''}
                maxLength={50}
                aria-invalid={orgError ? true : undefined}
                aria-describedby={orgError ? 'reminders-org-error' : undefined}
              />
              {orgError ? (
                <p id="reminders-org-error" className={styles.error}>
                  {tAll('validation.tooLong')}
                </p>
              ) : null}
            </div>
            <button type="submit" className={buttonClass()}>
              {t('submit')}
            </button>
            <Link href="/staff/reminders" className={buttonClass({ variant: 'ghost' })}>
              {t('reset')}
            </Link>
          </form>
        </Card>
        <Card>
          <DataTable
            caption={t('caption')}
            captionHidden
            columns={[
              { key: 'sentAt', label: t('col.sentAt') },
              { key: 'org', label: t('col.org') },
              { key: 'reason', label: t('col.reason') },
              { key: 'step', label: t('col.step') },
              { key: 'recipients', label: t('col.recipients'), align: 'end' },
            ]}
            rowHeader={false}
            rows={data.reminders.map((r) => ({
              key: r.id,
              cells: {
                sentAt: formatDateTime(r.sentAt, ctx.locale, data.timeZone),
                org: (
                  <Link href={`/staff/support/${r.orgId}`}>
                    {r.legalName} <span className={styles.mono}>({r.customerNumber})</span>
                  </Link>
                ),
                reason: <Badge tone={r.reason === 'none' ? 'danger' : 'warning'}>{t(`reason.${r.reason}`)}</Badge>,
                step: t('step', { days: r.afterDays, since: formatDay(r.eligibleSince, ctx.locale) }),
                recipients: r.recipients,
              },
            }))}
            empty={<EmptyState title={t('empty')} />}
          />
          {data.next ? (
            <p>
              <Link href={`/staff/reminders?${nextQuery(data.next)}`}>{t('older')}</Link>
            </p>
          ) : null}
        </Card>
      </div>
    </Page>
  );
}
