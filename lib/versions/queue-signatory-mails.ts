import 'server-only';
import { SQL, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { queryRows } from '@/lib/core/rows';
import { env } from '@/lib/env';
import type { MailParams, QueueableTemplate } from '@/lib/mail/templates';
import { wakeMailWorker } from '@/lib/mail/wake';

/** The organisation of the row being inserted, for parameters that differ per organisation. */
export type OrgColumns = {
  id: SQL;
  legalName: SQL;
  /** APP_URL + `/orgs/<id>` + path: a link into that organisation's part of the portal. */
  url: (path: string) => SQL;
};

/** Each parameter is a value (the same for every mail) or an SQL expression over the organisation. */
type ParamsSql<N extends QueueableTemplate> = { [K in keyof MailParams<N>]: MailParams<N>[K] | SQL };

export type SignatoryMails<N extends QueueableTemplate> = {
  /** Which organisations: a condition over `a` (the active agreement) and `o` (the organisation). */
  orgs: SQL;
  template: N;
  params: (org: OrgColumns) => ParamsSql<N>;
};

/**
 * Queues one mail per signatory of every organisation `orgs` selects, in the caller's transaction,
 * as ONE INSERT ... SELECT: a publish may reach 100,000 organisations, which must not become
 * 100,000 round trips. The rows are the ones queueMail() writes (template, parameters as jsonb,
 * the signatory's language); the text is rendered when each mail is sent, so nothing is templated
 * or escaped in SQL. Returns how many mails were queued.
 */
export async function queueSignatoryMails<N extends QueueableTemplate>(ctx: Ctx<Actor | null>, mails: SignatoryMails<N>): Promise<number> {
  const { mailbox, APP_URL } = env();
  const appUrl = APP_URL.replace(/\/+$/, '');
  const host = new URL(APP_URL).hostname;
  const org: OrgColumns = {
    id: sql`o.id`,
    legalName: sql`o.legal_name`,
    url: (path) => sql`${`${appUrl}/orgs/`} || o.id::text || ${path}`,
  };
  const params = Object.entries(mails.params(org) as Record<string, unknown>).map(([key, value]) =>
    // jsonb_build_object takes "any": a bound value needs its type spelled out, so values go in as jsonb.
    value instanceof SQL ? sql`${key}::text, ${value}` : sql`${key}::text, ${JSON.stringify(value)}::jsonb`,
  );
  const [row] = await queryRows<{ n: number }>(
    ctx.db,
    sql`with inserted as (
      insert into mails ("to", template, locale, params, message_id, state, sent_at)
      select u.email, ${mails.template}, u.locale, jsonb_build_object(${sql.join(params, sql`, `)}),
             '<' || gen_random_uuid()::text || '@' || ${host} || '>',
             ${mailbox ? 'sent' : 'queued'}::delivery_state,
             ${mailbox ? sql`now()` : sql`null`}
        from agreements a
        join organisations o on o.id = a.org_id
        join memberships m on m.org_id = a.org_id and m.role = 'signatory'
        join users u on u.id = m.user_id
       where a.status = 'active' and (${mails.orgs})
      returning 1
    ) select count(*)::int as n from inserted`,
  );
  const count = Number(row?.n ?? 0);
  if (count > 0 && !mailbox) ctx.afterCommit(wakeMailWorker);
  return count;
}
