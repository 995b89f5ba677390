import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { noticeReads, notices } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn, type ActorRoles } from '@/lib/auth/permissions';
import type { RequestMeta } from '@/lib/objections/file-objection';
import { isId } from './viewer';

/**
 * Marks a notice as opened by this user, when one of the organisation's own people opens its
 * detail page. The marker drives the unread badge, but the FIRST opening is also evidence that
 * the customer took notice of the change (GDPR Art. 28(2) is about being informed), so that first
 * opening writes an audit event ('notice.read') in the same transaction; later openings change
 * nothing and write nothing. Staff looking at a customer's notice are not customers taking notice.
 */
export async function markNoticeRead(actor: ActorRoles & { userId: string }, input: { orgId: string; noticeId: string }, meta: RequestMeta) {
  if (!isId(input.orgId) || !isId(input.noticeId)) return { marked: false };
  if (!actor.memberships.some((m) => m.orgId === input.orgId)) return { marked: false };
  return getDb().transaction(async (tx) => {
    // INSERT ... SELECT: the notice must belong to the organisation, checked in the same statement.
    const inserted = await tx
      .insert(noticeReads)
      .select(
        tx
          .select({ noticeId: notices.id, userId: sql<string>`${actor.userId}`.as('user_id'), readAt: sql<Date>`now()`.as('read_at') })
          .from(notices)
          .where(and(eq(notices.id, input.noticeId), eq(notices.orgId, input.orgId))),
      )
      .onConflictDoNothing()
      .returning({ noticeId: noticeReads.noticeId });
    if (inserted.length === 0) return { marked: false };
    await writeAuditEvent(
      tx,
      { userId: actor.userId, role: roleIn(actor, input.orgId), ip: meta.ip, userAgent: meta.userAgent },
      { action: 'notice.read', orgId: input.orgId, targetType: 'notice', targetId: input.noticeId },
    );
    return { marked: true };
  });
}
