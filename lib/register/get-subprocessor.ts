import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { subprocessors, subprocessorServices } from '@/db/schema';

/** One subprocessor with the ids of its services, or null (also for an id that is no uuid). */
export async function getSubprocessor(db: Database | Tx, id: string) {
  if (!z.guid().safeParse(id).success) return null;
  const [row] = await db.select().from(subprocessors).where(eq(subprocessors.id, id)).limit(1);
  if (!row) return null;
  const links = await db
    .select({ id: subprocessorServices.serviceId })
    .from(subprocessorServices)
    .where(eq(subprocessorServices.subprocessorId, id));
  return { ...row, serviceIds: links.map((l) => l.id) };
}
