import 'server-only';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { contacts, contracts, memberships, organisations, services, users, type AnnexContactPerson, type AnnexSnapshot } from '@/db/schema';
import { localDate } from '@/lib/change-notices/compute-effective-date';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { getSettings } from '@/lib/core/settings';
import { annexForOrganisation } from '@/lib/register/get-register';
import { annexParties, annexService, annexSubprocessor, providerContactPersons } from './annex-parties';
import { PROFESSIONAL_SECRECY_CLAUSE } from './professional-secrecy-clause';
import { hashAnnexSnapshot } from './hash-annex-snapshot';

// Annexes I, II and IV as they stand today for one organisation: the parties, the booked services
// that process personal data, and the current register filtered to those services. Signing freezes
// this into the agreement; the review page shows the same thing, so what is read is what is signed.

/** `org` is the organisation's row as read for Annex I, so a caller needs not read it again. */
export type CurrentAnnex = { snapshot: AnnexSnapshot; sha256: string; eligible: boolean; org: typeof organisations.$inferSelect };

/**
 * Null when the organisation or the provider settings do not exist. Every query names orgId; the
 * register is the one of `ctx.now`'s day in the provider's time zone.
 */
export async function buildAnnexSnapshot(ctx: Ctx<Actor>, orgId: string): Promise<CurrentAnnex | null> {
  const { db } = ctx;
  const [[org], provider, booked, customerContacts] = await Promise.all([
    db.select().from(organisations).where(eq(organisations.id, orgId)).limit(1),
    getSettings(ctx),
    db
      .select({
        id: services.id,
        code: services.code,
        name: services.name,
        description: services.description,
        dataCategories: services.dataCategories,
        dataSubjects: services.dataSubjects,
        specialCategories: services.specialCategories,
        purpose: services.purpose,
        nature: services.nature,
        duration: services.duration,
        retention: services.retention,
        logRetentionDays: services.logRetentionDays,
        backupRetentionDays: services.backupRetentionDays,
      })
      .from(contracts)
      .innerJoin(services, eq(services.id, contracts.serviceId))
      .where(and(eq(contracts.orgId, orgId), eq(contracts.status, 'active'), eq(services.processesPersonalData, true)))
      .orderBy(asc(services.code)),
    customerContactPersons(ctx, orgId),
  ]);
  if (!org || !provider) return null;

  // One contract per service is active at most (partial unique index), but stay safe for history.
  const bookedServices = [...new Map(booked.map((s) => [s.id, s])).values()];
  const serviceIds = bookedServices.map((s) => s.id);
  // Annex IV is the register's own view of this organisation, so an accepted objection that keeps
  // the old state for it shows in what it signs, exactly as on its register page.
  const register = serviceIds.length === 0 ? [] : await annexForOrganisation(ctx, { orgId, day: localDate(ctx.now, provider.timeZone) });

  const snapshot: AnnexSnapshot = {
    parties: annexParties(provider, org),
    services: bookedServices.map(annexService),
    contactPersons: { customer: customerContacts, provider: providerContactPersons(provider) },
    ...(org.professionalSecrecy ? { professionalSecrecyClause: PROFESSIONAL_SECRECY_CLAUSE } : {}),
    // Sorted like the seed's snapshots (German collation, then id), so equal registers hash equally.
    subprocessors: register
      .sort((a, b) => a.legalName.localeCompare(b.legalName, 'de') || a.id.localeCompare(b.id))
      .map(annexSubprocessor),
  };
  return { snapshot, sha256: hashAnnexSnapshot(snapshot), eligible: bookedServices.length > 0, org };
}

/**
 * The controller's Annex I contact persons: its signatories (name, Funktion, e-mail) and its
 * confirmed notice contacts, in a fixed order so that equal data hash equally.
 */
async function customerContactPersons(ctx: Ctx<Actor>, orgId: string): Promise<AnnexContactPerson[]> {
  const [signatories, notice] = await Promise.all([
    ctx.db
      .select({ name: users.name, position: memberships.position, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'signatory')))
      .orderBy(asc(sql`lower(${users.email})`)),
    ctx.db
      .select({ name: contacts.name, email: contacts.email })
      .from(contacts)
      .where(and(eq(contacts.orgId, orgId), eq(contacts.kind, 'notice'), isNotNull(contacts.confirmedAt)))
      .orderBy(asc(sql`lower(${contacts.email})`)),
  ]);
  return [
    ...signatories.map((s) => ({ role: 'signatory' as const, name: s.name ?? null, position: s.position?.trim() || null, email: s.email })),
    ...notice.map((c) => ({ role: 'notice' as const, name: c.name ?? null, position: null, email: c.email })),
  ];
}
