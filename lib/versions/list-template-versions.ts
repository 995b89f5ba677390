import 'server-only';
import { desc } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { dpaTemplateVersions } from '@/db/schema';
import { assertAllowed, type VersionActor } from './version-actor';

/** Every DPA template version, newest first (a few dozen over the product's life: no paging). */
export async function listTemplateVersions(db: Database | Tx, actor: VersionActor) {
  assertAllowed(actor, 'versions.view');
  return db
    .select({
      id: dpaTemplateVersions.id,
      version: dpaTemplateVersions.version,
      status: dpaTemplateVersions.status,
      title: dpaTemplateVersions.title,
      contentSha256: dpaTemplateVersions.contentSha256,
      publishedAt: dpaTemplateVersions.publishedAt,
      updatedAt: dpaTemplateVersions.updatedAt,
    })
    .from(dpaTemplateVersions)
    .orderBy(desc(dpaTemplateVersions.version));
}

export type TemplateVersionListItem = Awaited<ReturnType<typeof listTemplateVersions>>[number];
