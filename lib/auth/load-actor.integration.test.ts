import { isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { loadActor, membershipsJson, staffRolesJson, toActor } from './load-actor';

describe('the actor read with the session (lib/auth/adapter.ts)', () => {
  it('is the actor loadActor() reads, for every person of the demo data', async () => {
    // The adapter selects these columns beside the session; here beside the user alone.
    const rows = await getDb()
      .select({ user: users, staffRoles: staffRolesJson(sql`${users}.id`), memberships: membershipsJson(sql`${users}.id`) })
      .from(users)
      .where(isNull(users.disabledAt));
    const actors = rows.map((row) => toActor(row.user, row.staffRoles, row.memberships));
    for (const actor of actors) expect(actor).toEqual(await loadActor(actor.userId));
    // Not vacuous: staff with roles and customers with memberships are among them.
    expect(actors.some((a) => a.staffRoles.length > 0)).toBe(true);
    expect(actors.some((a) => a.memberships.length > 0 && a.memberships.every((m) => m.orgName && m.customerNumber))).toBe(true);
  });
});
