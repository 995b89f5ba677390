// Vitest setupFiles for the 'integration' project: runs in every test file's own process.
// Each file gets a fresh database, migrated by the app's one migration path and filled with the
// same demo data as `npm run db:seed`, and closes it afterwards.
import { afterAll, beforeAll } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { reloadEnvForTests } from '@/lib/env';
import { seedDemoData } from '@/scripts/demo-seed';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase | undefined;

beforeAll(async () => {
  // The handle is a globalThis singleton: drop any handle this process still holds, so that this
  // file's queries can only ever reach this file's database.
  await closeDb();
  // The same mail set-up on both databases: mail lands in the development mailbox (the mails
  // table), never on a real SMTP server, whatever the developer's shell has set.
  delete process.env.SMTP_URL;
  process.env.DEV_MAILBOX = 'true';
  // A fixed secret, so nothing is generated into the developer's .data folder.
  process.env.AUTH_SECRET = 'integration-tests-only-secret-0123456789';
  database = await createTestDatabase();
  await migrateDatabase();
  await seedDemoData(getDb());
  // Seeding reads the environment (the sample PDF names APP_URL); a test file's own settings in
  // its beforeAll (an SMTP port, WEBHOOK_ALLOW_LOOPBACK) must still be read when it first asks.
  reloadEnvForTests();
});

afterAll(async () => {
  await closeDb();
  await database?.drop();
});
