import 'server-only';
import { createHash } from 'node:crypto';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import {
  agreements,
  auditEvents,
  changeNotices,
  dpaTemplateVersions,
  memberships,
  objections,
  organisations,
  sessions,
  staffRoles,
  users,
} from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';

// Everything the portal holds about the signed-in person (Art. 15 GDPR), for the account page and,
// without limits, for the JSON download (Art. 20). Every query is scoped to the actor's own user id;
// there is no input naming another person.

/** A session is shown by a hash of its token: the token itself is a credential and never leaves the server. */
export const sessionKey = (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 16);

export async function getAccountData(ctx: Ctx, input: { currentSessionToken: string | null; limit?: number }) {
  assertCan(ctx, 'account.view');
  const userId = ctx.actor.userId;
  const limit = input.limit ?? 50;
  const [profile] = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, createdAt: users.createdAt, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!profile) throw new AppError('NOT_FOUND');

  const aboutMe = or(eq(auditEvents.actorUserId, userId), and(eq(auditEvents.targetType, 'user'), eq(auditEvents.targetId, userId)));
  const [roles, orgs, sessionRows, signIns, signed, filed, events] = await Promise.all([
    ctx.db.select({ role: staffRoles.role, since: staffRoles.createdAt }).from(staffRoles).where(eq(staffRoles.userId, userId)),
    ctx.db
      .select({ orgId: memberships.orgId, legalName: organisations.legalName, customerNumber: organisations.customerNumber, role: memberships.role, position: memberships.position, since: memberships.createdAt })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.orgId))
      .where(eq(memberships.userId, userId))
      .orderBy(organisations.legalName),
    ctx.db
      .select({ token: sessions.sessionToken, createdAt: sessions.createdAt, expires: sessions.expires, userAgent: sessions.userAgent, ip: sessions.ip })
      .from(sessions)
      .where(eq(sessions.userId, userId))
      .orderBy(desc(sessions.createdAt)),
    ctx.db
      .select({ at: auditEvents.at, ip: auditEvents.ip, userAgent: auditEvents.userAgent })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.sign_in'), eq(auditEvents.actorUserId, userId)))
      .orderBy(desc(auditEvents.seq))
      .limit(limit),
    ctx.db
      .select({
        id: agreements.id,
        orgId: agreements.orgId,
        legalName: organisations.legalName,
        version: dpaTemplateVersions.version,
        status: agreements.status,
        signerName: agreements.signerName,
        signerPosition: agreements.signerPosition,
        signedAt: agreements.signedAt,
        ip: agreements.ip,
        userAgent: agreements.userAgent,
      })
      .from(agreements)
      .innerJoin(organisations, eq(organisations.id, agreements.orgId))
      .innerJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
      .where(eq(agreements.signerUserId, userId))
      .orderBy(desc(agreements.signedAt)),
    ctx.db
      .select({
        id: objections.id,
        legalName: organisations.legalName,
        change: changeNotices.title,
        status: objections.status,
        reason: objections.reason,
        filedAt: objections.filedAt,
      })
      .from(objections)
      .innerJoin(organisations, eq(organisations.id, objections.orgId))
      .innerJoin(changeNotices, eq(changeNotices.id, objections.changeNoticeId))
      .where(eq(objections.filedBy, userId))
      .orderBy(desc(objections.filedAt)),
    ctx.db
      .select({
        seq: auditEvents.seq,
        at: auditEvents.at,
        action: auditEvents.action,
        actorRole: auditEvents.actorRole,
        byMe: sql<boolean>`${auditEvents.actorUserId} = ${userId}`,
        targetType: auditEvents.targetType,
        targetId: auditEvents.targetId,
        ip: auditEvents.ip,
        userAgent: auditEvents.userAgent,
        details: auditEvents.details,
      })
      .from(auditEvents)
      .where(aboutMe)
      .orderBy(desc(auditEvents.seq))
      .limit(limit),
  ]);

  return {
    profile,
    staffRoles: roles,
    memberships: orgs,
    sessions: sessionRows.map(({ token, ...s }) => ({ ...s, key: sessionKey(token), current: token === input.currentSessionToken })),
    signIns,
    agreements: signed,
    objections: filed,
    auditEvents: events.map((e) => ({ ...e, byMe: Boolean(e.byMe) })),
  };
}

export type AccountData = Awaited<ReturnType<typeof getAccountData>>;
