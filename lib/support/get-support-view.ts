import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { agreements, auditEvents, changeNotices, dpaTemplateVersions, notices, objections } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getOrgDashboard } from '@/lib/orgs/get-org-dashboard';
import { listRemoteSessions } from './list-remote-sessions';

/** The audit actions the support view lists (its own lookups would drown the rest). */
export const supportLogActions = ['support.session.started', 'support.session.ended', 'support.session.refused', 'support.dpa_invitation.sent'];

export const getSupportViewInput = z.object({ orgId: z.guid() });

/**
 * The agent's view of one customer (issue 10): DPA state and history, booked services, contacts with
 * their phone numbers, open change notices and objections, the support actions with their reasons
 * (supportLevel(), through the dashboard), and the remote sessions. Staff only; audited as a support
 * lookup. Every query is scoped to `orgId` in its WHERE clause. Null for an unknown organisation.
 */
export async function getSupportView(ctx: Ctx, input: { orgId: string }) {
  const { orgId } = getSupportViewInput.parse(input);
  assertCan(ctx, 'support.view', orgId);
  const dashboard = await getOrgDashboard(ctx, { orgId });
  if (!dashboard) return null;
  const { db } = ctx;

  const [history, openNotices, openObjections, sessions, supportLog] = await Promise.all([
    db
      .select({
        id: agreements.id,
        version: dpaTemplateVersions.version,
        status: agreements.status,
        signedAt: agreements.signedAt,
        signerName: agreements.signerName,
        supersededAt: agreements.supersededAt,
        terminatedAt: agreements.terminatedAt,
      })
      .from(agreements)
      .innerJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
      .where(eq(agreements.orgId, orgId))
      .orderBy(desc(agreements.signedAt)),
    db
      .select({ id: changeNotices.id, title: changeNotices.title, effectiveAt: changeNotices.effectiveAt })
      .from(notices)
      .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
      .where(and(eq(notices.orgId, orgId), eq(changeNotices.status, 'announced')))
      .orderBy(changeNotices.effectiveAt),
    db
      .select({ id: objections.id, title: changeNotices.title, filedAt: objections.filedAt })
      .from(objections)
      .innerJoin(changeNotices, eq(changeNotices.id, objections.changeNoticeId))
      .where(and(eq(objections.orgId, orgId), inArray(objections.status, ['open'])))
      .orderBy(objections.filedAt),
    listRemoteSessions(ctx, { orgId, includeRefused: true }),
    // The support desk's own entries in the audit log for this customer (sessions, refusals,
    // invitations), read from the log itself so the agent sees what was recorded.
    db
      .select({ seq: auditEvents.seq, at: auditEvents.at, action: auditEvents.action, actorRole: auditEvents.actorRole })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), inArray(auditEvents.action, supportLogActions)))
      .orderBy(desc(auditEvents.seq))
      .limit(20),
  ]);

  await ctx.audit({ action: 'support.view', orgId, targetType: 'organisation', targetId: orgId });

  return {
    ...dashboard,
    history,
    openNotices,
    openObjections,
    // The dashboard read every phone number of the organisation already, with its contact.
    contactPhones: dashboard.phones.map(({ contactId, display, normalized }) => ({ contactId, display, normalized })),
    sessions,
    supportLog,
  };
}

export type SupportView = NonNullable<Awaited<ReturnType<typeof getSupportView>>>;
