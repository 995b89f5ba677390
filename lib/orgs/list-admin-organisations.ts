import 'server-only';
import { and, asc, count, ilike, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { organisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';

export const adminOrganisationsPageSize = 50;

/** From a shareable URL: a bad value falls back to the default. */
export const listAdminOrganisationsInput = z.object({
  q: z
    .string()
    .transform((s) => s.trim().slice(0, 200))
    .catch(''),
  archived: z.enum(['no', 'yes']).catch('no'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The admin's list: search by customer number or name, working or archived, paged in the query. */
export async function listAdminOrganisations(ctx: Ctx, input: z.output<typeof listAdminOrganisationsInput>) {
  assertCan(ctx, 'admin.orgs.manage');
  const where: SQL[] = [input.archived === 'yes' ? isNotNull(organisations.archivedAt) : isNull(organisations.archivedAt)];
  if (input.q) {
    const like = `%${escapeLike(input.q)}%`;
    where.push(or(ilike(organisations.customerNumber, like), ilike(organisations.legalName, like))!);
  }
  const filter = and(...where);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        id: organisations.id,
        customerNumber: organisations.customerNumber,
        legalName: organisations.legalName,
        city: organisations.city,
        archivedAt: organisations.archivedAt,
      })
      .from(organisations)
      .where(filter)
      .orderBy(asc(organisations.customerNumber))
      .limit(adminOrganisationsPageSize)
      .offset((input.page - 1) * adminOrganisationsPageSize),
    ctx.db.select({ n: count() }).from(organisations).where(filter),
  ]);
  return { ...input, rows, total: total!.n, pages: Math.max(1, Math.ceil(total!.n / adminOrganisationsPageSize)) };
}
