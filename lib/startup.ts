import 'server-only';
import { getDb, getHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { env } from '@/lib/env';
import { startWorker } from '@/lib/jobs/worker';

/** Start-up of an app instance. A bad environment stops the process here, with the variable named. */
export async function startServer() {
  const config = env();
  await migrateDatabase();
  const { driver } = getHandle();
  // Only the embedded demo seeds itself; a PostgreSQL deployment is seeded on purpose (npm run
  // db:seed). The demo data is loaded here, on the demo path only, so production code never
  // depends on it.
  if (driver === 'pglite') {
    const { isDatabaseEmpty, seedDemoData } = await import('@/scripts/demo-seed');
    if (await isDatabaseEmpty(getDb())) {
      const result = await seedDemoData(getDb());
      console.log(`[startup] empty embedded database: seeded demo data (${result.organisations} organisations)`);
    }
  }
  // The worker in this process (the default); MAIL_WORKER=off leaves the jobs to `npm run worker`.
  if (config.MAIL_WORKER === 'inline') startWorker();
  console.log(
    `[startup] database: ${driver}; mail: ${config.mailbox ? 'development mailbox (/dev/mailbox)' : 'SMTP'}`,
  );
}
