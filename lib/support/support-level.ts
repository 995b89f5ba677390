import 'server-only';
import { sql, type AnyColumn, type SQLWrapper } from 'drizzle-orm';
import { agreements, contracts, organisations, services } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { queryRows } from '@/lib/core/rows';
import { decideSupportLevel, type SupportDecision, type SupportFacts } from './decide-support-level';

export { supportActions, type SupportAction, type SupportLevel, type SupportDecision } from './decide-support-level';

/**
 * THE support level of one organisation: the staff search, the support view, the API and the start
 * of a remote session all ask this function (or its SQL twin below, for a page of search results).
 * The caller has authorized; the statement is scoped to `orgId` in each of its subqueries.
 */
export async function supportLevel(ctx: Ctx<Actor | null>, orgId: string): Promise<SupportDecision> {
  const [row] = await queryRows<{ facts: SupportFactsJson }>(ctx.db, sql`select ${supportFactsJson(sql`${orgId}::uuid`)} as facts`);
  return decideSupportLevel(supportFactsFrom(row!.facts));
}

type SupportFactsJson = { agreementId: string | null; annexCodes: string[] | null; processingCodes: string[] | null } | string;

/**
 * supportLevel()'s facts as one JSON column, for a statement that reads an organisation anyway (the
 * API's lookup and call identification, issue 14): the active agreement, the service codes of its
 * annex, and the codes of the actively contracted services that process personal data. `orgId` is
 * a column of the outer statement or a value.
 */
export function supportFactsJson(orgId: AnyColumn | SQLWrapper) {
  return sql<SupportFactsJson>`json_build_object(
    'agreementId', (select a.id from ${agreements} a where a.org_id = ${orgId} and a.status = 'active' limit 1),
    'annexCodes', (select json_agg(e ->> 'code') from ${agreements} a, jsonb_array_elements(a.annex_snapshot -> 'services') e
      where a.org_id = ${orgId} and a.status = 'active'),
    'processingCodes', (select json_agg(s.code) from ${contracts} c join ${services} s on s.id = c.service_id
      where c.org_id = ${orgId} and c.status = 'active' and s.processes_personal_data))`;
}

/** The facts from supportFactsJson's column (postgres.js parses JSON; PGlite may hand back text). */
export function supportFactsFrom(value: SupportFactsJson): SupportFacts {
  const facts = typeof value === 'string' ? (JSON.parse(value) as Exclude<SupportFactsJson, string>) : value;
  return {
    agreement: facts.agreementId ? { id: facts.agreementId, serviceCodes: facts.annexCodes ?? [] } : null,
    processingServiceCodes: facts.processingCodes ?? [],
  };
}

/**
 * The SQL twin of supportLevel() for a list (one expression per row, no N+1): true when the
 * organisation has full support. The integration test compares both on every seeded organisation.
 */
export const fullSupportSql = sql<boolean>`exists (
  select 1 from ${agreements} a
  join ${contracts} c on c.org_id = a.org_id and c.status = 'active'
  join ${services} s on s.id = c.service_id and s.processes_personal_data
  where a.org_id = ${organisations.id} and a.status = 'active'
    and exists (select 1 from jsonb_array_elements(a.annex_snapshot -> 'services') e where e ->> 'code' = s.code))`;

/** "Service contract" customers (answered first on the phone): an active contract for a processing service. */
export const serviceContractSql = sql<boolean>`exists (
  select 1 from ${contracts} c join ${services} s on s.id = c.service_id
  where c.org_id = ${organisations.id} and c.status = 'active' and s.processes_personal_data)`;
