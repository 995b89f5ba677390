import 'server-only';
import type { SQL } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';

/** Rows of a raw query on either driver: postgres.js answers an array, PGlite `{ rows }`. */
export async function queryRows<T>(db: Pick<Database | Tx, 'execute'>, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
