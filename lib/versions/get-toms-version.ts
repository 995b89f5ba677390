import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { tomsVersions, users } from '@/db/schema';
import { assertAllowed, type VersionActor } from './version-actor';

/** One TOMs version with its publisher's name; null for an unknown or malformed id. */
export async function getTomsVersion(db: Database | Tx, actor: VersionActor, input: { id: string }) {
  assertAllowed(actor, 'versions.view');
  if (!z.guid().safeParse(input.id).success) return null;
  const [row] = await db
    .select({ version: tomsVersions, publisherName: users.name, publisherEmail: users.email })
    .from(tomsVersions)
    .leftJoin(users, eq(users.id, tomsVersions.publishedBy))
    .where(eq(tomsVersions.id, input.id))
    .limit(1);
  if (!row) return null;
  return { ...row.version, publisher: row.publisherName ?? row.publisherEmail ?? null };
}

export type TomsVersionDetail = NonNullable<Awaited<ReturnType<typeof getTomsVersion>>>;
