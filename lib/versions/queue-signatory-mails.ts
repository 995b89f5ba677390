import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { wakeMailWorker } from '@/lib/mail/wake';

type Rendered = { subject: string; text: string; html: string };
/** Renders the mail for one language; orgName and orgId arrive as markers that SQL fills per row. */
type Render = (locale: Locale, vars: { orgName: string; orgId: string }) => Rendered;

// Markers that cannot occur in our own copy; replaced per row inside the INSERT.
const ORG_NAME = '\u0001org-name\u0001';
const ORG_ID = '\u0001org-id\u0001';

/**
 * Queues one mail per signatory of every organisation `orgFilter` selects (`a` = the active
 * agreement, `o` = the organisation), inside the caller's transaction, as ONE INSERT ... SELECT:
 * a publish may reach 100,000 organisations, which must not become 100,000 round trips. The same
 * outbox rows queueMail() writes: queued for the worker, or 'sent' into the development mailbox.
 */
export async function queueSignatoryMails(tx: Tx, orgFilter: SQL, render: Render): Promise<number> {
  const { mailbox, APP_URL } = env();
  const de = render('de', { orgName: ORG_NAME, orgId: ORG_ID });
  const en = render('en', { orgName: ORG_NAME, orgId: ORG_ID });
  const host = new URL(APP_URL).hostname;
  // escapeHtml() in SQL: numeric entities, ampersand first.
  const htmlName = sql`replace(replace(replace(replace(replace(o.legal_name, '&', '&#38;'), '<', '&#60;'), '>', '&#62;'), '"', '&#34;'), '''', '&#39;')`;
  const fill = (de: string, en: string, name: SQL) =>
    sql`replace(replace(case when u.locale = 'en' then ${en} else ${de} end, ${ORG_ID}, o.id::text), ${ORG_NAME}, ${name})`;

  const [row] = await tx
    .execute(
      sql`with inserted as (
        insert into mails ("to", subject, text, html, message_id, state, sent_at)
        select u.email,
               ${fill(de.subject, en.subject, sql`o.legal_name`)},
               ${fill(de.text, en.text, sql`o.legal_name`)},
               ${fill(de.html, en.html, htmlName)},
               '<' || gen_random_uuid()::text || '@' || ${host} || '>',
               ${mailbox ? 'sent' : 'queued'}::delivery_state,
               ${mailbox ? sql`now()` : sql`null`}
          from agreements a
          join organisations o on o.id = a.org_id
          join memberships m on m.org_id = a.org_id and m.role = 'signatory'
          join users u on u.id = m.user_id
         where a.status = 'active' and (${orgFilter})
        returning 1
      ) select count(*)::int as n from inserted`,
    )
    .then((result) => (Array.isArray(result) ? result : ((result as { rows: unknown[] }).rows ?? [])) as { n: number }[]);
  const count = Number(row?.n ?? 0);
  if (count > 0 && !mailbox) wakeMailWorker();
  return count;
}
