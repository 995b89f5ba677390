import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDateTime } from '@/app/_components/format';
import { InfoIcon } from '@/app/_components/icons';
import { PageHeader } from '@/app/_components/page-header';
import { Badge, type Tone } from '@/app/_components/status-badge';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import type { Translate } from '@/lib/i18n/translate';
import type { Locale } from '@/lib/i18n/config';
import { getSubscriptions, type Subscriptions } from '@/lib/subscriptions/get-subscriptions';
import { AddContactForm, AddWebhookForm, FeedTokenForm, RemoveButton } from './subscription-forms';
import { webhookErrorMessageKey } from '@/lib/change-notices/webhook-errors';

type Props = { params: Promise<{ orgId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('subscriptions.title') };
}

const stateTone: Record<string, Tone> = { sent: 'success', queued: 'warning', sending: 'info', failed: 'danger', bounced: 'danger' };

// Signatories manage, members and staff read. The forms are only rendered for those who may use
// them; the actions check 'subscriptions.manage' themselves all the same.
export default async function SubscriptionsPage({ params }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('subscriptions.view', { orgId, returnTo: `/orgs/${orgId}/subscriptions` });
  const data = await getSubscriptions(ctx, { orgId });
  if (!data) notFound();
  const { t, locale } = await getT();
  const { canManage } = data;

  return (
    <main id="main" className="page">
      <PageHeader eyebrow={data.org.legalName} title={t('subscriptions.title')} lead={t('subscriptions.lead')} />
      {canManage ? null : (
        <p className="notice notice-info">
          <InfoIcon /> {data.readOnly === 'staff' ? t('subscriptions.staffView') : t('subscriptions.readOnly')}
        </p>
      )}
      <div className="subscriptions-grid">
        <ContactsCard data={data} canManage={canManage} t={t} locale={locale} />
        <FeedsCard data={data} canManage={canManage} t={t} />
        <WebhooksCard data={data} canManage={canManage} t={t} locale={locale} />
      </div>
    </main>
  );
}

type CardProps = { data: Subscriptions; canManage: boolean; t: Translate; locale: Locale };

function ContactsCard({ data, canManage, t, locale }: CardProps) {
  return (
    <section className="card card-wide" aria-labelledby="contacts-title">
      <div className="card-header">
        <h2 id="contacts-title">{t('subscriptions.contacts.title')}</h2>
      </div>
      <p className="field-hint">{t('subscriptions.contacts.hint')}</p>
      {data.contacts.length === 0 ? (
        <p className="muted">{t('subscriptions.contacts.empty')}</p>
      ) : (
        <table className="table table-stack">
          <thead>
            <tr>
              <th scope="col">{t('subscriptions.contacts.col.contact')}</th>
              <th scope="col">{t('subscriptions.contacts.col.language')}</th>
              <th scope="col">{t('subscriptions.contacts.col.state')}</th>
              {canManage ? (
                <th scope="col">
                  <span className="visually-hidden">{t('subscriptions.contacts.remove')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {data.contacts.map((c) => (
              <tr key={c.id}>
                <th scope="row" data-label={t('subscriptions.contacts.col.contact')}>
                  <span className="cell-stack">
                    <span className="person-name">{c.name ?? c.email}</span>
                    {c.name ? <span className="person-meta">{c.email}</span> : null}
                  </span>
                </th>
                <td data-label={t('subscriptions.contacts.col.language')}>{t(`subscriptions.locale.${c.locale}`)}</td>
                <td data-label={t('subscriptions.contacts.col.state')}>
                  {c.confirmedAt ? (
                    <span className="cell-stack">
                      <Badge tone="success">{t('subscriptions.contacts.confirmed')}</Badge>
                      <span className="muted small">
                        {t('subscriptions.contacts.confirmedAt', { date: formatDateTime(c.confirmedAt, locale) })}
                      </span>
                    </span>
                  ) : (
                    <Badge tone="warning">{t('subscriptions.contacts.pending')}</Badge>
                  )}
                </td>
                {canManage ? (
                  <td>
                    <RemoveButton
                      kind="contact"
                      orgId={data.org.id}
                      targetId={c.id}
                      label={t('subscriptions.contacts.remove')}
                      ariaLabel={t('subscriptions.contacts.removeLabel', { email: c.email })}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage ? (
        <>
          <h3 className="card-subtitle">{t('subscriptions.contact.add')}</h3>
          <AddContactForm
            orgId={data.org.id}
            labels={{
              email: t('subscriptions.contact.email'),
              name: t('subscriptions.contact.name'),
              locale: t('subscriptions.contact.locale'),
              de: t('subscriptions.locale.de'),
              en: t('subscriptions.locale.en'),
              submit: t('subscriptions.contact.add'),
              pending: t('subscriptions.contact.adding'),
              added: t('subscriptions.contact.added'),
            }}
          />
        </>
      ) : null}
    </section>
  );
}

function FeedsCard({ data, canManage, t }: Omit<CardProps, 'locale'>) {
  return (
    <section className="card" aria-labelledby="feeds-title">
      <div className="card-header">
        <h2 id="feeds-title">{t('feeds.title')}</h2>
      </div>
      <p>{t('feeds.hint')}</p>
      <p className="muted">{data.org.hasFeed ? t('feeds.active') : t('feeds.none')}</p>
      {canManage ? (
        <FeedTokenForm
          orgId={data.org.id}
          hasFeed={data.org.hasFeed}
          labels={{
            generate: t('feeds.generate'),
            rotate: t('feeds.rotate'),
            pending: t('feeds.generating'),
            shownOnce: t('feeds.shownOnce'),
            atom: t('feeds.atom'),
            calendar: t('feeds.calendar'),
            english: t('feeds.english'),
          }}
        />
      ) : null}
    </section>
  );
}

function WebhooksCard({ data, canManage, t, locale }: CardProps) {
  return (
    <section className="card card-wide" aria-labelledby="webhooks-title">
      <div className="card-header">
        <h2 id="webhooks-title">{t('subscriptions.webhooks.title')}</h2>
      </div>
      <p className="field-hint">{t('subscriptions.webhooks.hint')}</p>
      {data.webhooks.length === 0 ? <p className="muted">{t('subscriptions.webhooks.empty')}</p> : null}
      {data.webhooks.map((hook) => (
        <article key={hook.id} className="webhook-item" aria-label={hook.url}>
          <div className="webhook-head">
            <p>
              <code className="hash-value">{hook.url}</code>
              <br />
              <span className="muted small">{t('subscriptions.webhooks.since', { date: formatDateTime(hook.createdAt, locale) })}</span>
            </p>
            {canManage ? (
              <RemoveButton
                kind="webhook"
                orgId={data.org.id}
                targetId={hook.id}
                label={t('subscriptions.webhooks.remove')}
                ariaLabel={t('subscriptions.webhooks.removeLabel', { url: hook.url })}
              />
            ) : null}
          </div>
          <h3 className="card-subtitle">{t('subscriptions.webhooks.log')}</h3>
          {hook.log.length === 0 ? (
            <p className="muted">{t('subscriptions.webhooks.logEmpty')}</p>
          ) : (
            <table className="table table-stack">
              <thead>
                <tr>
                  <th scope="col">{t('subscriptions.webhooks.col.event')}</th>
                  <th scope="col">{t('subscriptions.webhooks.col.state')}</th>
                  <th scope="col">{t('subscriptions.webhooks.col.response')}</th>
                  <th scope="col">{t('subscriptions.webhooks.col.attempts')}</th>
                  <th scope="col">{t('subscriptions.webhooks.col.time')}</th>
                </tr>
              </thead>
              <tbody>
                {hook.log.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row" data-label={t('subscriptions.webhooks.col.event')}>
                      <span className="cell-stack">
                        <span className="mono small">{entry.event}</span>
                        {entry.title ? <span className="person-meta">{entry.title[locale]}</span> : null}
                      </span>
                    </th>
                    <td data-label={t('subscriptions.webhooks.col.state')}>
                      <Badge tone={stateTone[entry.state] ?? 'neutral'}>
                        {t(`notices.deliveries.state.${entry.state as 'sent'}`)}
                      </Badge>
                    </td>
                    <td data-label={t('subscriptions.webhooks.col.response')}>
                      <span className="cell-stack">
                        <span>{entry.responseStatus ?? '–'}</span>
                        {entry.lastError ? <span className="muted small">{t(webhookErrorMessageKey(entry.lastError))}</span> : null}
                      </span>
                    </td>
                    <td data-label={t('subscriptions.webhooks.col.attempts')}>{entry.attempts}</td>
                    <td data-label={t('subscriptions.webhooks.col.time')}>
                      {formatDateTime(entry.sentAt ?? entry.createdAt, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      ))}
      {canManage ? (
        <>
          <h3 className="card-subtitle">{t('subscriptions.webhook.add')}</h3>
          <AddWebhookForm
            orgId={data.org.id}
            labels={{
              url: t('subscriptions.webhook.url'),
              hint: t('subscriptions.webhook.urlHint'),
              submit: t('subscriptions.webhook.add'),
              pending: t('subscriptions.webhook.adding'),
              added: t('subscriptions.webhook.added'),
            }}
          />
        </>
      ) : null}
    </section>
  );
}
