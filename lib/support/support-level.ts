import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { agreements, contracts, organisations, services } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { decideSupportLevel, type SupportDecision } from './decide-support-level';

export { supportActions, type SupportAction, type SupportLevel, type SupportDecision } from './decide-support-level';

/**
 * THE support level of one organisation: the staff search, the support view, the API and the start
 * of a remote session all ask this function (or its SQL twin below, for a page of search results).
 * The caller has authorized; both queries are scoped to `orgId` in their WHERE clause.
 */
export async function supportLevel(ctx: Ctx<Actor | null>, orgId: string): Promise<SupportDecision> {
  const [agreementRows, contractRows] = await Promise.all([
    ctx.db
      .select({ id: agreements.id, snapshot: agreements.annexSnapshot })
      .from(agreements)
      .where(and(eq(agreements.orgId, orgId), eq(agreements.status, 'active')))
      .limit(1),
    ctx.db
      .select({ code: services.code })
      .from(contracts)
      .innerJoin(services, eq(services.id, contracts.serviceId))
      .where(and(eq(contracts.orgId, orgId), eq(contracts.status, 'active'), eq(services.processesPersonalData, true))),
  ]);
  const agreement = agreementRows[0];
  return decideSupportLevel({
    agreement: agreement ? { id: agreement.id, serviceCodes: agreement.snapshot.services.map((s) => s.code) } : null,
    processingServiceCodes: contractRows.map((c) => c.code),
  });
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
