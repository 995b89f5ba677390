import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { publicContext } from '@/lib/core/page';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';
import { listMailboxMails, mailboxQuery } from '@/lib/mail/list-mailbox-mails';

export const metadata: Metadata = { title: 'Mailbox', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The development mailbox: exists only while no SMTP server is configured on the embedded demo
 * database (env().mailbox). Everywhere else it is a 404, so it can never expose real mail.
 */
export default async function MailboxPage({ searchParams }: Props) {
  if (!env().mailbox) notFound();
  const query = mailboxQuery.safeParse(await searchParams);
  const to = query.success ? query.data.to : undefined;
  const { t, locale } = await getT();
  const mails = await listMailboxMails(await publicContext(), { to });
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Berlin' });

  return (
    <main id="main" className="page page-narrow">
      <h1>{t('mailbox.title')}</h1>
      <p className="lead">{t('mailbox.intro')}</p>
      <form className="inline-form" role="search">
        <label htmlFor="to">{t('mailbox.filter')}</label>
        <input id="to" name="to" type="search" defaultValue={to ?? ''} maxLength={254} />
        <button className="button button-secondary" type="submit">
          {t('mailbox.apply')}
        </button>
      </form>
      {mails.length === 0 ? (
        <p className="empty-state">{t('mailbox.empty')}</p>
      ) : (
        <ol className="mail-list">
          {mails.map((mail) => (
            <li key={mail.id} className="mail-item">
              <article aria-label={mail.subject}>
                <dl className="mail-head">
                  <dt>{t('mailbox.to')}</dt>
                  <dd data-testid="mail-to">{mail.to}</dd>
                  <dt>{t('mailbox.subject')}</dt>
                  <dd>{mail.subject}</dd>
                  <dt>{t('mailbox.sentAt')}</dt>
                  <dd>{time.format(mail.createdAt)}</dd>
                  {mail.attachment ? (
                    <>
                      <dt>{t('mailbox.attachment')}</dt>
                      <dd>{t('mailbox.attachmentPdf')}</dd>
                    </>
                  ) : null}
                </dl>
                <pre className="mail-body">{linkify(mail.text)}</pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
