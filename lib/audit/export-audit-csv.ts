import 'server-only';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getSettings } from '@/lib/core/settings';
import type { AuditFilter } from './audit-filters';
import { auditWhere, selectAuditEvents } from './audit-query';
import { csvLine } from './csv-cell';

const BATCH = 2_000;

export const auditCsvHeader = [
  'seq',
  'at_utc',
  'actor_email',
  'actor_role',
  'customer_number',
  'organisation',
  'action',
  'target_type',
  'target_id',
  'ip',
  'user_agent',
  'details',
  'hash',
] as const;

/**
 * A filtered range of the audit log as CSV, newest first, read in keyset batches so memory stays
 * flat however long the range. The export itself is audited (with its filter) before the first
 * line is produced: who took which part of the log out of the portal.
 */
export async function exportAuditCsv(ctx: Ctx, input: { filter: AuditFilter }): Promise<AsyncGenerator<string>> {
  assertCan(ctx, 'audit.view');
  const timeZone = (await getSettings())?.timeZone ?? 'Europe/Berlin';
  const where = auditWhere(input.filter, timeZone);
  await ctx.audit({ action: 'audit.exported', targetType: 'audit_log', details: { filter: input.filter } });
  return (async function* lines() {
    yield `\uFEFF${csvLine(auditCsvHeader)}`;
    let before: number | undefined;
    for (;;) {
      const rows = await selectAuditEvents(ctx, where, before, BATCH);
      for (const row of rows) {
        yield csvLine([
          row.seq,
          row.at,
          row.actorEmail,
          row.actorRole,
          row.customerNumber,
          row.orgName,
          row.action,
          row.targetType,
          row.targetId,
          row.ip,
          row.userAgent,
          row.details,
          row.hash,
        ]);
      }
      if (rows.length < BATCH) return;
      before = rows.at(-1)!.seq;
    }
  })();
}
