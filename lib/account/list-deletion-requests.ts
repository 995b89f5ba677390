import 'server-only';
import { desc, isNotNull, sql } from 'drizzle-orm';
import { agreements, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';

/**
 * The deletion requests for staff (privacy, admin): when, which pseudonymous user, and how many
 * signed agreements keep the signer's name as evidence. Carried out at request time already; staff
 * see them to follow up outside the portal (backups expire by themselves, paper files, the CRM).
 */
export async function listDeletionRequests(ctx: Ctx, input: { limit?: number } = {}) {
  assertCan(ctx, 'account.deletions.view');
  return ctx.db
    .select({
      userId: users.id,
      pseudonym: users.email,
      deletedAt: users.deletedAt,
      // Qualified by hand: inside the subquery an unqualified "id" would be the agreement's.
      agreementsKept: sql<number>`(select count(*)::int from ${agreements} a where a.signer_user_id = "users"."id")`,
    })
    .from(users)
    .where(isNotNull(users.deletedAt))
    .orderBy(desc(users.deletedAt))
    .limit(input.limit ?? 200);
}

