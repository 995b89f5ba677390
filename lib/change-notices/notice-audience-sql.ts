import 'server-only';
import { sql, type SQL } from 'drizzle-orm';

// Who a change notice reaches, as SQL fragments shared by the preview (counts) and the announce
// (INSERT ... SELECT): the preview can never promise a different audience than the fan-out writes.

/**
 * Organisations affected by a change notice: an ACTIVE agreement and an active contract for one
 * of the notice's services. Yields one column, org_id.
 */
export function affectedOrganisationsSql(changeNoticeId: string): SQL {
  return sql`
    select o.id as org_id
    from organisations o
    where exists (select 1 from agreements a where a.org_id = o.id and a.status = 'active')
      and exists (
        select 1 from contracts c
        join change_notice_services cns on cns.service_id = c.service_id
        where c.org_id = o.id and c.status = 'active' and cns.change_notice_id = ${changeNoticeId}
      )`;
}

/**
 * Recipients of the organisations in `orgIds` (a query yielding org_id): the signatories' user
 * addresses and the CONFIRMED notice contacts, one row per organisation and address compared
 * case-insensitively. A signatory's own language wins over a contact row for the same address.
 * Yields org_id, email, locale.
 */
export function recipientsSql(orgIds: SQL): SQL {
  return sql`
    select distinct on (r.org_id, lower(r.email)) r.org_id, r.email, r.locale
    from (
      select m.org_id, u.email, u.locale, 0 as preference
      from memberships m
      join users u on u.id = m.user_id
      where m.role = 'signatory' and m.org_id in (${orgIds})
      union all
      select c.org_id, c.email, c.locale, 1 as preference
      from contacts c
      where c.kind = 'notice' and c.confirmed_at is not null and c.org_id in (${orgIds})
    ) r
    order by r.org_id, lower(r.email), r.preference`;
}
