import 'server-only';
import { and, eq } from 'drizzle-orm';
import { memberships, type MembershipRole } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';

/**
 * The organisation's memberships, locked for this transaction: two signatories demoting or
 * removing each other at the same moment are serialised here, so the second sees the first's
 * change and the organisation never ends up without a signatory.
 */
export async function lockOrgMemberships(ctx: Ctx<Actor>, orgId: string) {
  return ctx.db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.orgId, orgId))
    .orderBy(memberships.id)
    .for('update');
}

export function signatoriesOtherThan(rows: { userId: string; role: MembershipRole }[], userId: string) {
  return rows.filter((row) => row.role === 'signatory' && row.userId !== userId).length;
}

export const membershipOf = (orgId: string, userId: string) => and(eq(memberships.orgId, orgId), eq(memberships.userId, userId));
