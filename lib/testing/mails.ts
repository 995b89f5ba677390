import { asc, desc, eq, sql as dsql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mails } from '@/db/schema';
import { renderMail } from '@/lib/mail/templates';

// Mails as their recipients read them: the mails table keeps template, language and parameters,
// and the text exists only once rendered (lib/mail/templates), the same way the sender renders it.

export type TestMail = {
  to: string;
  template: string;
  locale: string;
  state: string;
  subject: string;
  text: string;
  html: string | null;
  params: Record<string, unknown>;
};

/** The mails to `to` (case-insensitive) or matching `where`, newest first, rendered. */
export async function renderedMails(filter: { to?: string; where?: SQL; oldestFirst?: boolean } = {}): Promise<TestMail[]> {
  const rows = await getDb()
    .select()
    .from(mails)
    .where(filter.to ? eq(dsql`lower(${mails.to})`, filter.to.toLowerCase()) : filter.where)
    .orderBy(filter.oldestFirst ? asc(mails.createdAt) : desc(mails.createdAt), asc(mails.id));
  return rows.map((row) => {
    const rendered = renderMail(row.template, row.locale, row.params);
    return {
      to: row.to,
      template: row.template,
      locale: row.locale,
      state: row.state,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html ?? null,
      params: row.params,
    };
  });
}

/** The newest mail to `to`, rendered; fails the test when there is none. */
export async function latestMailTo(to: string): Promise<TestMail> {
  const [mail] = await renderedMails({ to });
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}
