import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Badge, type Tone } from '@/app/_components/ui/badge';
import { Button, ButtonRow, buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { RowLink } from '@/app/_components/ui/row-link';
import { Tabs } from '@/app/_components/ui/tabs';
import { env } from '@/lib/env';
import { ClientMessages } from '@/lib/i18n/client-messages';
import styles from './kit.module.css';
import { KitForm } from './kit-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('kit');
  return { title: t('title'), robots: { index: false } };
}

const tones: Tone[] = ['success', 'warning', 'danger', 'info', 'neutral'];
const tabs = ['all', 'current', 'outdated', 'none', 'notEligible', 'archived'] as const;

// Fictitious organisations whose names only sort right in German collation (Ä, Ö next to A, O).
const organisations = [
  { id: 'brauerei', name: 'Brauerei Zoller KG', number: 'K-10010', tone: 'success', status: 'current' },
  { id: 'baeckerei', name: 'Bäckerei Hofmann GmbH & Co. KG', number: 'K-10002', tone: 'warning', status: 'outdated' },
  { id: 'oekostrom', name: 'Ökostrom Nord eG', number: 'K-10100', tone: 'danger', status: 'none' },
  { id: 'apotheke', name: 'Apotheke am Markt', number: 'K-10001', tone: 'success', status: 'current' },
  { id: 'zahnarzt', name: 'Zahnarztpraxis Özdemir', number: 'K-10020', tone: 'neutral', status: 'notEligible' },
] as const;

type Props = { searchParams: Promise<{ tab?: string }> };

/**
 * The UI kit, every component once, in both languages: a reference for whoever builds a page, and
 * what the kit's e2e spec drives. Demo data only; exists only on the embedded demo database.
 */
export default async function KitPage({ searchParams }: Props) {
  if (!env().embedded) notFound();
  const [{ tab = 'all' }, t] = await Promise.all([searchParams, getTranslations('kit')]);
  return (
    <Page>
      <PageHeader eyebrow={t('eyebrow')} title={t('title')} lead={t('lead')} meta={<Badge tone="info">{t('demo')}</Badge>} />
      <div className={styles.sections}>
        <Tabs
          label={t('tabs.label')}
          items={tabs.map((key, i) => ({ href: `/dev/kit?tab=${key}`, label: t(`tabs.${key}`), current: key === tab, count: 12 - 2 * i }))}
        />
        <Card title={t('buttons.title')}>
          <ButtonRow>
            <Button variant="primary">{t('buttons.primary')}</Button>
            <Button variant="secondary">{t('buttons.secondary')}</Button>
            <Button variant="ghost">{t('buttons.ghost')}</Button>
            <Button variant="danger">{t('buttons.danger')}</Button>
            <Link href="/dev/kit" className={buttonClass({ variant: 'secondary', size: 'small' })}>
              {t('buttons.link')}
            </Link>
          </ButtonRow>
        </Card>
        <Card title={t('badges.title')}>
          <div className={styles.row}>
            {tones.map((tone) => (
              <Badge key={tone} tone={tone}>
                {t(`tones.${tone}`)}
              </Badge>
            ))}
          </div>
        </Card>
        <Card title={t('callouts.title')}>
          <div className={styles.callouts}>
            {tones.map((tone) => (
              <Callout key={tone} tone={tone} title={t(`tones.${tone}`)}>
                {t(`callouts.${tone}`)}
              </Callout>
            ))}
          </div>
        </Card>
        <Card title={t('form.title')}>
          <p>{t('form.lead')}</p>
          <ClientMessages namespaces={['kit']}>
            <KitForm />
          </ClientMessages>
        </Card>
        <Card title={t('table.title')}>
          <DataTable
            caption={t('table.caption')}
            captionHidden
            plain
            linkedRows
            columns={[
              { key: 'name', label: t('table.name'), sortable: true },
              { key: 'number', label: t('table.number'), sortable: true },
              { key: 'status', label: t('table.status') },
            ]}
            rows={organisations.map((org) => ({
              key: org.id,
              cells: {
                name: <RowLink href={`/dev/kit?tab=${org.status}`}>{org.name}</RowLink>,
                number: org.number,
                status: <Badge tone={org.tone}>{t(`tabs.${org.status}`)}</Badge>,
              },
              sort: { name: org.name, number: org.number },
            }))}
          />
        </Card>
        <Card title={t('empty.title')}>
          <EmptyState title={t('empty.heading')} action={<Link href="/dev/kit" className={buttonClass({ variant: 'secondary' })}>{t('empty.action')}</Link>}>
            {t('empty.body')}
          </EmptyState>
        </Card>
      </div>
    </Page>
  );
}
