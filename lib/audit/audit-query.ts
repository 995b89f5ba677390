import 'server-only';
import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { auditEvents, organisations, users } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import type { AuditFilter } from './audit-filters';

/**
 * The WHERE clause of a filtered audit range. Each filter is one indexed column (org_id, actor,
 * action, at; each index ends in seq), so a filtered page newest-first is an index range scan.
 * Customer number and e-mail are resolved by a subquery; an unknown one matches nothing.
 */
export function auditWhere(filter: AuditFilter, timeZone: string): SQL[] {
  const where: SQL[] = [];
  if (filter.org) {
    where.push(sql`${auditEvents.orgId} = (select ${organisations.id} from ${organisations} where ${organisations.customerNumber} = ${filter.org})`);
  }
  if (filter.actor) {
    where.push(sql`${auditEvents.actorUserId} = (select ${users.id} from ${users} where ${users.email} = ${filter.actor})`);
  }
  if (filter.action) where.push(eq(auditEvents.action, filter.action));
  if (filter.from) where.push(sql`${auditEvents.at} >= (${filter.from}::date::timestamp at time zone ${timeZone})`);
  if (filter.to) where.push(sql`${auditEvents.at} < ((${filter.to}::date + 1)::timestamp at time zone ${timeZone})`);
  return where;
}

export type AuditRow = Awaited<ReturnType<typeof selectAuditEvents>>[number];

/** Up to `limit` events of the filtered range older than `before`, newest first, with names. */
export function selectAuditEvents(ctx: Ctx<Actor>, where: SQL[], before: number | undefined, limit: number) {
  return ctx.db
    .select({
      seq: auditEvents.seq,
      at: auditEvents.at,
      actorUserId: auditEvents.actorUserId,
      actorEmail: users.email,
      actorRole: auditEvents.actorRole,
      orgId: auditEvents.orgId,
      orgName: organisations.legalName,
      customerNumber: organisations.customerNumber,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      ip: auditEvents.ip,
      userAgent: auditEvents.userAgent,
      details: auditEvents.details,
      hash: auditEvents.hash,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditEvents.orgId))
    .where(and(...where, before ? lt(auditEvents.seq, before) : undefined))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}
