import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { organisations } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';

/** The columns a page heading names an organisation by. */
export const orgHeadingColumns = {
  id: organisations.id,
  legalName: organisations.legalName,
  customerNumber: organisations.customerNumber,
};

/**
 * An organisation's name and customer number for a page about it, or null for an id that is no
 * UUID or no organisation. The caller has authorized the viewer for this organisation.
 */
export async function findOrgHeading(ctx: Ctx<Actor>, orgId: string) {
  if (!z.guid().safeParse(orgId).success) return null;
  // The organisation's own people: loaded with the actor in this request already.
  const own = ctx.actor.kind === 'user' ? ctx.actor.memberships.find((m) => m.orgId === orgId) : undefined;
  if (own?.customerNumber) return { id: orgId, legalName: own.orgName, customerNumber: own.customerNumber };
  const [org] = await ctx.db.select(orgHeadingColumns).from(organisations).where(eq(organisations.id, orgId)).limit(1);
  return org ?? null;
}
