import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';

/** Whether the database answers; the reason goes to the log, never to the caller. */
export async function checkDatabase(): Promise<boolean> {
  try {
    await getDb().execute(sql`select 1`);
    return true;
  } catch (error) {
    console.error('health check: database unreachable', error);
    return false;
  }
}
