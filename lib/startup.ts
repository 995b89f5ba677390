import 'server-only';
import { getDb, getHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { env } from '@/lib/env';
import { startedByPortalServer } from '@/lib/http/request-address';
import { startWorker } from '@/lib/jobs/worker';

/** Start-up of an app instance. A bad environment stops the process here, with the variable named. */
export async function startServer() {
  const config = env();
  // Behind plain `next start` the socket address is lost whenever a client sends X-Forwarded-For,
  // so every rate limit, audit entry and signature would record an address the client chose.
  if (config.NODE_ENV === 'production' && !startedByPortalServer()) {
    throw new Error('Start the portal with `npm start` (node server.mjs), not `next start`: see docs/decisions/0008-client-address-from-the-socket.md');
  }
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
  if (process.env.PROXY_DISABLED === '1') {
    console.warn('[startup] PROXY_DISABLED=1: proxy.ts is off (no CSP, no early request checks) - for the authorization test only (decision 0120)');
  }
}
