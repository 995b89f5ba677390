import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { descriptorOf } from './kinds';
import { loadVersion } from './load-version';
import type { CreateDraftInput } from './version-input';

/**
 * Starts the next version of a kind as a copy of `copyOf`. There is at most one draft per kind at
 * a time (version numbers are handed out in order, and a second draft would only compete with the
 * first), so when one exists it is returned instead: a double click opens the same draft.
 */
export async function createDraft(ctx: Ctx, input: CreateDraftInput) {
  assertCan(ctx, 'versions.manage');
  const kind = descriptorOf(input.kind);
  const { table } = kind;
  await ctx.db.execute(sql`select pg_advisory_xact_lock(${kind.lockKey})`);

  const [existing] = await ctx.db.select({ id: table.id, version: table.version }).from(table).where(eq(table.status, 'draft')).limit(1);
  if (existing) return { ...existing, created: false };

  const source = await loadVersion(ctx, kind, input.copyOf);
  if (!source) throw new AppError('NOT_FOUND');
  const [latest] = await ctx.db.select({ version: table.version }).from(table).orderBy(desc(table.version)).limit(1);
  const version = (latest?.version ?? 0) + 1;

  const [row] = await ctx.db
    .insert(table)
    .values({ ...kind.copy(source), version, status: 'draft', changeSummary: { de: '', en: '' }, createdBy: ctx.actor.userId })
    .returning({ id: table.id, version: table.version });

  await ctx.audit({
    action: `${kind.auditPrefix}.draft_created`,
    targetType: kind.targetType,
    targetId: row!.id,
    details: { version, copyOf: source.version },
  });
  return { ...row!, created: true };
}
