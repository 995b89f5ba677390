import 'server-only';
import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import {
  agreements,
  contacts,
  contracts,
  dpaTemplateVersions,
  memberships,
  organisations,
  services,
  users,
} from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { dpaStatuses, type DpaStatus } from '@/lib/dpa/dpa-status';
import { fullSupportSql, type SupportLevel } from '@/lib/support/support-level';

export const organisationsPageSize = 25;
export const statusFilters = ['all', ...dpaStatuses] as const;
export type StatusFilter = (typeof statusFilters)[number];

/** Lenient on purpose: the input comes from a shareable URL, so a bad value falls back to the default. */
export const listOrganisationsInput = z.object({
  q: z
    .string()
    .transform((s) => s.trim().slice(0, 200))
    .catch(''),
  status: z.enum(statusFilters).catch('all'),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});
export type ListOrganisationsInput = z.output<typeof listOrganisationsInput>;

export type OrganisationRow = {
  id: string;
  customerNumber: string;
  legalName: string;
  city: string;
  status: DpaStatus;
  agreementVersion: number | null;
  supportLevel: SupportLevel;
};

const signedVersion = alias(dpaTemplateVersions, 'signed_version');

// Evaluated once per query (an uncorrelated subquery becomes an InitPlan).
const currentVersion = sql`(select max(${dpaTemplateVersions.version}) from ${dpaTemplateVersions} where ${dpaTemplateVersions.status} = 'published')`;

const eligible = sql`exists (
  select 1 from ${contracts} inner join ${services} on ${services.id} = ${contracts.serviceId}
  where ${contracts.orgId} = ${organisations.id}
    and ${contracts.status} = 'active' and ${services.processesPersonalData})`;

// The SQL twin of dpaStatus() in lib/dpa/dpa-status.ts (the integration test compares both).
const statusExpr = sql<DpaStatus>`case
  when ${agreements.id} is not null then
    case when ${currentVersion} is not null and ${signedVersion.version} < ${currentVersion} then 'outdated' else 'current' end
  when ${eligible} then 'none'
  else 'not_eligible' end`;

const statusWhere: Record<DpaStatus, SQL> = {
  current: and(isNotNull(agreements.id), sql`(${currentVersion} is null or ${signedVersion.version} >= ${currentVersion})`)!,
  outdated: and(isNotNull(agreements.id), sql`${signedVersion.version} < ${currentVersion}`)!,
  none: and(isNull(agreements.id), eligible)!,
  not_eligible: and(isNull(agreements.id), sql`not ${eligible}`)!,
};

function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Customer number, legal name, or the e-mail of a portal user or contact of the organisation. */
function searchWhere({ db }: Ctx, q: string): SQL | undefined {
  if (!q) return undefined;
  const pattern = `%${escapeLike(q)}%`;
  return or(
    ilike(organisations.customerNumber, pattern),
    ilike(organisations.legalName, pattern),
    inArray(
      organisations.id,
      db
        .select({ orgId: memberships.orgId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(ilike(users.email, pattern)),
    ),
    inArray(organisations.id, db.select({ orgId: contacts.orgId }).from(contacts).where(ilike(contacts.email, pattern))),
  );
}

/**
 * The staff list: one page of organisations with their DPA status, and the number of matches per
 * status for the filter. Two queries whatever the page size (no N+1): counts, then the page.
 */
export async function listOrganisations(ctx: Ctx, input: ListOrganisationsInput) {
  // The page authorized already; this list spans every customer, so refuse anyone but staff anyway.
  assertCan(ctx, 'staff.orgs.list');
  const { db } = ctx;
  const search = searchWhere(ctx, input.q);

  const countRows = await db
    .select({ status: statusExpr, count: sql<number>`count(*)::int` })
    .from(organisations)
    .leftJoin(agreements, and(eq(agreements.orgId, organisations.id), eq(agreements.status, 'active')))
    .leftJoin(signedVersion, eq(signedVersion.id, agreements.templateVersionId))
    .where(search)
    .groupBy(sql`1`);

  const counts: Record<StatusFilter, number> = { all: 0, current: 0, outdated: 0, none: 0, not_eligible: 0 };
  for (const row of countRows) {
    counts[row.status] = Number(row.count);
    counts.all += Number(row.count);
  }

  const total = counts[input.status];
  const pageCount = Math.max(1, Math.ceil(total / organisationsPageSize));
  const page = Math.min(input.page, pageCount);

  const pageRows = await db
    .select({
      id: organisations.id,
      customerNumber: organisations.customerNumber,
      legalName: organisations.legalName,
      city: organisations.city,
      status: statusExpr,
      agreementVersion: signedVersion.version,
      fullSupport: fullSupportSql,
    })
    .from(organisations)
    .leftJoin(agreements, and(eq(agreements.orgId, organisations.id), eq(agreements.status, 'active')))
    .leftJoin(signedVersion, eq(signedVersion.id, agreements.templateVersionId))
    .where(and(search, input.status === 'all' ? undefined : statusWhere[input.status]))
    // German collation ("Bäckerei" before "Brauerei"; migration 0006), the same expression as
    // organisations_legal_name_idx, so the unfiltered first pages need no sort.
    .orderBy(sql`${organisations.legalName} collate german`, asc(organisations.id))
    .limit(organisationsPageSize)
    .offset((page - 1) * organisationsPageSize);
  const rows: OrganisationRow[] = pageRows.map(({ fullSupport, ...row }) => ({
    ...row,
    supportLevel: fullSupport ? 'full' : 'advice_only',
  }));

  return { rows, counts, total, page, pageCount, pageSize: organisationsPageSize, q: input.q, status: input.status };
}

export type OrganisationList = Awaited<ReturnType<typeof listOrganisations>>;
