import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formatDateTime, formatDay } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge, type Tone } from '@/app/_components/ui/badge';
import { buttonClass, ButtonRow } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { listAgreements, type AgreementHistory } from '@/lib/agreements/list-agreements';
import { pageContext } from '@/lib/core/page';
import type { Locale } from '@/lib/i18n/config';
import { Facts } from '../_components/facts';
import styles from './agreements.module.css';

type Props = { params: Promise<{ orgId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('lifecycle.history');
  return { title: t('title') };
}

const statusTone: Record<AgreementHistory['agreements'][number]['status'], Tone> = { active: 'success', superseded: 'neutral', terminated: 'warning' };

// GET /orgs/:orgId/agreements - every agreement the organisation ever had (active, superseded,
// terminated) with its PDF, and for a terminated one the deletion/return duties with their
// deadlines (issue 11). Authorized here; listAgreements checks again and scopes by organisation.
export default async function AgreementHistoryPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('dpa.review', { orgId, returnTo: `/orgs/${orgId}/agreements` });
  const history = await listAgreements(ctx, { orgId });
  if (!history) notFound();
  const t = await getTranslations('lifecycle.history');

  return (
    <Page>
      <PageHeader
        eyebrow={`${history.org.legalName} · ${history.org.customerNumber}`}
        title={t('title')}
        lead={t('lead')}
        actions={
          <Link href={`/orgs/${orgId}/dpa`} className={buttonClass({ variant: 'ghost' })}>
            {t('toDpa')}
          </Link>
        }
      />
      {history.agreements.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ol className={styles.list} aria-label={t('title')}>
          {history.agreements.map((agreement) => (
            <li key={agreement.id}>
              <AgreementCard orgId={orgId} agreement={agreement} locale={ctx.locale} timeZone={history.timeZone} />
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}

type CardProps = { orgId: string; agreement: AgreementHistory['agreements'][number]; locale: Locale; timeZone: string };

async function AgreementCard({ orgId, agreement, locale, timeZone }: CardProps) {
  const t = await getTranslations('lifecycle.history');
  const when = (value: Date) => formatDateTime(value, locale, timeZone);
  return (
    <Card title={t('version', { version: agreement.version })} aside={<Badge tone={statusTone[agreement.status]}>{t(`status.${agreement.status}`)}</Badge>}>
      <Facts
        items={[
          { label: t('signedAt'), value: when(agreement.signedAt) },
          { label: t('signedBy'), value: `${agreement.signerName}, ${agreement.signerPosition}` },
          agreement.supersededAt ? { label: t('supersededAt'), value: when(agreement.supersededAt) } : null,
          agreement.terminatedAt ? { label: t('terminatedAt'), value: when(agreement.terminatedAt) } : null,
        ]}
      />
      {agreement.exit ? <ExitDuties exit={agreement.exit} locale={locale} /> : null}
      <ButtonRow>
        {agreement.hasPdf ? (
          <a href={`/api/orgs/${orgId}/agreements/${agreement.id}/pdf`} className={buttonClass({ variant: 'secondary' })} download>
            {t('pdf', { version: agreement.version })}
          </a>
        ) : (
          <span className="muted">{t('noPdf')}</span>
        )}
      </ButtonRow>
    </Card>
  );
}

async function ExitDuties({ exit, locale }: { exit: NonNullable<CardProps['agreement']['exit']>; locale: Locale }) {
  const t = await getTranslations('lifecycle.history');
  return (
    <section className={styles.duties} aria-label={t('duties.title')}>
      <h3>{t('duties.title')}</h3>
      <p>{t('duties.lead', { endedOn: formatDay(exit.endedOn, locale) })}</p>
      {exit.deadlines.length === 0 ? (
        <Callout tone="info">{t('duties.noDeadlines')}</Callout>
      ) : (
        <ul className={styles.deadlines}>
          {exit.deadlines.map((d) => (
            <li key={d.duty} data-duty={d.duty}>
              <strong>{t(`duties.${d.duty}`)}</strong>{' '}
              <span>{t('duties.due', { date: formatDay(d.due, locale) })}</span>{' '}
              <Badge tone={d.passed ? 'neutral' : 'info'}>{d.passed ? t('duties.passed') : t('duties.open')}</Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
