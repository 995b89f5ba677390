import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  agreements,
  contacts,
  contracts,
  dpaTemplateVersions,
  memberships,
  organisations,
  phoneNumbers,
  services,
  users,
  type MembershipRole,
} from '@/db/schema';
import { can } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings, getSettings } from '@/lib/core/settings';
import { dpaStatus } from '@/lib/dpa/dpa-status';
import { currentTemplateVersion } from '@/lib/dpa/signing-inputs';
import { decideSupportLevel } from '@/lib/support/decide-support-level';

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
  const { db } = ctx;

  // One query for the organisation with its active agreement (left join: none is a state too),
  // beside the lists; the support level is decided from the same rows (supportLevel()'s facts:
  // the agreement's services and the active contracts for processing services), not read again.
  const [orgRows, current, contractRows, people, contactRows, phones, provider, calendar] = await Promise.all([
    db
      .select({
        org: organisations,
        agreementId: agreements.id,
        version: dpaTemplateVersions.version,
        signedAt: agreements.signedAt,
        signerName: agreements.signerName,
        signerPosition: agreements.signerPosition,
        serviceCodes: sql<string[] | string | null>`(select json_agg(e ->> 'code') from jsonb_array_elements(${agreements.annexSnapshot} -> 'services') e)`,
      })
      .from(organisations)
      .leftJoin(agreements, and(eq(agreements.orgId, organisations.id), eq(agreements.status, 'active')))
      .leftJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
      .where(eq(organisations.id, orgId))
      .limit(1),
    currentTemplateVersion(ctx),
    db
      .select({
        id: contracts.id,
        reference: contracts.reference,
        startsOn: contracts.startsOn,
        serviceCode: services.code,
        serviceName: services.name,
        processesPersonalData: services.processesPersonalData,
      })
      .from(contracts)
      .innerJoin(services, eq(services.id, contracts.serviceId))
      .where(and(eq(contracts.orgId, orgId), eq(contracts.status, 'active')))
      .orderBy(desc(services.processesPersonalData), asc(services.code)),
    db
      .select({
        userId: users.id,
        name: users.name,
        email: users.email,
        role: memberships.role,
        position: memberships.position,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.orgId, orgId))
      .orderBy(asc(memberships.role), asc(users.name), asc(users.email)),
    db
      .select({
        id: contacts.id,
        kind: contacts.kind,
        name: contacts.name,
        email: contacts.email,
        confirmedAt: contacts.confirmedAt,
      })
      .from(contacts)
      .where(eq(contacts.orgId, orgId))
      .orderBy(asc(contacts.kind), asc(contacts.email)),
    db
      .select({ id: phoneNumbers.id, label: phoneNumbers.label, display: phoneNumbers.display, contactId: phoneNumbers.contactId, normalized: phoneNumbers.normalized })
      .from(phoneNumbers)
      .where(eq(phoneNumbers.orgId, orgId))
      .orderBy(asc(phoneNumbers.display)),
    getSettings(ctx),
    getCalendarSettings(ctx),
  ]);
  const [row] = orgRows;
  if (!row) return null;
  const { org } = row;
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
    supportEmail: provider?.supportEmail ?? null,
    timeZone: calendar.timeZone,
  };
}

/** postgres.js parses json; PGlite may hand back the text. */
function jsonList(value: string[] | string | null): string[] {
  return (typeof value === 'string' ? JSON.parse(value) : value) ?? [];
}

export type OrgDashboard = NonNullable<Awaited<ReturnType<typeof getOrgDashboard>>>;
