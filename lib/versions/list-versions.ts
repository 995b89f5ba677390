import 'server-only';
import { desc } from 'drizzle-orm';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { descriptorOf } from './kinds';
import type { VersionKind } from './version-input';

/** Every version of a kind, newest first (a few dozen over the product's life: no paging). */
export async function listVersions(ctx: Ctx, input: { kind: VersionKind }) {
  assertCan(ctx, 'versions.view');
  const { table, listLabel } = descriptorOf(input.kind);
  return ctx.db
    .select({
      id: table.id,
      version: table.version,
      status: table.status,
      label: listLabel.column,
      contentSha256: table.contentSha256,
      publishedAt: table.publishedAt,
      updatedAt: table.updatedAt,
    })
    .from(table)
    .orderBy(desc(table.version));
}

export type VersionListItem = Awaited<ReturnType<typeof listVersions>>[number];
