import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { dpaTemplateVersions, users } from '@/db/schema';
import { assertAllowed, type VersionActor } from './version-actor';

/** One DPA template version with its publisher's name; null for an unknown or malformed id. */
export async function getTemplateVersion(db: Database | Tx, actor: VersionActor, input: { id: string }) {
  assertAllowed(actor, 'versions.view');
  if (!z.guid().safeParse(input.id).success) return null;
  const [row] = await db
    .select({ version: dpaTemplateVersions, publisherName: users.name, publisherEmail: users.email })
    .from(dpaTemplateVersions)
    .leftJoin(users, eq(users.id, dpaTemplateVersions.publishedBy))
    .where(eq(dpaTemplateVersions.id, input.id))
    .limit(1);
  if (!row) return null;
  return { ...row.version, publisher: row.publisherName ?? row.publisherEmail ?? null };
}

export type TemplateVersionDetail = NonNullable<Awaited<ReturnType<typeof getTemplateVersion>>>;
