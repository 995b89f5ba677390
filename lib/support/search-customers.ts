import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { agreements, contacts, dpaTemplateVersions, memberships, organisations, phoneNumbers, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import type { DpaStatus } from '@/lib/dpa/dpa-status';
import { looksLikePhone, normalizePhone } from '@/lib/phone/normalize-phone';
import type { SupportLevel } from './decide-support-level';
import { fullSupportSql, serviceContractSql } from './support-level';

export const supportSearchPageSize = 20;
/** Candidates per search branch: ten pages. Beyond that the agent refines the search. */
export const searchCandidateCap = 200;

/** Lenient on purpose: the input comes from a shareable URL (and from every keystroke). */
export const searchCustomersInput = z.object({
  q: z
    .string()
    .transform((s) => s.trim().replace(/\s+/g, ' ').slice(0, 120))
    .catch(''),
  page: z.coerce.number().int().min(1).max(50).catch(1),
});
export type SearchCustomersInput = z.output<typeof searchCustomersInput>;

export type CustomerHit = {
  id: string;
  customerNumber: string;
  legalName: string;
  city: string;
  status: DpaStatus;
  supportLevel: SupportLevel;
  serviceContract: boolean;
  /** What matched: the customer number, the name, an e-mail, a contact person or a phone number. */
  matchedBy: 'customer_number' | 'name' | 'email' | 'contact' | 'phone';
};

function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Candidate organisations with a score, one index-backed branch per way of finding a customer:
 * phone (E.164 equality), customer number (exact, then prefix), name (trigram word similarity for
 * typos, or a substring), e-mail and contact person (trigram-indexed substring or similarity).
 * Each branch is cheap on its own index; the union is ranked and paged once. There is deliberately
 * no count over all organisations: the page asks for one row more than it shows to know whether a
 * next page exists (issue 10: per-status counts before paging did not hold at 100,000 organisations).
 */
function candidates(q: string): SQL {
  const lq = q.toLowerCase();
  const like = `%${escapeLike(lq)}%`;
  const branches: SQL[] = [];
  const phone = looksLikePhone(q) ? normalizePhone(q) : null;
  if (phone) {
    branches.push(sql`select ${phoneNumbers.orgId} as org_id, 1.0::real as score, 'phone' as matched_by
      from ${phoneNumbers} where ${phoneNumbers.normalized} = ${phone}`);
  }
  branches.push(sql`select id as org_id, 1.0::real as score, 'customer_number' as matched_by
    from ${organisations} where lower(customer_number) = ${lq}`);
  branches.push(sql`(select id, 0.9::real, 'customer_number'
    from ${organisations} where lower(customer_number) like ${`${escapeLike(lq)}%`} limit ${searchCandidateCap})`);
  if (lq.length >= 3 && !phone) {
    // Names: nearest first from the GiST trigram index (`<<->` is 1 − word similarity), at most
    // `searchCandidateCap` per branch. At 100,000 organisations a common name matches thousands of rows;
    // ranking all of them cost a sequential scan (0.8–1 s, issue 10), the nearest 200 cost ~20 ms.
    // The cap is the same for every page, so paging through the candidates stays consistent.
    const score = (column: SQL) =>
      sql`greatest(word_similarity(${lq}, ${column}), case when ${column} like ${like} then 0.8 else 0 end)::real`;
    const nameMatch = (column: SQL) => sql`(${lq} <% ${column} or ${column} like ${like})`;
    const nearest = (column: SQL) => sql`order by ${lq} <<-> ${column} limit ${searchCandidateCap}`;
    branches.push(sql`(select id, ${score(sql`lower(legal_name)`)}, 'name'
      from ${organisations} where ${nameMatch(sql`lower(legal_name)`)} ${nearest(sql`lower(legal_name)`)})`);
    branches.push(sql`(select org_id, case when lower(email) = ${lq} then 0.95 else 0.7 end::real, 'email'
      from ${contacts} where lower(email) like ${like} limit ${searchCandidateCap})`);
    branches.push(sql`(select org_id, (0.9 * ${score(sql`lower(name)`)})::real, 'contact'
      from ${contacts} where ${nameMatch(sql`lower(name)`)} ${nearest(sql`lower(name)`)})`);
    branches.push(sql`(select m.org_id, case when lower(u.email) = ${lq} then 0.95 else 0.7 end::real, 'email'
      from ${users} u join ${memberships} m on m.user_id = u.id where lower(u.email) like ${like} limit ${searchCandidateCap})`);
    branches.push(sql`(select m.org_id, n.score, 'contact' from (
        select id, (0.9 * ${score(sql`lower(name)`)})::real as score
        from ${users} where ${nameMatch(sql`lower(name)`)} ${nearest(sql`lower(name)`)}
      ) n join ${memberships} m on m.user_id = n.id)`);
  } else if (lq.length > 0 && !phone) {
    // One or two letters: trigrams do not help; a name prefix is what the agent is typing.
    branches.push(sql`select id, 0.5::real, 'name' from ${organisations} where lower(legal_name) like ${`${escapeLike(lq)}%`}`);
  }
  return sql.join(branches, sql` union all `);
}

const statusSql = sql<DpaStatus>`case
  when ag.id is not null then
    case when v.version < (select max(version) from ${dpaTemplateVersions} where status = 'published') then 'outdated' else 'current' end
  when ${serviceContractSql} then 'none'
  else 'not_eligible' end`;

/**
 * The staff support search (and the API's name lookup). Audited: the TOMs promise support lookups are
 * logged. Archived organisations (former customers, read-only) are not found (decision 0064); equally
 * good hits sort in German order, the order of the name index.
 */
export async function searchCustomers(ctx: Ctx<Actor>, input: SearchCustomersInput) {
  assertCan(ctx, 'support.search');
  const { q, page } = input;
  const offset = (page - 1) * supportSearchPageSize;
  const limit = supportSearchPageSize + 1;

  // The page is chosen first (score, name), then the DPA state and support level are computed for
  // its rows only: a common name has hundreds of candidates, and those expressions cost per row.
  const result = q
    ? await ctx.db.execute(sql`
        with hits(org_id, score, matched_by) as (${candidates(q)}),
        best as (
          select distinct on (org_id) org_id, score, matched_by from hits order by org_id, score desc
        ),
        page as (
          select o.id, o.customer_number, o.legal_name, o.city, best.matched_by, best.score
          from best join ${organisations} o on o.id = best.org_id and o.archived_at is null
          order by best.score desc, o.legal_name collate german, o.id
          limit ${limit} offset ${offset}
        )
        select organisations.id, customer_number, legal_name, city, matched_by,
          ${statusSql} as status, ${fullSupportSql} as full_support, ${serviceContractSql} as service_contract
        from page organisations
        left join ${agreements} ag on ag.org_id = organisations.id and ag.status = 'active'
        left join ${dpaTemplateVersions} v on v.id = ag.template_version_id
        order by organisations.score desc, organisations.legal_name collate german, organisations.id`)
    : await ctx.db.execute(sql`
        select organisations.id, customer_number, legal_name, city, 'name' as matched_by,
          ${statusSql} as status, ${fullSupportSql} as full_support, ${serviceContractSql} as service_contract
        from ${organisations}
        left join ${agreements} ag on ag.org_id = ${organisations.id} and ag.status = 'active'
        left join ${dpaTemplateVersions} v on v.id = ag.template_version_id
        where ${organisations.archivedAt} is null
        order by ${organisations.legalName} collate german, ${organisations.id}
        limit ${limit} offset ${offset}`);

  const rows = (result as unknown as { rows?: Record<string, unknown>[] }).rows ?? (result as unknown as Record<string, unknown>[]);
  const hits: CustomerHit[] = rows.slice(0, supportSearchPageSize).map((r) => ({
    id: String(r.id),
    customerNumber: String(r.customer_number),
    legalName: String(r.legal_name),
    city: String(r.city),
    status: r.status as DpaStatus,
    supportLevel: r.full_support ? 'full' : 'advice_only',
    serviceContract: Boolean(r.service_contract),
    matchedBy: r.matched_by as CustomerHit['matchedBy'],
  }));

  if (q) {
    await ctx.audit({
      action: 'support.search',
      targetType: 'organisation',
      targetId: null,
      details: { q, page, results: hits.length, orgIds: hits.map((h) => h.id) },
    });
  }
  const hasNext = rows.length > supportSearchPageSize;
  // The last page of a name search that filled its candidates: more may match than are shown.
  const capped = Boolean(q) && !hasNext && offset + hits.length >= searchCandidateCap;
  return { q, page, hits, hasNext, capped, pageSize: supportSearchPageSize };
}

export type CustomerSearch = Awaited<ReturnType<typeof searchCustomers>>;
