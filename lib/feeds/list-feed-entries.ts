import 'server-only';
import { and, desc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { changeNotices, changeNoticeServices, dpaTemplateVersions, notices, services, subprocessors, tomsVersions, type LocalizedText } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { getSettings } from '@/lib/core/settings';
import { noticeEffectiveAt } from '@/lib/change-notices/notice-deadline-sql';
import { env } from '@/lib/env';

const LIMIT = 100;

/** A change notice (add ... update), or a published DPA or TOMs version (issue 13 item 5). */
export type FeedEntry = {
  id: string;
  kind: 'add' | 'replace' | 'remove' | 'update' | 'dpa_template' | 'toms';
  status: 'announced' | 'effective' | 'withdrawn' | 'published';
  title: LocalizedText;
  description: LocalizedText;
  /** The change notice's subprocessor; null for a version. */
  subprocessor: string | null;
  country: string | null;
  services: LocalizedText[];
  isEmergency: boolean;
  announcedAt: Date;
  /** When the change takes effect; for a version, when it was published (it applies from then). */
  effectiveAt: Date;
  updatedAt: Date;
  link: string;
  /** The version number of a DPA or TOMs version entry. */
  version?: number;
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

type Row = Omit<FeedEntry, 'id' | 'status' | 'services' | 'announcedAt' | 'link' | 'kind' | 'subprocessor' | 'country'> & {
  kind: 'add' | 'replace' | 'remove' | 'update';
  subprocessor: string;
  country: string;
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

/**
 * Published DPA and TOMs versions as feed entries (newest first), so that compliance tools learn
 * of a new contract or measures version the way they learn of register changes (decision 0093).
 * `links` says where each kind is read: the organisation's own pages, or the portal for the public.
 */
async function listVersionEntries(db: Database | Tx, links: { dpa_template: string; toms: string }): Promise<FeedEntry[]> {
  const fieldsOf = (t: typeof dpaTemplateVersions | typeof tomsVersions) => ({ id: t.id, version: t.version, changeSummary: t.changeSummary, publishedAt: t.publishedAt, updatedAt: t.updatedAt });
  const [dpa, toms] = await Promise.all([
    db.select(fieldsOf(dpaTemplateVersions)).from(dpaTemplateVersions).where(and(eq(dpaTemplateVersions.status, 'published'), isNotNull(dpaTemplateVersions.publishedAt))).orderBy(desc(dpaTemplateVersions.version)).limit(LIMIT),
    db.select(fieldsOf(tomsVersions)).from(tomsVersions).where(and(eq(tomsVersions.status, 'published'), isNotNull(tomsVersions.publishedAt))).orderBy(desc(tomsVersions.version)).limit(LIMIT),
  ]);
  const titles = {
    dpa_template: (n: number) => ({ de: `Neue Fassung ${n} des AV-Vertrags`, en: `New version ${n} of the data processing agreement` }),
    toms: (n: number) => ({ de: `Neue Fassung ${n} der technischen und organisatorischen Maßnahmen`, en: `New version ${n} of the technical and organisational measures` }),
  };
  const entry = (kind: 'dpa_template' | 'toms') => (row: (typeof dpa)[number]): FeedEntry => ({
    id: row.id,
    kind,
    status: 'published',
    title: titles[kind](row.version),
    description: row.changeSummary ?? { de: '', en: '' },
    subprocessor: null,
    country: null,
    services: [],
    isEmergency: false,
    announcedAt: row.publishedAt!,
    effectiveAt: row.publishedAt!,
    updatedAt: row.publishedAt!,
    link: links[kind],
    version: row.version,
  });
  return [...dpa.map(entry('dpa_template')), ...toms.map(entry('toms'))];
}

/** Change notices and versions in one list, newest first, at most LIMIT. */
function newestFirst(...lists: FeedEntry[][]): FeedEntry[] {
  return lists
    .flat()
    .sort((a, b) => b.announcedAt.getTime() - a.announcedAt.getTime())
    .slice(0, LIMIT);
}

/** The organisation's own notices (announced or later; drafts never leave the privacy office) and the published versions. */
export async function listOrgFeedEntries(ctx: Ctx<Actor | null>, input: { orgId: string }): Promise<FeedEntry[]> {
  const { orgId } = input;
  const { db } = ctx;
  const appUrl = env().APP_URL.replace(/\/$/, '');
  const rows = await db
    // The organisation's own effective date where its agreement promises a longer period (decision 0094).
    .select({ ...fields, effectiveAt: noticeEffectiveAt, noticeId: notices.id })
    .from(notices)
    .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
    .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
    .where(and(eq(notices.orgId, orgId), ne(changeNotices.status, 'draft')))
    .orderBy(desc(changeNotices.announcedAt))
    .limit(LIMIT);
  const [changes, versions] = await Promise.all([
    withServices(
      db,
      rows.map((r) => ({ ...r, entryId: r.noticeId, link: `${appUrl}/orgs/${orgId}/notices/${r.noticeId}` })),
    ),
    listVersionEntries(db, { dpa_template: `${appUrl}/orgs/${orgId}/dpa`, toms: `${appUrl}/orgs/${orgId}/toms` }),
  ]);
  return newestFirst(changes, versions);
}

/** The register's announced changes and the published versions for everyone, or null while the provider has not enabled it. */
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
  const [changes, versions] = await Promise.all([
    withServices(db, rows.map((r) => ({ ...r, entryId: r.changeNoticeId, link: appUrl }))),
    listVersionEntries(db, { dpa_template: appUrl, toms: appUrl }),
  ]);
  return newestFirst(changes, versions);
}
