import 'server-only';
import { eq } from 'drizzle-orm';
import type { DpaTemplateVersion, TomsVersion } from '@/db/schema';
import { users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { descriptorOf } from './kinds';
import { loadVersion } from './load-version';
import type { VersionKind } from './version-input';

export type VersionDetail = ({ kind: 'dpa' } & DpaTemplateVersion) | ({ kind: 'toms' } & TomsVersion);

/** One version of a kind with its publisher's name and the editor's values; null for an unknown id. */
export async function getVersion(ctx: Ctx, input: { kind: VersionKind; id: string }) {
  assertCan(ctx, 'versions.view');
  const kind = descriptorOf(input.kind);
  const row = await loadVersion(ctx, kind, input.id);
  if (!row) return null;
  const [publisher] = row.publishedBy
    ? await ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, row.publishedBy)).limit(1)
    : [];
  return {
    // The row came from the kind's own table (loadVersion reads `kind.table`).
    ...(({ ...row, kind: input.kind }) as VersionDetail),
    publisher: publisher ? (publisher.name ?? publisher.email) : null,
    formValues: kind.formValues(row),
  };
}

export type VersionDetailWithPublisher = NonNullable<Awaited<ReturnType<typeof getVersion>>>;
