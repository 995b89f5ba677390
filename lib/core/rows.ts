import type { SQL } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';

/** The rows of a drizzle execute() result: postgres.js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Rows of a raw query on either driver. */
export async function queryRows<T>(db: Pick<Database | Tx, 'execute'>, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}
