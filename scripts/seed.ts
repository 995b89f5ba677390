// npm run db:seed - applies migrations, then fills an empty database with the demo data.
import { closeDb, getDb, getHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { isDatabaseEmpty, seedDemoData } from '@/scripts/demo-seed';

async function main(): Promise<number> {
  await migrateDatabase();
  const db = getDb();
  if (!(await isDatabaseEmpty(db))) {
    // Refusing is the point: sample rows must never be mixed into a database in use.
    console.error('The database already holds data; demo data is only seeded into an empty database.');
    return 1;
  }
  const started = performance.now();
  const counts = await seedDemoData(db);
  const ms = Math.round(performance.now() - started);
  console.log(
    `Seeded demo data into ${getHandle().driver === 'pglite' ? 'the embedded database' : 'PostgreSQL'} ` +
      `in ${ms} ms: ${counts.organisations} organisations, ${counts.users} users.`,
  );
  console.log('\nSign in with any of these addresses (without SMTP_URL, mail lands at /dev/mailbox):');
  const rows: [string, string][] = [
    ['Privacy office', demoAccounts.privacy],
    ['Support desk', demoAccounts.support],
    ['Admin', demoAccounts.admin],
    [`Signatory, current DPA (${demoOrgs.current})`, demoAccounts.signatory],
    [`Member, current DPA (${demoOrgs.current})`, demoAccounts.member],
    [`Signatory, no DPA yet (${demoOrgs.none})`, demoAccounts.otherSignatory],
    [`Signatory, older DPA version (${demoOrgs.outdated})`, demoAccounts.outdatedSignatory],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, email] of rows) console.log(`  ${label.padEnd(width)}  ${email}`);
  return 0;
}

main()
  .then(async (code) => {
    await closeDb();
    process.exitCode = code;
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => {});
    process.exitCode = 1;
  });
