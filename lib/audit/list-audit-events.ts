import 'server-only';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getSettings } from '@/lib/core/settings';
import type { AuditFilter } from './audit-filters';
import { auditWhere, selectAuditEvents } from './audit-query';

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the audit log for admins and privacy staff: filtered, newest first, keyset-paged
 * by seq (`before` = the last seq shown), so page 20,000 of 10 million events costs what page 1 does.
 */
export async function listAuditEvents(ctx: Ctx, input: { filter: AuditFilter; before?: number }) {
  assertCan(ctx, 'audit.view');
  const timeZone = (await getSettings())?.timeZone ?? 'Europe/Berlin';
  const rows = await selectAuditEvents(ctx, auditWhere(input.filter, timeZone), input.before, AUDIT_PAGE_SIZE + 1);
  const events = rows.slice(0, AUDIT_PAGE_SIZE);
  return { events, next: rows.length > AUDIT_PAGE_SIZE ? events.at(-1)!.seq : null, timeZone };
}
