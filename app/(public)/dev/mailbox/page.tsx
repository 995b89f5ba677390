import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Button } from '@/app/_components/ui/button';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { TextField } from '@/app/_components/ui/field';
import { Page } from '@/app/_components/ui/page-shell';
import { publicContext } from '@/lib/core/page';
import { env } from '@/lib/env';
import { listMailboxMails, mailboxQuery } from '@/lib/mail/list-mailbox-mails';
import styles from './mailbox.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mailbox');
  return { title: t('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The development mailbox: exists only while no SMTP server is configured on the embedded demo
 * database (env().mailbox). Everywhere else it is a 404, so it can never expose real mail.
 */
export default async function MailboxPage({ searchParams }: Props) {
  if (!env().mailbox) notFound();
  const query = mailboxQuery.safeParse(await searchParams);
  const to = query.success ? query.data.to : undefined;
  const [t, locale, mails] = await Promise.all([getTranslations('mailbox'), getLocale(), publicContext().then((ctx) => listMailboxMails(ctx, { to }))]);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Berlin' });

  return (
    <Page width="narrow">
      <PageHeader title={t('title')} lead={t('intro')} />
      <form className={styles.filter} role="search">
        <TextField name="to" type="search" label={t('filter')} defaultValue={to ?? ''} maxLength={254} className={styles.filterField} />
        <Button type="submit" variant="secondary">
          {t('apply')}
        </Button>
      </form>
      {mails.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ol className={styles.list}>
          {mails.map((mail) => (
            <li key={mail.id} className={styles.mail}>
              <article aria-label={mail.subject}>
                <dl className={styles.head}>
                  <dt>{t('to')}</dt>
                  <dd data-testid="mail-to">{mail.to}</dd>
                  <dt>{t('subject')}</dt>
                  <dd>{mail.subject}</dd>
                  <dt>{t('sentAt')}</dt>
                  <dd>{time.format(mail.createdAt)}</dd>
                  {mail.attachment ? (
                    <>
                      <dt>{t('attachment')}</dt>
                      <dd>{t('attachmentPdf')}</dd>
                    </>
                  ) : null}
                </dl>
                <pre className={styles.body}>{linkify(mail.text)}</pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </Page>
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
