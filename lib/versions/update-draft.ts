import 'server-only';
import { eq } from 'drizzle-orm';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { descriptorOf } from './kinds';
import { loadVersion } from './load-version';
import type { DraftInput } from './version-input';

/**
 * Saves a draft's texts. A published version is refused here, by the server, whatever the page
 * showed; the database trigger (migration 0001) refuses it again should this check ever be missed.
 */
export async function updateDraft(ctx: Ctx, input: DraftInput) {
  assertCan(ctx, 'versions.manage');
  const kind = descriptorOf(input.kind);
  const row = await loadVersion(ctx, kind, input.id, { forUpdate: true });
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status === 'published') throw new AppError('CONFLICT', 'versions.error.published');

  await ctx.db
    .update(kind.table)
    .set({ ...kind.columnsOf(input), changeSummary: { de: input.changeSummaryDe, en: input.changeSummaryEn }, updatedAt: ctx.now })
    .where(eq(kind.table.id, row.id));

  await ctx.audit({
    action: `${kind.auditPrefix}.draft_updated`,
    targetType: kind.targetType,
    targetId: row.id,
    details: { version: row.version },
  });
  return { id: row.id, version: row.version };
}
