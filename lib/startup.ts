import 'server-only';
import { getDb, getHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { isDatabaseEmpty, seedDemoData } from '@/db/seed';
import { env } from '@/lib/env';
import { startMailWorker } from '@/lib/mail/mail-worker';

/** Start-up of an app instance. A bad environment stops the process here, with the variable named. */
export async function startServer() {
  const config = env();
  await migrateDatabase();
  const { driver } = getHandle();
  // Only the embedded demo seeds itself; a PostgreSQL deployment is seeded on purpose (npm run db:seed).
  if (driver === 'pglite' && (await isDatabaseEmpty(getDb()))) {
    const result = await seedDemoData(getDb());
    console.log(`[startup] empty embedded database: seeded demo data (${result.organisations} organisations)`);
  }
  if (config.MAIL_WORKER === 'inline') startMailWorker();
  console.log(
    `[startup] database: ${driver}; mail: ${config.mailbox ? 'development mailbox (/dev/mailbox)' : 'SMTP'}`,
  );
}
