import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import type { Locale, StaffRole } from '@/db/schema';
import type { MembershipOf, UserActor } from '@/lib/core/actor';
import { rowsOf } from '@/lib/core/rows';

type Row = { id: string; email: string; name: string | null; locale: Locale; staff_roles: unknown; memberships: unknown };

/**
 * A person with their staff roles and memberships, in one query; null if there is no such user or
 * they are disabled (issue 11): every request loads the actor afresh, so disabling takes effect on
 * the next request even before the sessions are gone.
 */
export async function loadActor(userId: string): Promise<UserActor | null> {
  const [row] = rowsOf<Row>(
    await getDb().execute(sql`
      select u.id, u.email, u.name, u.locale,
             coalesce((select json_agg(s.role order by s.role) from staff_roles s where s.user_id = u.id), '[]'::json) as staff_roles,
             coalesce((select json_agg(json_build_object('orgId', m.org_id, 'role', m.role, 'orgName', o.legal_name, 'customerNumber', o.customer_number) order by o.legal_name collate german)
                         from memberships m join organisations o on o.id = m.org_id
                        where m.user_id = u.id), '[]'::json) as memberships
        from users u
       where u.id = ${userId}
         and u.disabled_at is null`),
  );
  if (!row) return null;
  return {
    kind: 'user',
    userId: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    staffRoles: json<StaffRole[]>(row.staff_roles),
    memberships: json<MembershipOf[]>(row.memberships),
  };
}

/** postgres.js parses json columns; PGlite may hand back the text. */
function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
