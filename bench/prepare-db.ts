// Prepares the benchmark's embedded database BEFORE the server opens it (a PGlite folder may be
// opened by one process only): migrate, seed the demo data, and give the demo signatory a
// session, so that the load generator can send its cookie. Prints { orgId, sessionToken } as JSON.
// Run as its own process: tsx --conditions=react-server bench/prepare-db.ts
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoData } from '@/scripts/demo-seed';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { organisations, sessions, users } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';

async function main() {
  await migrateDatabase();
  const db = getDb();
  await seedDemoData(db);
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, demoOrgs.current));
  const [user] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${demoAccounts.signatory}`);
  if (!org || !user) throw new Error(`demo data lacks ${demoOrgs.current} or ${demoAccounts.signatory}`);
  const sessionToken = randomBytes(32).toString('base64url');
  // The same row (and audit event) a magic-link sign-in creates; only the mail round trip is skipped.
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({ sessionToken, userId: user.id, expires: new Date(Date.now() + 86_400_000) });
    await writeAuditEvent(tx, { userId: user.id, role: 'user' }, { action: 'auth.sign_in', targetType: 'user', targetId: user.id, details: { via: 'bench' } });
  });
  await closeDb();
  console.log(JSON.stringify({ orgId: org.id, sessionToken }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
