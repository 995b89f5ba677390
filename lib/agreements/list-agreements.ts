import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { agreements, dpaTemplateVersions, organisations } from '@/db/schema';
import { can } from '@/lib/auth/can';
import { localDate } from '@/lib/change-notices/compute-effective-date';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { exitDeadlines } from './exit-deadlines';

const guid = z.guid();

/**
 * Every agreement an organisation ever had, newest first: active, superseded and terminated, each
 * with whether its PDF can be downloaded, and for a terminated one the deletion/return duties with
 * their deadlines, counted from its termination by its own version's terms. An organisation has a
 * handful of agreements (one per signed version), so no paging. Null for a stranger; the
 * organisation is in every WHERE.
 */
export async function listAgreements(ctx: Ctx, input: { orgId: string }) {
  const { orgId } = input;
  if (!guid.safeParse(orgId).success || !can(ctx, 'dpa.review', orgId)) return null;
  const [[org], rows, { timeZone }] = await Promise.all([
    ctx.db
      .select({ id: organisations.id, legalName: organisations.legalName, customerNumber: organisations.customerNumber })
      .from(organisations)
      .where(eq(organisations.id, orgId))
      .limit(1),
    ctx.db
      .select({
        id: agreements.id,
        status: agreements.status,
        version: dpaTemplateVersions.version,
        exitDuties: dpaTemplateVersions.exitDuties,
        signerName: agreements.signerName,
        signerPosition: agreements.signerPosition,
        signedAt: agreements.signedAt,
        supersededAt: agreements.supersededAt,
        terminatedAt: agreements.terminatedAt,
        hasPdf: sql<boolean>`${agreements.pdf} is not null`,
      })
      .from(agreements)
      .innerJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
      .where(eq(agreements.orgId, orgId))
      .orderBy(desc(agreements.signedAt), desc(agreements.id)),
    getCalendarSettings(ctx),
  ]);
  if (!org) return null;
  const today = localDate(ctx.now, timeZone);
  return {
    org,
    timeZone,
    agreements: rows.map(({ exitDuties, ...row }) => ({
      ...row,
      exit: row.status === 'terminated' && row.terminatedAt ? exitDeadlines({ terminatedAt: row.terminatedAt, duties: exitDuties, today, timeZone }) : null,
    })),
  };
}

export type AgreementHistory = NonNullable<Awaited<ReturnType<typeof listAgreements>>>;
