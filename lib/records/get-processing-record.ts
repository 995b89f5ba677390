import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import {
  agreements,
  changeNotices,
  contacts,
  contracts,
  dpaTemplateVersions,
  notices,
  objections,
  organisations,
  services,
  tomsVersions,
  type LocalizedText,
  type TomsSections,
} from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import { localDate } from '@/lib/change-notices/compute-effective-date';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings, getSettings } from '@/lib/core/settings';
import { keptAndExcluded, listSubprocessors, type AnnexChange, type RegisterEntry } from '@/lib/register/get-register';
import { isThirdCountry } from './third-countries';

// The record of processing activities the provider keeps as processor (Art. 30(2) GDPR), built from
// the portal's own data for any calendar day (provider time zone):
// - controllers: every organisation whose latest agreement signed by the end of that day was not
//   terminated before it (an agreement terminated ON the day still counts: it was active that day);
// - categories of processing: the personal-data services each of them had booked that day;
// - transfers to third countries: its register annex of that day (annexForOrganisation's rules,
//   including accepted objections) restricted to recipients outside the EU/EEA, with the safeguard;
// - the general description of the TOMs: the current published version (Art. 30(2)(d) describes
//   the measures in force, which is what the authority asks about).
// Reads are set-based: a constant number of queries whatever the number of organisations (issue 14;
// before, each organisation with an accepted objection had its annex read on its own). The register
// comes from the shared cache; accepted objections and later per-organisation dates are read for all
// organisations at once and applied in memory with annexForOrganisation's rule (keptAndExcluded).

export type RecordTransfer = Pick<RegisterEntry, 'id' | 'legalName' | 'address' | 'country' | 'safeguard' | 'safeguardNote'>;

export type RecordController = {
  orgId: string;
  legalName: string;
  customerNumber: string;
  address: string;
  contacts: { name: string | null; email: string }[];
  agreement: { id: string; signedAt: Date; templateVersion: number; signerName: string; terminatedAt: Date | null };
  serviceCodes: string[];
  transfers: RecordTransfer[];
};

export type RecordService = {
  id: string;
  code: string;
  name: LocalizedText;
  purpose: LocalizedText;
  dataCategories: LocalizedText[];
  dataSubjects: LocalizedText[];
  controllerCount: number;
};

export type ProcessingRecord = {
  day: string;
  generatedAt: Date;
  timeZone: string;
  processor: {
    name: string;
    address: string;
    managingDirector: string;
    dpoName: string;
    dpoEmail: string;
    supportEmail: string;
    supportPhone: string;
  };
  controllers: RecordController[];
  services: RecordService[];
  transfers: (RecordTransfer & { serviceCodes: string[]; controllerCount: number })[];
  toms: { version: number; publishedAt: Date | null; sections: TomsSections } | null;
};

export async function getProcessingRecord(ctx: Ctx, input: { day?: string }): Promise<ProcessingRecord> {
  assertCan(ctx, 'records.export');
  const { timeZone } = await getCalendarSettings(ctx);
  const day = input.day ?? localDate(ctx.now, timeZone);
  const provider = await getSettings(ctx);

  const controllers = await activeControllers(ctx, day, timeZone);
  const orgIds = new Set(controllers.map((c) => c.orgId));

  const [booked, generalContacts, all, changes, toms] = await Promise.all([
    bookedServices(ctx, day),
    ctx.db
      .select({ orgId: contacts.orgId, name: contacts.name, email: contacts.email })
      .from(contacts)
      .where(eq(contacts.kind, 'general'))
      .orderBy(asc(contacts.email)),
    listSubprocessors(ctx),
    annexChanges(ctx, day, timeZone),
    ctx.db.select().from(tomsVersions).where(eq(tomsVersions.status, 'published')).orderBy(desc(tomsVersions.version)).limit(1),
  ]);

  const servicesByOrg = new Map<string, Set<string>>();
  for (const row of booked) {
    if (!orgIds.has(row.orgId)) continue;
    const set = servicesByOrg.get(row.orgId) ?? new Set<string>();
    set.add(row.serviceId);
    servicesByOrg.set(row.orgId, set);
  }
  const contactsByOrg = new Map<string, { name: string | null; email: string }[]>();
  for (const c of generalContacts) {
    if (!orgIds.has(c.orgId)) continue;
    contactsByOrg.set(c.orgId, [...(contactsByOrg.get(c.orgId) ?? []), { name: c.name, email: c.email }]);
  }

  const serviceRows = await loadServices(ctx, [...new Set(booked.filter((b) => orgIds.has(b.orgId)).map((b) => b.serviceId))]);
  const codeOf = new Map(serviceRows.map((s) => [s.id, s.code]));
  // The register of the day and the subprocessors an objection may keep, from the one cached list.
  const register = all.filter((entry) => activeOnDay(entry, day));
  const foreign = register.filter((entry) => isThirdCountry(entry.country));
  const foreignEver = all.filter((entry) => isThirdCountry(entry.country));

  const result: RecordController[] = [];
  for (const c of controllers) {
    const serviceIds = servicesByOrg.get(c.orgId) ?? new Set<string>();
    const own = changes.get(c.orgId);
    const annex = own
      ? annexWithChanges(foreignEver, day, serviceIds, keptAndExcluded(own))
      : foreign.filter((entry) => entry.services.some((s) => serviceIds.has(s.id)));
    result.push({
      ...c,
      contacts: contactsByOrg.get(c.orgId) ?? [],
      serviceCodes: [...serviceIds].map((id) => codeOf.get(id)!).sort(),
      transfers: annex.map(({ id, legalName, address, country, safeguard, safeguardNote }) => ({ id, legalName, address, country, safeguard, safeguardNote })),
    });
  }

  const transfers = new Map<string, ProcessingRecord['transfers'][number]>();
  for (const c of result) {
    for (const t of c.transfers) {
      const entry = transfers.get(t.id) ?? { ...t, serviceCodes: [], controllerCount: 0 };
      entry.controllerCount += 1;
      transfers.set(t.id, entry);
    }
  }
  for (const entry of transfers.values()) {
    const inRegister = register.find((r) => r.id === entry.id);
    entry.serviceCodes = (inRegister?.services ?? []).map((s) => s.code).filter((code) => [...codeOf.values()].includes(code));
  }

  return {
    day,
    generatedAt: ctx.now,
    timeZone,
    processor: {
      name: provider?.providerName ?? '',
      address: provider?.providerAddress ?? '',
      managingDirector: provider?.managingDirector ?? '',
      dpoName: provider?.dpoName ?? '',
      dpoEmail: provider?.dpoEmail ?? '',
      supportEmail: provider?.supportEmail ?? '',
      supportPhone: provider?.supportPhone ?? '',
    },
    controllers: result,
    services: serviceRows.map((s) => ({
      ...s,
      controllerCount: result.filter((c) => c.serviceCodes.includes(s.code)).length,
    })),
    transfers: [...transfers.values()].sort((a, b) => a.legalName.localeCompare(b.legalName, 'de')),
    toms: toms[0] ? { version: toms[0].version, publishedAt: toms[0].publishedAt, sections: toms[0].sections } : null,
  };
}

const localDay = (column: typeof agreements.signedAt | typeof agreements.terminatedAt, timeZone: string) =>
  sql`(${column} at time zone ${timeZone})::date`;

/** Per organisation its latest agreement signed by the end of `day`, unless terminated before `day`. */
async function activeControllers(ctx: Ctx, day: string, timeZone: string) {
  const latest = await ctx.db
    .selectDistinctOn([agreements.orgId], {
      id: agreements.id,
      orgId: agreements.orgId,
      signedAt: agreements.signedAt,
      signerName: agreements.signerName,
      terminatedAt: agreements.terminatedAt,
      terminatedDay: sql<string | null>`${localDay(agreements.terminatedAt, timeZone)}::text`,
      templateVersion: dpaTemplateVersions.version,
      legalName: organisations.legalName,
      customerNumber: organisations.customerNumber,
      street: organisations.street,
      postalCode: organisations.postalCode,
      city: organisations.city,
      country: organisations.country,
    })
    .from(agreements)
    .innerJoin(organisations, eq(organisations.id, agreements.orgId))
    .innerJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
    .where(sql`${localDay(agreements.signedAt, timeZone)} <= ${day}::date`)
    .orderBy(agreements.orgId, desc(agreements.signedAt));
  return latest
    .filter((a) => a.terminatedDay === null || a.terminatedDay >= day)
    .map((a) => ({
      orgId: a.orgId,
      legalName: a.legalName,
      customerNumber: a.customerNumber,
      address: `${a.street}, ${a.postalCode} ${a.city}, ${a.country}`,
      agreement: { id: a.id, signedAt: a.signedAt, templateVersion: a.templateVersion, signerName: a.signerName, terminatedAt: a.terminatedAt },
    }))
    .sort((a, b) => a.customerNumber.localeCompare(b.customerNumber, 'de'));
}

/** Every organisation's personal-data contracts running on `day` (the rule of bookedServiceIds, for all at once). */
function bookedServices(ctx: Ctx, day: string) {
  return ctx.db
    .selectDistinct({ orgId: contracts.orgId, serviceId: contracts.serviceId })
    .from(contracts)
    .innerJoin(services, eq(services.id, contracts.serviceId))
    .where(
      and(
        eq(services.processesPersonalData, true),
        lte(contracts.startsOn, day),
        or(sql`${contracts.endsOn} >= ${day}`, and(isNull(contracts.endsOn), eq(contracts.status, 'active'))),
      ),
    );
}

/**
 * Per organisation the changes that keep its annex from following the register on `day`
 * (annexForOrganisation's rule, for every organisation in two queries): change notices in effect by
 * `day` to which it objected successfully, and changes whose own date for it lies after `day`.
 */
async function annexChanges(ctx: Ctx, day: string, timeZone: string): Promise<Map<string, AnnexChange[]>> {
  const targets = { kind: changeNotices.kind, subprocessorId: changeNotices.subprocessorId, replacesSubprocessorId: changeNotices.replacesSubprocessorId };
  const [accepted, pending] = await Promise.all([
    ctx.db
      .select({ orgId: objections.orgId, ...targets })
      .from(objections)
      .innerJoin(changeNotices, eq(changeNotices.id, objections.changeNoticeId))
      .where(
        and(
          eq(objections.status, 'accepted'),
          eq(changeNotices.status, 'effective'),
          sql`(${changeNotices.effectiveAt} at time zone ${timeZone})::date <= ${day}::date`,
        ),
      ),
    ctx.db
      .select({ orgId: notices.orgId, ...targets })
      .from(notices)
      .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
      .where(
        and(
          isNotNull(notices.effectiveAt),
          inArray(changeNotices.status, ['announced', 'effective']),
          sql`(${notices.effectiveAt} at time zone ${timeZone})::date > ${day}::date`,
        ),
      ),
  ]);
  const byOrg = new Map<string, AnnexChange[]>();
  for (const { orgId, ...change } of [...accepted, ...pending]) byOrg.set(orgId, [...(byOrg.get(orgId) ?? []), change]);
  return byOrg;
}

/** The register's rule (activeOn in lib/register/get-register.ts) for a row already read. */
function activeOnDay(entry: RegisterEntry, day: string): boolean {
  return entry.status !== 'planned' && entry.activeFrom !== null && entry.activeFrom <= day && (entry.activeUntil === null || entry.activeUntil > day);
}

/**
 * An organisation's third-country recipients on `day` when objections or later dates of its own
 * change them: the register of the day plus what they keep (if it had started by then), less what
 * they exclude, limited to the services it booked. Same rows and order as annexForOrganisation.
 */
function annexWithChanges(candidates: RegisterEntry[], day: string, serviceIds: Set<string>, { kept, excluded }: { kept: Set<string>; excluded: Set<string> }) {
  return candidates.filter(
    (entry) =>
      (activeOnDay(entry, day) || (kept.has(entry.id) && entry.activeFrom !== null && entry.activeFrom <= day)) &&
      !excluded.has(entry.id) &&
      entry.services.some((s) => serviceIds.has(s.id)),
  );
}

async function loadServices(ctx: Ctx, ids: string[]) {
  if (ids.length === 0) return [];
  return ctx.db
    .select({
      id: services.id,
      code: services.code,
      name: services.name,
      purpose: services.purpose,
      dataCategories: services.dataCategories,
      dataSubjects: services.dataSubjects,
    })
    .from(services)
    .where(inArray(services.id, ids))
    .orderBy(asc(services.code));
}
