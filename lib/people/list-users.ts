import 'server-only';
import { and, asc, gt, ilike, sql, type SQL } from 'drizzle-orm';
import { users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import type { ListUsersInput } from './schemas';

export const USERS_PAGE_SIZE = 50;

/**
 * Everyone with an account, for admins: by e-mail address, optionally filtered by a part of it or
 * of the name; keyset-paged by address (unique), so page 5,000 costs what page 1 does.
 */
export async function listUsers(ctx: Ctx, input: ListUsersInput) {
  assertCan(ctx, 'people.manage.staff');
  const where: SQL[] = [];
  if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(${ilike(users.email, pattern)} or ${ilike(users.name, pattern)})`);
  }
  if (input.after) where.push(gt(users.email, input.after));
  const rows = await ctx.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      disabledAt: users.disabledAt,
      staffRoles: sql<string[]>`coalesce((select array_agg(s.role::text order by s.role) from staff_roles s where s.user_id = "users"."id"), '{}')`,
      organisations: sql<number>`(select count(*)::int from memberships m where m.user_id = "users"."id")`,
    })
    .from(users)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(users.email))
    .limit(USERS_PAGE_SIZE + 1);
  const page = rows.slice(0, USERS_PAGE_SIZE);
  return { users: page, next: rows.length > USERS_PAGE_SIZE ? page.at(-1)!.email : null };
}
