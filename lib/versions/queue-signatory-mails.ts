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
 * Queues one mail per signatory and confirmed notice contact of every organisation `orgs` selects, in the caller's transaction,
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
      insert into mails ("to", template, locale, params, unsubscribe_contact_id, message_id, state, sent_at)
      select u.email, ${mails.template}, u.locale, jsonb_build_object(${sql.join(params, sql`, `)}), u.contact_id,
             '<' || gen_random_uuid()::text || '@' || ${host} || '>',
             ${mailbox ? 'sent' : 'queued'}::delivery_state,
             ${mailbox ? sql`now()` : sql`null`}
        from agreements a
        join organisations o on o.id = a.org_id
        -- Issue 13: signatories AND confirmed notice contacts (e.g. the external DPO), one mail
        -- per address; a signatory's own language wins over a contact row for the same address.
        -- A contact's mail carries its List-Unsubscribe headers (unsubscribe_contact_id, issue 12).
        join lateral (
          select distinct on (lower(r.email)) r.email, r.locale, r.contact_id
            from (
              select u.email, u.locale, null::uuid as contact_id, 0 as preference
                from memberships m join users u on u.id = m.user_id
               where m.org_id = a.org_id and m.role = 'signatory'
              union all
              select c.email, c.locale, c.id, 1 as preference
                from contacts c
               where c.org_id = a.org_id and c.kind = 'notice' and c.confirmed_at is not null
            ) r
           order by lower(r.email), r.preference
        ) u on true
       where a.status = 'active' and (${mails.orgs})
      returning 1
    ) select count(*)::int as n from inserted`,
  );
  const count = Number(row?.n ?? 0);
  if (count > 0 && !mailbox) ctx.afterCommit(wakeMailWorker);
  return count;
}

/**
 * Issue 13: a new DPA or TOMs version reaches the organisations' webhooks too, not only mailboxes.
 * One webhook delivery per active webhook of every organisation `orgs` selects (with an active
 * agreement), in the caller's transaction, set-based; the webhook worker sends and retries them.
 */
export async function queueVersionWebhooks(
  ctx: Ctx<Actor | null>,
  input: { orgs: SQL; event: string; payload: (org: OrgColumns) => Record<string, unknown | SQL> },
): Promise<number> {
  const appUrl = env().APP_URL.replace(/\/+$/, '');
  const org: OrgColumns = {
    id: sql`o.id`,
    legalName: sql`o.legal_name`,
    url: (path) => sql`${`${appUrl}/orgs/`} || o.id::text || ${path}`,
  };
  const fields = Object.entries(input.payload(org)).map(([key, value]) =>
    value instanceof SQL ? sql`${key}::text, ${value}` : sql`${key}::text, ${JSON.stringify(value)}::jsonb`,
  );
  const [row] = await queryRows<{ n: number }>(
    ctx.db,
    sql`with inserted as (
      insert into webhook_deliveries (webhook_id, notice_id, event, payload)
      select w.id, null, ${input.event}, jsonb_build_object(${sql.join(fields, sql`, `)}, 'orgId', o.id)
        from agreements a
        join organisations o on o.id = a.org_id
        join webhooks w on w.org_id = a.org_id and w.active
       where a.status = 'active' and (${input.orgs})
      returning 1
    ) select count(*)::int as n from inserted`,
  );
  return Number(row?.n ?? 0);
}
