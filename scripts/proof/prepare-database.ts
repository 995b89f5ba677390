// Migrates and seeds the database DATABASE_URL names, with the app's own code (for the proofs).
// Run as its own process: tsx --conditions=react-server scripts/proof/prepare-database.ts
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoData } from '@/scripts/demo-seed';

async function main() {
  process.env.DEV_MAILBOX = 'true'; // seeding sends nothing; env() wants a mail set-up named
  await migrateDatabase();
  await seedDemoData(getDb());
  await closeDb();
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeDb().catch(() => {});
  process.exit(1);
});
