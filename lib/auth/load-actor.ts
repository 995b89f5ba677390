import 'server-only';
import { sql, type SQLWrapper } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db/client';
import type { Locale, StaffRole } from '@/db/schema';
import type { MembershipOf, UserActor } from '@/lib/core/actor';
import { rowsOf } from '@/lib/core/rows';
import { unreadNoticesCount } from '@/lib/notices/count-unread-notices';

type Row = { id: string; email: string; name: string | null; locale: Locale; staff_roles: unknown; memberships: unknown };

/** A person's staff roles, as a json array column of a query that has the user's id. */
export const staffRolesJson = (userId: SQLWrapper) =>
  sql`coalesce((select json_agg(s.role order by s.role) from staff_roles s where s.user_id = ${userId}), '[]'::json)`;

/**
 * A person's memberships with the organisations' names, as a json array column (by name, German
 * order), each with how many of the organisation's notices this person has not opened yet: the
 * header's badge on every customer page, read with the session instead of by a statement of its
 * own (issue 14), counted as countUnreadNotices counts (one definition, unreadNoticesCount).
 */
export const membershipsJson = (userId: SQLWrapper) =>
  sql`coalesce((select json_agg(json_build_object('orgId', m.org_id, 'role', m.role, 'orgName', o.legal_name, 'customerNumber', o.customer_number,
                                                  'unreadNotices', ${unreadNoticesCount(sql`m.org_id`, sql`m.user_id`)})
                            order by o.legal_name collate german)
                  from memberships m join organisations o on o.id = m.org_id
                 where m.user_id = ${userId}), '[]'::json)`;

/** The actor from a user row and the two json columns above. */
export function toActor(user: { id: string; email: string; name: string | null; locale: Locale }, staffRoles: unknown, memberships: unknown): UserActor {
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    staffRoles: json<StaffRole[]>(staffRoles),
    memberships: json<MembershipOf[]>(memberships),
  };
}

/**
 * Actors read together with their session in this request (lib/auth/adapter.ts getSessionAndUser),
 * so that getActor() needs no second statement. React's `cache` keeps one map per server render;
 * where there is none (a route handler) every call gives a new, empty map and the actor is loaded
 * by loadActor() as before. Nothing here outlives the request.
 */
export const actorsReadWithSession = cache(() => new Map<string, UserActor>());

/**
 * A person with their staff roles and memberships, in one query; null if there is no such user or
 * they are disabled (issue 11): every request loads the actor afresh, so disabling takes effect on
 * the next request even before the sessions are gone.
 */
export async function loadActor(userId: string): Promise<UserActor | null> {
  const [row] = rowsOf<Row>(
    await getDb().execute(sql`
      select u.id, u.email, u.name, u.locale, ${staffRolesJson(sql`u.id`)} as staff_roles, ${membershipsJson(sql`u.id`)} as memberships
        from users u
       where u.id = ${userId}
         and u.disabled_at is null`),
  );
  if (!row) return null;
  return toActor(row, row.staff_roles, row.memberships);
}

/** postgres.js parses json columns; PGlite may hand back the text. */
function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
