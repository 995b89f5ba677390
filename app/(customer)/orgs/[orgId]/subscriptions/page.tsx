import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge, type Tone } from '@/app/_components/ui/badge';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { DataTable } from '@/app/_components/ui/data-table';
import { Page } from '@/app/_components/ui/page-shell';
import { webhookErrorMessageKey } from '@/lib/change-notices/webhook-errors';
import { pageContext } from '@/lib/core/page';
import type { Locale } from '@/lib/i18n/config';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getSubscriptions, type Subscriptions } from '@/lib/subscriptions/get-subscriptions';
import { AddContactForm, AddWebhookForm, FeedTokenForm, RemoveButton } from './subscription-forms';
import styles from './subscriptions.module.css';

type Props = { params: Promise<{ orgId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('subscriptions');
  return { title: t('title') };
}

const stateTone: Record<string, Tone> = { sent: 'success', queued: 'warning', sending: 'info', failed: 'danger', bounced: 'danger' };

// Signatories manage, members and staff read. The forms are only rendered for those who may use
// them; the actions check 'subscriptions.manage' themselves all the same.
export default async function SubscriptionsPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('subscriptions.view', { orgId, returnTo: `/orgs/${orgId}/subscriptions` });
  const data = await getSubscriptions(ctx, { orgId });
  if (!data) notFound();
  const [t, locale] = await Promise.all([getTranslations('subscriptions'), getLocale()]);
  const { canManage } = data;

  return (
    <Page>
      <PageHeader eyebrow={data.org.legalName} title={t('title')} lead={t('lead')} />
      {canManage ? null : <Callout tone="info">{data.readOnly === 'staff' ? t('staffView') : t('readOnly')}</Callout>}
      <ClientMessages namespaces={['subscriptions', 'feeds']}>
        <div className={styles.stack}>
          <ContactsCard data={data} canManage={canManage} locale={locale} />
          <FeedsCard data={data} canManage={canManage} />
          <WebhooksCard data={data} canManage={canManage} locale={locale} />
        </div>
      </ClientMessages>
    </Page>
  );
}

type CardProps = { data: Subscriptions; canManage: boolean; locale: Locale };

async function ContactsCard({ data, canManage, locale }: CardProps) {
  const t = await getTranslations('subscriptions');
  return (
    <Card title={t('contacts.title')}>
      <p className={styles.hint}>{t('contacts.hint')}</p>
      <DataTable
        caption={t('contacts.title')}
        captionHidden
        plain
        columns={[
          { key: 'contact', label: t('contacts.col.contact') },
          { key: 'language', label: t('contacts.col.language') },
          { key: 'state', label: t('contacts.col.state') },
          ...(canManage ? [{ key: 'remove', label: t('contacts.remove') }] : []),
        ]}
        rows={data.contacts.map((c) => ({
          key: c.id,
          cells: {
            contact: (
              <span className={styles.cell}>
                <span>{c.name ?? c.email}</span>
                {c.name ? <span className={styles.small}>{c.email}</span> : null}
              </span>
            ),
            language: t(`locale.${c.locale}`),
            state: c.confirmedAt ? (
              <span className={styles.cell}>
                <Badge tone="success">{t('contacts.confirmed')}</Badge>
                <span className={styles.small}>{t('contacts.confirmedAt', { date: formatDateTime(c.confirmedAt, locale) })}</span>
              </span>
            ) : (
              <Badge tone="warning">{t('contacts.pending')}</Badge>
            ),
            remove: canManage ? <RemoveButton kind="contact" orgId={data.org.id} targetId={c.id} label={t('contacts.removeLabel', { email: c.email })} /> : null,
          },
        }))}
        empty={<p className="muted">{t('contacts.empty')}</p>}
      />
      {canManage ? (
        <>
          <h3 className={styles.subtitle}>{t('contact.add')}</h3>
          <AddContactForm orgId={data.org.id} />
        </>
      ) : null}
    </Card>
  );
}

async function FeedsCard({ data, canManage }: Omit<CardProps, 'locale'>) {
  const t = await getTranslations('feeds');
  return (
    <Card title={t('title')}>
      <p>{t('hint')}</p>
      <p className="muted">{data.org.hasFeed ? t('active') : t('none')}</p>
      {canManage ? <FeedTokenForm orgId={data.org.id} hasFeed={data.org.hasFeed} /> : null}
    </Card>
  );
}

async function WebhooksCard({ data, canManage, locale }: CardProps) {
  const [t, tAll] = await Promise.all([getTranslations('subscriptions'), getTranslations()]);
  return (
    <Card title={t('webhooks.title')}>
      <p className={styles.hint}>{t('webhooks.hint')}</p>
      {data.webhooks.length === 0 ? <p className="muted">{t('webhooks.empty')}</p> : null}
      {data.webhooks.map((hook) => (
        <article key={hook.id} className={styles.webhook} aria-label={hook.url}>
          <div className={styles.webhookHead}>
            <p>
              <code className={styles.url}>{hook.url}</code>
              <br />
              <span className={styles.small}>{t('webhooks.since', { date: formatDateTime(hook.createdAt, locale) })}</span>
            </p>
            {canManage ? <RemoveButton kind="webhook" orgId={data.org.id} targetId={hook.id} label={t('webhooks.removeLabel', { url: hook.url })} /> : null}
          </div>
          <h3 className={styles.subtitle}>{t('webhooks.log')}</h3>
          <DataTable
            caption={t('webhooks.log')}
            captionHidden
            plain
            columns={[
              { key: 'event', label: t('webhooks.col.event') },
              { key: 'state', label: t('webhooks.col.state') },
              { key: 'response', label: t('webhooks.col.response') },
              { key: 'attempts', label: t('webhooks.col.attempts'), align: 'end' },
              { key: 'time', label: t('webhooks.col.time') },
            ]}
            rows={hook.log.map((entry) => ({
              key: entry.id,
              cells: {
                event: (
                  <span className={styles.cell}>
                    <span className="mono">{entry.event}</span>
                    {entry.title ? <span className={styles.small}>{entry.title[locale]}</span> : null}
                  </span>
                ),
                state: <Badge tone={stateTone[entry.state] ?? 'neutral'}>{tAll(`notices.deliveries.state.${entry.state as 'sent'}`)}</Badge>,
                response: (
                  <span className={styles.cell}>
                    <span>{entry.responseStatus ?? '–'}</span>
                    {entry.lastError ? <span className={styles.small}>{tAll(webhookErrorMessageKey(entry.lastError))}</span> : null}
                  </span>
                ),
                attempts: entry.attempts,
                time: formatDateTime(entry.sentAt ?? entry.createdAt, locale),
              },
            }))}
            empty={<p className="muted">{t('webhooks.logEmpty')}</p>}
          />
        </article>
      ))}
      {canManage ? (
        <>
          <h3 className={styles.subtitle}>{t('webhook.add')}</h3>
          <AddWebhookForm orgId={data.org.id} />
        </>
      ) : null}
    </Card>
  );
}
