import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { Button, ButtonRow } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { SelectField, TextField } from '@/app/_components/ui/field';
import { Page } from '@/app/_components/ui/page-shell';
import { isCalendarDate, localDate } from '@/lib/change-notices/compute-effective-date';
import { pageContext } from '@/lib/core/page';
import { formatDay } from '@/lib/records/build-record-document';
import { getProcessingRecord } from '@/lib/records/get-processing-record';
import styles from './records.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('records.page');
  return { title: t('title') };
}

type Props = { searchParams: Promise<{ day?: string | string[] }> };

// Privacy staff only ('records.export'): the preview reads the same record the export route
// writes, and that route authorizes again (a page check does not cover another URL).
export default async function RecordsPage({ searchParams }: Props) {
  const ctx = await pageContext('records.export', { returnTo: '/staff/records' });
  const t = await getTranslations('records');
  const { day: raw } = await searchParams;
  const today = localDate(ctx.now);
  const asked = typeof raw === 'string' ? raw : undefined;
  const valid = asked === undefined || (isCalendarDate(asked) && asked <= today);
  const day = valid && asked ? asked : today;
  const record = await getProcessingRecord(ctx, { day });
  const locale = ctx.locale;

  return (
    <Page>
      <PageHeader title={t('page.title')} lead={t('page.lead')} />
      <Card as="div">
        <form method="get" action="/staff/records/export" className={styles.form}>
          <TextField type="date" name="day" label={t('page.day')} hint={t('page.dayHint')} defaultValue={day} max={today} errors={valid ? undefined : t('page.invalidDay')} />
          <SelectField
            name="locale"
            label={t('page.language')}
            defaultValue={locale}
            options={[
              { value: 'de', label: t('page.german') },
              { value: 'en', label: t('page.english') },
            ]}
          />
          <ButtonRow>
            <Button type="submit" name="format" value="pdf" variant="primary">
              {t('page.pdf')}
            </Button>
            <Button type="submit" name="format" value="csv" variant="secondary">
              {t('page.csv')}
            </Button>
            <Button type="submit" formAction="/staff/records" variant="ghost">
              {t('page.show')}
            </Button>
          </ButtonRow>
        </form>
      </Card>
      {!valid ? (
        <Callout tone="warning" role="status">
          {t('page.invalidDay')}
        </Callout>
      ) : null}
      <Card title={t('page.summary', { day: formatDay(day, locale) })}>
        <p className={styles.badges}>
          <Badge tone="info">{t('page.controllers', { count: record.controllers.length })}</Badge>
          <Badge tone="info">{t('page.services', { count: record.services.length })}</Badge>
          <Badge tone={record.transfers.length ? 'warning' : 'neutral'}>{t('page.transfers', { count: record.transfers.length })}</Badge>
          {record.toms ? <Badge tone="neutral">{t('page.tomsVersion', { version: record.toms.version })}</Badge> : null}
        </p>
        <ul className={styles.list} data-testid="record-controllers">
          {record.controllers.map((c) => (
            <li key={c.orgId}>
              {c.legalName} <span className={styles.muted}>{c.customerNumber}</span>
            </li>
          ))}
        </ul>
      </Card>
    </Page>
  );
}
