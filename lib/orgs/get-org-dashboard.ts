import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  agreements,
  contactKind,
  contacts,
  contracts,
  dpaTemplateVersions,
  memberships,
  organisations,
  phoneNumbers,
  services,
  users,
  type LocalizedText,
  type MembershipRole,
} from '@/db/schema';
import { can } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings, getSettings } from '@/lib/core/settings';
import { dpaStatus } from '@/lib/dpa/dpa-status';
import { currentTemplateVersion } from '@/lib/dpa/signing-inputs';
import { decideSupportLevel } from '@/lib/support/decide-support-level';
import { localDate } from '@/lib/change-notices/compute-effective-date';
import { bookedHostingJson } from '@/lib/records/get-hosting-privacy-text';
import { openNoticesFrom, openNoticesJson } from '@/lib/notices/list-open-notices-for-org';
import { preparedStatement } from '@/db/prepared';

/** The route parameter; any 8-4-4-4-12 hex id (seeded ids need not be RFC version-4 UUIDs). */
export const getOrgDashboardInput = z.object({ orgId: z.guid() });

/** Who is looking: a member of the organisation (with their role) or provider staff. */
export type Viewer = { kind: 'member'; role: MembershipRole } | { kind: 'staff' };

/** For display only (what the page suggests doing); whether they may look at all is can()'s to say. */
function viewerOf(ctx: Ctx, orgId: string): Viewer {
  const membership = ctx.actor.memberships.find((m) => m.orgId === orgId);
  return membership ? { kind: 'member', role: membership.role } : { kind: 'staff' };
}

/**
 * Everything the customer dashboard shows, for one organisation. The page has authorized already;
 * it is checked again here, every query is scoped by orgId in its WHERE clause, and a stranger, an
 * unknown or a malformed id gets null (the page answers 404: we do not confirm the organisation exists).
 */
export async function getOrgDashboard(ctx: Ctx, { orgId }: { orgId: string }) {
  if (!getOrgDashboardInput.safeParse({ orgId }).success || !can(ctx, 'org.view', orgId)) return null;
  const viewer = viewerOf(ctx, orgId);

  // One statement for everything of this organisation (issue 14: it was six, then eight with the
  // notices card), see dashboardStatement. The support level is decided from the same rows
  // (supportLevel()'s facts: the agreement's services and the active contracts for processing
  // services), not read again. The provider's settings and versions come from the shared cache.
  const [current, provider, calendar] = await Promise.all([currentTemplateVersion(ctx), getSettings(ctx), getCalendarSettings(ctx)]);
  const today = localDate(ctx.now, calendar.timeZone);
  const [row] = await dashboardStatement(ctx.db).execute({ orgId, today, now: ctx.now.toISOString(), userId: ctx.actor.userId });
  if (!row) return null;
  const { org } = row;
  const contractRows = jsonList(row.contracts);
  const people = jsonList(row.people);
  const contactRows = jsonList(row.contacts).map((c) => ({ ...c, confirmedAt: c.confirmedAt === null ? null : new Date(c.confirmedAt) }));
  const phones = jsonList(row.phones);
  const agreementRows =
    row.agreementId !== null && row.version !== null && row.signedAt !== null && row.signerName !== null && row.signerPosition !== null
      ? [{ id: row.agreementId, version: row.version, signedAt: row.signedAt, signerName: row.signerName, signerPosition: row.signerPosition }]
      : [];
  const support = decideSupportLevel({
    agreement: row.agreementId ? { id: row.agreementId, serviceCodes: jsonList(row.serviceCodes) } : null,
    processingServiceCodes: contractRows.filter((c) => c.processesPersonalData).map((c) => c.serviceCode),
  });

  const agreement = agreementRows[0] ?? null;
  const currentVersion = current?.version ?? null;
  const eligible = contractRows.some((c) => c.processesPersonalData);

  return {
    viewer,
    org: {
      id: org.id,
      customerNumber: org.customerNumber,
      legalName: org.legalName,
      street: org.street,
      postalCode: org.postalCode,
      city: org.city,
      country: org.country,
      isSample: org.isSample,
    },
    eligible,
    currentVersion,
    agreement,
    status: dpaStatus({ eligible, activeAgreementVersion: agreement?.version ?? null, currentVersion }),
    support,
    contracts: contractRows,
    people,
    signatories: people.filter((p) => p.role === 'signatory'),
    generalContacts: contactRows.filter((c) => c.kind === 'general'),
    noticeContacts: contactRows.filter((c) => c.kind === 'notice'),
    phones,
    /** The hosting services running today, for the privacy text (hostingPrivacyTextFor). */
    hosting: jsonList(row.hosting),
    /** The notices card (OpenNoticesCard). */
    openNotices: openNoticesFrom(row.openNotices, viewer, ctx.now, calendar.timeZone),
    supportEmail: provider?.supportEmail ?? null,
    timeZone: calendar.timeZone,
  };
}

/** How many open notices the dashboard's card lists (the rest are counted, and linked). */
const OPEN_NOTICES_ON_DASHBOARD = 5;

const placeholder = {
  orgId: sql.placeholder('orgId'),
  today: sql.placeholder('today'),
  now: sql.placeholder('now'),
  userId: sql.placeholder('userId'),
};

/**
 * The organisation with its active agreement (left join: none is a state too) and, as JSON arrays
 * from scalar subqueries on their org indexes, its active contracts, people, contacts, phone
 * numbers, the hosting services the privacy text names and the notices that can still be objected
 * to (the first five, with the total). Prepared once (db/prepared.ts): the page runs it on every
 * request, and building it cost more CPU than PostgreSQL spends answering it.
 */
const dashboardStatement = preparedStatement((db) =>
  db
    .select({
      org: organisations,
      agreementId: agreements.id,
      version: dpaTemplateVersions.version,
      signedAt: agreements.signedAt,
      signerName: agreements.signerName,
      signerPosition: agreements.signerPosition,
      serviceCodes: sql<string[] | string | null>`(select json_agg(e ->> 'code') from jsonb_array_elements(${agreements.annexSnapshot} -> 'services') e)`,
      contracts: sql<JsonList<ContractRow>>`(select json_agg(json_build_object('id', ${contracts.id}, 'reference', ${contracts.reference}, 'startsOn', ${contracts.startsOn},
          'serviceCode', ${services.code}, 'serviceName', ${services.name}, 'processesPersonalData', ${services.processesPersonalData})
          order by ${services.processesPersonalData} desc, ${services.code} asc)
        from ${contracts} inner join ${services} on ${services.id} = ${contracts.serviceId}
        where ${contracts.orgId} = ${organisations.id} and ${contracts.status} = 'active')`,
      people: sql<JsonList<PersonRow>>`(select json_agg(json_build_object('userId', ${users.id}, 'name', ${users.name}, 'email', ${users.email},
          'role', ${memberships.role}, 'position', ${memberships.position}) order by ${memberships.role} asc, ${users.name} asc, ${users.email} asc)
        from ${memberships} inner join ${users} on ${users.id} = ${memberships.userId}
        where ${memberships.orgId} = ${organisations.id})`,
      contacts: sql<JsonList<ContactRow>>`(select json_agg(json_build_object('id', ${contacts.id}, 'kind', ${contacts.kind}, 'name', ${contacts.name},
          'email', ${contacts.email}, 'confirmedAt', ${contacts.confirmedAt}) order by ${contacts.kind} asc, ${contacts.email} asc)
        from ${contacts} where ${contacts.orgId} = ${organisations.id})`,
      phones: sql<JsonList<PhoneRow>>`(select json_agg(json_build_object('id', ${phoneNumbers.id}, 'label', ${phoneNumbers.label}, 'display', ${phoneNumbers.display},
          'contactId', ${phoneNumbers.contactId}, 'normalized', ${phoneNumbers.normalized}) order by ${phoneNumbers.display} asc)
        from ${phoneNumbers} where ${phoneNumbers.orgId} = ${organisations.id})`,
      hosting: bookedHostingJson(organisations.id, placeholder.today),
      openNotices: openNoticesJson(organisations.id, placeholder.userId, placeholder.now, OPEN_NOTICES_ON_DASHBOARD),
    })
    .from(organisations)
    .leftJoin(agreements, and(eq(agreements.orgId, organisations.id), eq(agreements.status, 'active')))
    .leftJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
    .where(eq(organisations.id, placeholder.orgId))
    .limit(1)
    .prepare('org_dashboard'),
);

type JsonList<T> = T[] | string | null;
type ContractRow = { id: string; reference: string; startsOn: string; serviceCode: string; serviceName: LocalizedText; processesPersonalData: boolean };
type PersonRow = { userId: string; name: string | null; email: string; role: MembershipRole; position: string | null };
type ContactRow = { id: string; kind: (typeof contactKind.enumValues)[number]; name: string | null; email: string; confirmedAt: string | null };
type PhoneRow = { id: string; label: string | null; display: string; contactId: string | null; normalized: string };

/** postgres.js parses json; PGlite may hand back the text; json_agg of no rows is null. */
function jsonList<T>(value: JsonList<T>): T[] {
  return (typeof value === 'string' ? (JSON.parse(value) as T[]) : value) ?? [];
}

export type OrgDashboard = NonNullable<Awaited<ReturnType<typeof getOrgDashboard>>>;
