import 'server-only';
import { getDb, getHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { isDatabaseEmpty, seedDemoData } from '@/db/seed';
import { env } from '@/lib/env';
import { startedByPortalServer } from '@/lib/http/request-address';
import { startMailWorker } from '@/lib/mail/mail-worker';

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
