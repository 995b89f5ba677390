import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, ne } from 'drizzle-orm';
import {
  changeNoticeServices,
  changeNotices,
  contracts,
  noticeReads,
  notices,
  objections,
  services,
  subprocessors,
} from '@/db/schema';
import { can } from '@/lib/auth/can';
import { daysLeft } from '@/lib/change-notices/compute-effective-date';
import { noticeEffectiveAt, noticeObjectionsCloseAt } from '@/lib/change-notices/notice-deadline-sql';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings, getSettings } from '@/lib/core/settings';
import { isObjectionWindowOpen, objectionDeadline, objectionsCloseAt } from '@/lib/objections/objection-rules';
import { isId, noticeViewerOf } from './viewer';

const replaced = alias(subprocessors, 'replaced_subprocessor');

/**
 * One notice of one organisation with everything its detail page shows: the change notice, the
 * subprocessor (and the one it replaces), the affected services (marked where the organisation
 * books them), the deadline and this organisation's objection. Scoped by orgId AND notice id in
 * the WHERE clause; a stranger, an unknown id or another organisation's notice gets null.
 *
 * It also says what this person may do now: object (a signatory, while objections are open), file
 * a new objection or change the open one, and whether they still have to open it for the first
 * time (`unread`: the page then records the reading through an action, never while rendering).
 */
export async function getNoticeForOrg(ctx: Ctx, input: { orgId: string; noticeId: string }) {
  const viewer = noticeViewerOf(ctx.actor, input.orgId);
  if (!viewer || !isId(input.orgId) || !isId(input.noticeId)) return null;
  const { db, now } = ctx;

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
        effectiveAt: noticeEffectiveAt,
        objectionsCloseAt: noticeObjectionsCloseAt,
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
      readAt: noticeReads.readAt,
    })
    .from(notices)
    .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
    .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
    .leftJoin(replaced, eq(replaced.id, changeNotices.replacesSubprocessorId))
    .leftJoin(noticeReads, and(eq(noticeReads.noticeId, notices.id), eq(noticeReads.userId, ctx.actor.userId)))
    .where(and(eq(notices.id, input.noticeId), eq(notices.orgId, input.orgId), ne(changeNotices.status, 'draft')))
    .limit(1);
  if (!row) return null;

  const [affected, booked, [objection], calendar, provider] = await Promise.all([
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
    getCalendarSettings(ctx),
    getSettings(ctx),
  ]);

  const { timeZone } = calendar;
  const bookedIds = new Set(booked.map((b) => b.serviceId));
  // An emergency replacement is effective at once and still objectable until objections_close_at.
  const open = isObjectionWindowOpen(row.changeNotice, now);
  const canObject = open && can(ctx, 'objections.file', input.orgId);
  const { readAt, ...notice } = row;
  return {
    viewer,
    ...notice,
    replaced: row.replacedName ? { legalName: row.replacedName, country: row.replacedCountry } : null,
    services: affected.map((s) => ({ ...s, booked: bookedIds.has(s.id) })),
    objection: objection ?? null,
    timeZone,
    contact: { email: provider?.supportEmail ?? '', phone: provider?.supportPhone ?? '' },
    deadline: {
      /** The last moment an objection is accepted (1 ms before objections close). */
      lastMoment: objectionDeadline(row.changeNotice),
      daysLeft: daysLeft(objectionsCloseAt(row.changeNotice), now, timeZone),
      open,
    },
    canObject,
    /** No objection yet (or a withdrawn one): the form to file one. */
    canFile: canObject && (!objection || objection.status === 'withdrawn'),
    /** The open objection may be changed or withdrawn. */
    canChange: canObject && objection?.status === 'open',
    /** One of the organisation's own people who has not opened it before. */
    unread: viewer.kind === 'member' && readAt === null,
  };
}

export type NoticeForOrg = NonNullable<Awaited<ReturnType<typeof getNoticeForOrg>>>;
