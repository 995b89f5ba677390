import 'server-only';
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { changeNotices, changeNoticeServices, notices, services, subprocessors, type LocalizedText } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { getSettings } from '@/lib/core/settings';
import { env } from '@/lib/env';

const LIMIT = 100;

export type FeedEntry = {
  id: string;
  kind: 'add' | 'replace' | 'remove' | 'update';
  status: 'announced' | 'effective' | 'withdrawn';
  title: LocalizedText;
  description: LocalizedText;
  subprocessor: string;
  country: string;
  services: LocalizedText[];
  isEmergency: boolean;
  announcedAt: Date;
  effectiveAt: Date;
  updatedAt: Date;
  link: string;
};

const fields = {
  changeNoticeId: changeNotices.id,
  kind: changeNotices.kind,
  status: changeNotices.status,
  title: changeNotices.title,
  description: changeNotices.description,
  isEmergency: changeNotices.isEmergency,
  announcedAt: changeNotices.announcedAt,
  effectiveAt: changeNotices.effectiveAt,
  updatedAt: changeNotices.updatedAt,
  subprocessor: subprocessors.legalName,
  country: subprocessors.country,
};

type Row = Omit<FeedEntry, 'id' | 'status' | 'services' | 'announcedAt' | 'link'> & {
  changeNoticeId: string;
  status: string;
  announcedAt: Date | null;
  entryId: string;
  link: string;
};

async function withServices(db: Database | Tx, rows: Row[]): Promise<FeedEntry[]> {
  const ids = [...new Set(rows.map((r) => r.changeNoticeId))];
  const serviceRows = ids.length
    ? await db
        .select({ changeNoticeId: changeNoticeServices.changeNoticeId, name: services.name })
        .from(changeNoticeServices)
        .innerJoin(services, eq(services.id, changeNoticeServices.serviceId))
        .where(inArray(changeNoticeServices.changeNoticeId, ids))
    : [];
  return rows.map((r) => ({
    id: r.entryId,
    kind: r.kind,
    status: r.status as FeedEntry['status'],
    title: r.title,
    description: r.description,
    subprocessor: r.subprocessor,
    country: r.country,
    services: serviceRows.filter((s) => s.changeNoticeId === r.changeNoticeId).map((s) => s.name),
    isEmergency: r.isEmergency,
    // Not a draft, so announced (a check constraint guarantees it).
    announcedAt: r.announcedAt ?? r.updatedAt,
    effectiveAt: r.effectiveAt,
    updatedAt: r.updatedAt,
    link: r.link,
  }));
}

/** The organisation's own notices (announced or later; drafts never leave the privacy office). */
export async function listOrgFeedEntries(ctx: Ctx<Actor | null>, input: { orgId: string }): Promise<FeedEntry[]> {
  const { orgId } = input;
  const { db } = ctx;
  const appUrl = env().APP_URL.replace(/\/$/, '');
  const rows = await db
    .select({ ...fields, noticeId: notices.id })
    .from(notices)
    .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
    .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
    .where(and(eq(notices.orgId, orgId), ne(changeNotices.status, 'draft')))
    .orderBy(desc(changeNotices.announcedAt))
    .limit(LIMIT);
  return withServices(
    db,
    rows.map((r) => ({ ...r, entryId: r.noticeId, link: `${appUrl}/orgs/${orgId}/notices/${r.noticeId}` })),
  );
}

/** The register's announced changes for everyone, or null while the provider has not enabled it. */
export async function listPublicFeedEntries(ctx: Ctx<Actor | null>): Promise<FeedEntry[] | null> {
  const provider = await getSettings(ctx);
  if (!provider?.publicFeedEnabled) return null;
  const { db } = ctx;
  const appUrl = env().APP_URL.replace(/\/$/, '');
  const rows = await db
    .select(fields)
    .from(changeNotices)
    .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
    .where(ne(changeNotices.status, 'draft'))
    .orderBy(desc(changeNotices.announcedAt))
    .limit(LIMIT);
  return withServices(db, rows.map((r) => ({ ...r, entryId: r.changeNoticeId, link: appUrl })));
}
