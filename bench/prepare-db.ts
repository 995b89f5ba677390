// Prepares the benchmark's database BEFORE the server opens it (a PGlite folder may be opened by
// one process only): on the embedded database migrate and seed the demo data; on PostgreSQL
// (DATABASE_URL, seeded by `npm run bench:seed`) only check the demo data is there. Then give the
// demo personas a session each and create an API token, as a sign-in and an admin would, so that
// the load generator can send cookies and a bearer token. Prints the fixture as JSON (last line).
// Run as its own process: tsx --conditions=react-server bench/prepare-db.ts
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { closeDb, getDb, getHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoData } from '@/scripts/demo-seed';
import { demoAccounts, demoOrgs, demoPhone } from '@/scripts/demo-seed/demo-accounts';
import { agreements, apiTokens, changeNotices, notices, organisations, sessions, users } from '@/db/schema';
import { sha256Hex } from '@/lib/auth/hash-token';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';

export type BenchFixture = {
  driver: 'postgres' | 'pglite';
  orgId: string;
  orgName: string;
  noticeId: string;
  changeNoticeId: string;
  pdfFile: string;
  phone: string;
  sessions: Record<'signatory' | 'support' | 'privacy' | 'admin', string>;
  apiToken: string;
};

const personas = { signatory: demoAccounts.signatory, support: demoAccounts.support, privacy: demoAccounts.privacy, admin: demoAccounts.admin } as const;

async function main() {
  await migrateDatabase();
  const db = getDb();
  const driver = getHandle().driver;
  if (driver === 'pglite') await seedDemoData(db);
  const [org] = await db.select({ id: organisations.id, name: organisations.legalName }).from(organisations).where(eq(organisations.customerNumber, demoOrgs.current));
  if (!org) throw new Error(`no ${demoOrgs.current}: seed the demo data first (npm run db:seed), then npm run bench:seed`);
  const [notice] = await db.select({ id: notices.id, changeNoticeId: notices.changeNoticeId }).from(notices).where(eq(notices.orgId, org.id)).orderBy(asc(notices.createdAt)).limit(1);
  const [agreement] = await db.select({ pdf: agreements.pdf }).from(agreements).where(and(eq(agreements.orgId, org.id), eq(agreements.status, 'active'), isNotNull(agreements.pdf))).limit(1);
  if (!notice || !agreement?.pdf) throw new Error(`${demoOrgs.current} lacks a notice or an agreement PDF`);
  const [changeNotice] = await db.select({ id: changeNotices.id }).from(changeNotices).where(eq(changeNotices.id, notice.changeNoticeId));

  const workDir = path.join(process.cwd(), '.data', 'bench');
  fs.mkdirSync(workDir, { recursive: true });
  const pdfFile = path.join(workDir, 'agreement.pdf');
  fs.writeFileSync(pdfFile, agreement.pdf);

  const expires = new Date(Date.now() + 86_400_000);
  const made = {} as BenchFixture['sessions'];
  for (const [persona, email] of Object.entries(personas) as [keyof typeof personas, string][]) {
    const [user] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
    if (!user) throw new Error(`demo data lacks ${email}`);
    const sessionToken = randomBytes(32).toString('base64url');
    // The same row (and audit event) a magic-link sign-in creates; only the mail round trip is skipped.
    await db.transaction(async (tx) => {
      await tx.insert(sessions).values({ sessionToken, userId: user.id, expires });
      await writeAuditEvent(tx, { userId: user.id, role: persona === 'signatory' ? 'user' : persona }, { action: 'auth.sign_in', targetType: 'user', targetId: user.id, details: { via: 'bench' } });
    });
    made[persona] = sessionToken;
  }
  // The token an admin would create on /staff/api-tokens (lib/api/api-tokens.ts), for the phone system.
  const apiToken = `dpa_${randomBytes(32).toString('base64url')}`;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ name: `bench ${new Date().toISOString()}`, tokenHash: sha256Hex(apiToken), prefix: apiToken.slice(0, 10), scopes: ['support:read', 'calls:identify', 'register:read'] })
      .returning({ id: apiTokens.id });
    await writeAuditEvent(tx, { userId: null, role: 'system' }, { action: 'api.token.created', targetType: 'api_token', targetId: row!.id, details: { via: 'bench' } });
  });
  await closeDb();
  const fixture: BenchFixture = { driver, orgId: org.id, orgName: org.name, noticeId: notice.id, changeNoticeId: changeNotice!.id, pdfFile, phone: demoPhone.display, sessions: made, apiToken };
  console.log(JSON.stringify(fixture));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
