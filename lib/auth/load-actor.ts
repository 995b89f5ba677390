import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { memberships, organisations, staffRoles, users } from '@/db/schema';

/** A user's identity and roles; the only query authorize() needs. */
export async function loadActorRoles(userId: string) {
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const [roles, orgs] = await Promise.all([
    db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.userId, userId)),
    db
      .select({ orgId: memberships.orgId, role: memberships.role, orgName: organisations.legalName })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.orgId))
      .where(eq(memberships.userId, userId))
      .orderBy(organisations.legalName),
  ]);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    staffRoles: roles.map((r) => r.role),
    memberships: orgs,
  };
}
