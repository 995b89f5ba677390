import 'server-only';
import { desc } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { tomsVersions } from '@/db/schema';
import { assertAllowed, type VersionActor } from './version-actor';

/** Every TOMs version, newest first. */
export async function listTomsVersions(db: Database | Tx, actor: VersionActor) {
  assertAllowed(actor, 'versions.view');
  return db
    .select({
      id: tomsVersions.id,
      version: tomsVersions.version,
      status: tomsVersions.status,
      changeSummary: tomsVersions.changeSummary,
      contentSha256: tomsVersions.contentSha256,
      publishedAt: tomsVersions.publishedAt,
      updatedAt: tomsVersions.updatedAt,
    })
    .from(tomsVersions)
    .orderBy(desc(tomsVersions.version));
}
