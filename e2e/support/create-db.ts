// Creates a fresh PostgreSQL database for the 'postgres' e2e project, next to the one
// DATABASE_URL names (`<name>_e2e`, dropped and recreated each run), migrates and seeds it with
// the app's own code, and prints its URL as the last line of stdout.
// Run with: tsx --conditions=react-server e2e/support/create-db.ts
import postgres from 'postgres';
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoData } from '@/scripts/demo-seed';

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const url = new URL(adminUrl);
  const name = `${url.pathname.slice(1) || 'postgres'}_e2e`.replace(/[^a-zA-Z0-9_]/g, '_');
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  await migrateDatabase();
  await seedDemoData(getDb());
  await closeDb();
  console.log(url.toString());
}

main().catch((error: unknown) => {
  console.error(`e2e database could not be created: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
