import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { contracts, organisations, services, settings, type AnnexSnapshot } from '@/db/schema';
import { localDate } from '@/lib/change-notices/compute-effective-date';
import { createContext } from '@/lib/core/context';
import { annexForOrganisation } from '@/lib/register/get-register';
import { annexParties } from './annex-parties';
import { hashAnnexSnapshot } from './hash-annex-snapshot';

// Annexes I, II and IV as they stand today for one organisation: the parties, the booked services
// that process personal data, and the current register filtered to those services. Signing freezes
// this into the agreement; the review page shows the same thing, so what is read is what is signed.

export type CurrentAnnex = { snapshot: AnnexSnapshot; sha256: string; eligible: boolean };

/** Null when the organisation or the provider settings do not exist. Every query names orgId. */
export async function buildAnnexSnapshot(db: Database | Tx, orgId: string): Promise<CurrentAnnex | null> {
  const [[org], [provider], booked] = await Promise.all([
    db.select().from(organisations).where(eq(organisations.id, orgId)).limit(1),
    db.select().from(settings).where(eq(settings.id, 1)).limit(1),
    db
      .select({
        id: services.id,
        code: services.code,
        name: services.name,
        dataCategories: services.dataCategories,
        dataSubjects: services.dataSubjects,
        purpose: services.purpose,
      })
      .from(contracts)
      .innerJoin(services, eq(services.id, contracts.serviceId))
      .where(and(eq(contracts.orgId, orgId), eq(contracts.status, 'active'), eq(services.processesPersonalData, true)))
      .orderBy(asc(services.code)),
  ]);
  if (!org || !provider) return null;

  // One contract per service is active at most (partial unique index), but stay safe for history.
  const bookedServices = [...new Map(booked.map((s) => [s.id, s])).values()];
  const serviceIds = bookedServices.map((s) => s.id);
  // Annex IV is the register's own view of this organisation, so an accepted objection that keeps
  // the old state for it shows in what it signs, exactly as on its register page.
  // Bridge until this function takes the caller's ctx: a context over `db` (possibly the signing
  // transaction), marked as in it so that the register reads its settings through `db`.
  const ctx = { ...createContext({ actor: null, db }), inTransaction: true };
  const register = serviceIds.length === 0 ? [] : await annexForOrganisation(ctx, { orgId, day: localDate(new Date(), provider.timeZone) });

  const snapshot: AnnexSnapshot = {
    parties: annexParties(provider, org),
    services: bookedServices.map(({ code, name, dataCategories, dataSubjects, purpose }) => ({
      code,
      name,
      dataCategories,
      dataSubjects,
      purpose,
    })),
    // Sorted like the seed's snapshots (German collation, then id), so equal registers hash equally.
    subprocessors: register
      .sort((a, b) => a.legalName.localeCompare(b.legalName, 'de') || a.id.localeCompare(b.id))
      .map(({ id, legalName, country, purpose, safeguard }) => ({ id, legalName, country, purpose, safeguard })),
  };
  return { snapshot, sha256: hashAnnexSnapshot(snapshot), eligible: bookedServices.length > 0 };
}
