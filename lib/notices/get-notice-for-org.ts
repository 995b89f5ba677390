import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  changeNoticeServices,
  changeNotices,
  contracts,
  notices,
  objections,
  services,
  subprocessors,
} from '@/db/schema';
import type { ActorRoles } from '@/lib/auth/permissions';
import { daysLeft, isObjectionOpen, lastObjectionMoment } from '@/lib/change-notices/compute-effective-date';
import { isId, noticeViewerOf, providerContact } from './viewer';

const replaced = alias(subprocessors, 'replaced_subprocessor');

/**
 * One notice of one organisation with everything its detail page shows: the change notice, the
 * subprocessor (and the one it replaces), the affected services (marked where the organisation
 * books them), the deadline and this organisation's objection. Scoped by orgId AND notice id in
 * the WHERE clause; a stranger, an unknown id or another organisation's notice gets null.
 */
export async function getNoticeForOrg(actor: ActorRoles, input: { orgId: string; noticeId: string }, now: Date = new Date()) {
  const viewer = noticeViewerOf(actor, input.orgId);
  if (!viewer || !isId(input.orgId) || !isId(input.noticeId)) return null;
  const db = getDb();

  const [row] = await db
    .select({
      noticeId: notices.id,
      orgId: notices.orgId,
      receivedAt: notices.createdAt,
      changeNotice: {
        id: changeNotices.id,
        kind: changeNotices.kind,
        title: changeNotices.title,
        description: changeNotices.description,
        status: changeNotices.status,
        isEmergency: changeNotices.isEmergency,
        emergencyReason: changeNotices.emergencyReason,
        announcedAt: changeNotices.announcedAt,
        effectiveAt: changeNotices.effectiveAt,
        objectionsCloseAt: changeNotices.objectionsCloseAt,
        withdrawnAt: changeNotices.withdrawnAt,
      },
      subprocessor: {
        legalName: subprocessors.legalName,
        address: subprocessors.address,
        country: subprocessors.country,
        purpose: subprocessors.purpose,
        dataCategories: subprocessors.dataCategories,
        safeguard: subprocessors.safeguard,
        safeguardNote: subprocessors.safeguardNote,
        website: subprocessors.website,
      },
      replacedName: replaced.legalName,
      replacedCountry: replaced.country,
    })
    .from(notices)
    .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
    .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
    .leftJoin(replaced, eq(replaced.id, changeNotices.replacesSubprocessorId))
    .where(and(eq(notices.id, input.noticeId), eq(notices.orgId, input.orgId), ne(changeNotices.status, 'draft')))
    .limit(1);
  if (!row) return null;

  const [affected, booked, [objection], provider] = await Promise.all([
    db
      .select({ id: services.id, code: services.code, name: services.name })
      .from(changeNoticeServices)
      .innerJoin(services, eq(services.id, changeNoticeServices.serviceId))
      .where(eq(changeNoticeServices.changeNoticeId, row.changeNotice.id))
      .orderBy(asc(services.code)),
    db
      .select({ serviceId: contracts.serviceId })
      .from(contracts)
      .where(and(eq(contracts.orgId, input.orgId), eq(contracts.status, 'active'))),
    db
      .select({
        id: objections.id,
        status: objections.status,
        reason: objections.reason,
        filedAt: objections.filedAt,
        decidedAt: objections.decidedAt,
        decisionNote: objections.decisionNote,
        updatedAt: objections.updatedAt,
      })
      .from(objections)
      .where(and(eq(objections.changeNoticeId, row.changeNotice.id), eq(objections.orgId, input.orgId)))
      .limit(1),
    providerContact(),
  ]);

  const { timeZone } = provider;
  const bookedIds = new Set(booked.map((b) => b.serviceId));
  const { effectiveAt, objectionsCloseAt, status } = row.changeNotice;
  // An emergency replacement is effective at once and still objectable until objections_close_at.
  const closesAt = objectionsCloseAt ?? effectiveAt;
  const open = (status === 'announced' || status === 'effective') && isObjectionOpen(closesAt, now);
  return {
    viewer,
    ...row,
    replaced: row.replacedName ? { legalName: row.replacedName, country: row.replacedCountry } : null,
    services: affected.map((s) => ({ ...s, booked: bookedIds.has(s.id) })),
    objection: objection ?? null,
    timeZone,
    contact: { email: provider.email, phone: provider.phone },
    deadline: {
      /** The last moment an objection is accepted (1 ms before objections close). */
      lastMoment: lastObjectionMoment(closesAt),
      daysLeft: daysLeft(closesAt, now, timeZone),
      open,
    },
    canObject: open && viewer.kind === 'member' && viewer.role === 'signatory',
  };
}

export type NoticeForOrg = NonNullable<Awaited<ReturnType<typeof getNoticeForOrg>>>;
