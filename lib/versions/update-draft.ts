import 'server-only';
import { eq } from 'drizzle-orm';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { changedFields } from '@/lib/orgs/organisation-snapshot';
import { descriptorOf } from './kinds';
import { loadVersion } from './load-version';
import type { DraftInput } from './version-input';

/**
 * Saves a draft's texts, and the kind's short values (a DPA's § 11 deadlines), whose old and new
 * values the audit event records. A published version is refused here, by the server, whatever the
 * page showed; the database trigger (migration 0001) refuses it again should this check ever be missed.
 */
export async function updateDraft(ctx: Ctx, input: DraftInput) {
  assertCan(ctx, 'versions.manage');
  const kind = descriptorOf(input.kind);
  const row = await loadVersion(ctx, kind, input.id, { forUpdate: true });
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status === 'published') throw new AppError('CONFLICT', 'versions.error.published');

  const columns = kind.columnsOf(input);
  await ctx.db
    .update(kind.table)
    .set({ ...columns, changeSummary: { de: input.changeSummaryDe, en: input.changeSummaryEn }, updatedAt: ctx.now })
    .where(eq(kind.table.id, row.id));

  const diff = changedFields(kind.auditedValues(row), kind.auditedValues({ ...row, ...columns }));
  await ctx.audit({
    action: `${kind.auditPrefix}.draft_updated`,
    targetType: kind.targetType,
    targetId: row.id,
    details: { version: row.version, ...(diff.changed ? { before: diff.before, after: diff.after } : {}) },
  });
  return { id: row.id, version: row.version };
}
