import 'server-only';
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { changeNotices, changeNoticeServices, notices, services, settings, subprocessors, type LocalizedText } from '@/db/schema';
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

async function withServices(db: Database, rows: Row[]): Promise<FeedEntry[]> {
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
export async function listOrgFeedEntries(db: Database, orgId: string): Promise<FeedEntry[]> {
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
export async function listPublicFeedEntries(db: Database): Promise<FeedEntry[] | null> {
  const [config] = await db.select({ enabled: settings.publicFeedEnabled }).from(settings).where(eq(settings.id, 1));
  if (!config?.enabled) return null;
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

export async function providerInfo(db: Database) {
  const [row] = await db
    .select({ name: settings.providerName, timeZone: settings.timeZone })
    .from(settings)
    .where(eq(settings.id, 1));
  return row ?? { name: 'DPA-Portal', timeZone: 'Europe/Berlin' };
}
