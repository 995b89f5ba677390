import 'server-only';
import { and, asc, eq, exists, gt, inArray, isNotNull, isNull, lte, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import {
  changeNotices,
  contracts,
  notices,
  objections,
  services,
  subprocessors,
  subprocessorServices,
  type LocalizedText,
} from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { sharedCache, type CacheTag } from '@/lib/core/shared-cache';
import type { RegisterFilters } from './register-filters';

// The register is the set of subprocessors active on a day: status is not 'planned', active_from
// lies on or before the day and active_until (exclusive: the day it stops, i.e. the effective date
// of its removal) after it. Any past day can be shown because retiring keeps the row and its dates.
// These reads need no actor: the pages and use cases that call them have authorized already, and
// the organisation's annex is scoped by its orgId in every WHERE clause.

type Db = Database | Tx;
type ReadCtx = Ctx<Actor | null>;

export type RegisterEntry = {
  id: string;
  legalName: string;
  address: string;
  country: string;
  purpose: LocalizedText;
  dataCategories: LocalizedText[];
  safeguard: (typeof subprocessors.$inferSelect)['safeguard'];
  safeguardNote: string | null;
  website: string | null;
  status: (typeof subprocessors.$inferSelect)['status'];
  activeFrom: string | null;
  activeUntil: string | null;
  services: { id: string; code: string; name: LocalizedText }[];
};

export function activeOn(day: string): SQL {
  return and(
    ne(subprocessors.status, 'planned'),
    lte(subprocessors.activeFrom, day),
    or(isNull(subprocessors.activeUntil), gt(subprocessors.activeUntil, day)),
  )!;
}

function usedFor(serviceIds: string[]): SQL {
  return exists(
    sql`(select 1 from ${subprocessorServices} where ${subprocessorServices.subprocessorId} = ${subprocessors.id} and ${inArray(subprocessorServices.serviceId, serviceIds)})`,
  );
}

function filterConditions(filters: RegisterFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.country) conditions.push(eq(subprocessors.country, filters.country));
  if (filters.safeguard) conditions.push(eq(subprocessors.safeguard, filters.safeguard));
  if (filters.serviceId) conditions.push(usedFor([filters.serviceId]));
  if (filters.status) conditions.push(eq(subprocessors.status, filters.status));
  return conditions;
}

/** Loads the rows with their services (optionally only the services in `onlyServices`). */
async function withServices(db: Db, where: SQL | undefined, onlyServices?: string[]): Promise<RegisterEntry[]> {
  const rows = await db.select().from(subprocessors).where(where).orderBy(sql`${subprocessors.legalName} collate german`);
  if (rows.length === 0) return [];
  const links = await db
    .select({ subprocessorId: subprocessorServices.subprocessorId, id: services.id, code: services.code, name: services.name })
    .from(subprocessorServices)
    .innerJoin(services, eq(services.id, subprocessorServices.serviceId))
    .where(
      and(
        inArray(subprocessorServices.subprocessorId, rows.map((r) => r.id)),
        onlyServices ? inArray(services.id, onlyServices) : undefined,
      ),
    )
    .orderBy(asc(services.code));
  return rows.map((row) => ({
    id: row.id,
    legalName: row.legalName,
    address: row.address,
    country: row.country,
    purpose: row.purpose,
    dataCategories: row.dataCategories,
    safeguard: row.safeguard,
    safeguardNote: row.safeguardNote,
    website: row.website,
    status: row.status,
    activeFrom: row.activeFrom,
    activeUntil: row.activeUntil,
    services: links.filter((l) => l.subprocessorId === row.id).map(({ id, code, name }) => ({ id, code, name })),
  }));
}

/** What the register's rows are read from: a change to any of these tables drops the cached rows. */
const registerTables: readonly CacheTag[] = ['subprocessors', 'subprocessor_services', 'services'];

/**
 * The rows `where` selects, unfiltered, from the shared cache outside a transaction (the register
 * is the same for everyone: lib/core/shared-cache.ts), read afresh inside one.
 */
function cachedRows(ctx: ReadCtx, key: string, where: SQL | undefined): Promise<RegisterEntry[]> {
  const load = () => withServices(ctx.db, where);
  return ctx.inTransaction ? load() : sharedCache(key, registerTables, load);
}

/** The filters of the register pages, applied to rows already read (the order stays the database's). */
function matches(entry: RegisterEntry, filters: RegisterFilters): boolean {
  return (
    (!filters.country || entry.country === filters.country) &&
    (!filters.safeguard || entry.safeguard === filters.safeguard) &&
    (!filters.serviceId || entry.services.some((s) => s.id === filters.serviceId)) &&
    (!filters.status || entry.status === filters.status)
  );
}

/** The whole register on `day` (staff see all of it). */
export async function registerAsOf(ctx: ReadCtx, input: { day: string; filters?: RegisterFilters }): Promise<RegisterEntry[]> {
  const rows = await cachedRows(ctx, `register:${input.day}`, activeOn(input.day));
  return rows.filter((entry) => matches(entry, { ...input.filters, status: undefined }));
}

/** Every subprocessor whatever its dates (the staff's maintenance view), filtered. */
export async function listSubprocessors(ctx: ReadCtx, input: { filters?: RegisterFilters } = {}): Promise<RegisterEntry[]> {
  const rows = await cachedRows(ctx, 'register:all', undefined);
  return rows.filter((entry) => matches(entry, input.filters ?? {}));
}

/** The personal-data services an organisation had booked on `day`. */
export async function bookedServiceIds(ctx: ReadCtx, input: { orgId: string; day: string }): Promise<string[]> {
  const { orgId, day } = input;
  const rows = await ctx.db
    .select({ id: contracts.serviceId })
    .from(contracts)
    .innerJoin(services, eq(services.id, contracts.serviceId))
    .where(
      and(
        eq(contracts.orgId, orgId),
        eq(services.processesPersonalData, true),
        lte(contracts.startsOn, day),
        or(sql`${contracts.endsOn} >= ${day}`, and(isNull(contracts.endsOn), eq(contracts.status, 'active'))),
      ),
    );
  return [...new Set(rows.map((r) => r.id))];
}

/** A change notice's effect on the register, as far as an organisation's annex is concerned. */
export type AnnexChange = { kind: (typeof changeNotices.$inferSelect)['kind']; subprocessorId: string; replacesSubprocessorId: string | null };

/**
 * What an organisation's accepted objections and its not-yet-effective changes (annexForOrganisation's
 * rule below) take out of its annex and keep in it. The record of processing activities applies the
 * same rule to every organisation at once (lib/records/get-processing-record.ts).
 */
export function keptAndExcluded(changes: readonly AnnexChange[]) {
  const excluded = new Set<string>();
  const kept = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'add') excluded.add(change.subprocessorId);
    if (change.kind === 'remove') kept.add(change.subprocessorId);
    if (change.kind === 'replace') {
      excluded.add(change.subprocessorId);
      if (change.replacesSubprocessorId) kept.add(change.replacesSubprocessorId);
    }
  }
  for (const id of excluded) kept.delete(id);
  return { excluded, kept };
}

/**
 * An organisation's annex on `day`: the register filtered to the personal-data services it had
 * booked, except where an ACCEPTED objection keeps the old state for it. For every change notice
 * that had taken effect by `day` and that this organisation objected to successfully:
 *   add     -> the added subprocessor is not in its annex;
 *   remove  -> the removed subprocessor stays in its annex;
 *   replace -> the new one is not in its annex, the old one stays;
 *   update  -> nothing to keep (the register does not change membership).
 * Likewise while a change has not yet taken effect for this organisation on its own, later date.
 * This is the one place that rule lives; the annex page, the DPA's Annex IV and tests use it.
 */
export async function annexForOrganisation(
  ctx: ReadCtx,
  input: { orgId: string; day: string; filters?: Omit<RegisterFilters, 'status'> },
): Promise<RegisterEntry[]> {
  const { orgId, day, filters = {} } = input;
  const booked = await bookedServiceIds(ctx, { orgId, day });
  const relevant = filters.serviceId ? booked.filter((id) => id === filters.serviceId) : booked;
  if (relevant.length === 0) return [];

  const { timeZone } = await getCalendarSettings(ctx);
  const changeTargets = { kind: changeNotices.kind, subprocessorId: changeNotices.subprocessorId, replacesSubprocessorId: changeNotices.replacesSubprocessorId };
  const accepted = await ctx.db
    .select(changeTargets)
    .from(objections)
    .innerJoin(changeNotices, eq(changeNotices.id, objections.changeNoticeId))
    .where(
      and(
        eq(objections.orgId, orgId),
        eq(objections.status, 'accepted'),
        eq(changeNotices.status, 'effective'),
        sql`(${changeNotices.effectiveAt} at time zone ${timeZone})::date <= ${day}::date`,
      ),
    );
  // A change whose own date for this organisation lies after `day` (its agreement promises a longer
  // notice period, decision 0094) has not taken effect for it yet: the old state stays, as above.
  const pending = await ctx.db
    .select(changeTargets)
    .from(notices)
    .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
    .where(
      and(
        eq(notices.orgId, orgId),
        isNotNull(notices.effectiveAt),
        inArray(changeNotices.status, ['announced', 'effective']),
        sql`(${notices.effectiveAt} at time zone ${timeZone})::date > ${day}::date`,
      ),
    );
  const { excluded, kept } = keptAndExcluded([...accepted, ...pending]);

  if (kept.size === 0) {
    // The common case: the register of the day (shared), less what an objection excluded, limited
    // to the services this organisation books, each row showing only those services.
    const register = await registerAsOf(ctx, { day, filters: { country: filters.country, safeguard: filters.safeguard } });
    return register
      .filter((entry) => !excluded.has(entry.id) && entry.services.some((s) => relevant.includes(s.id)))
      .map((entry) => ({ ...entry, services: entry.services.filter((s) => relevant.includes(s.id)) }));
  }
  // An objection keeps a subprocessor that left the register: read this organisation's annex itself.
  const inRegister = kept.size
    ? or(activeOn(day), and(inArray(subprocessors.id, [...kept]), lte(subprocessors.activeFrom, day)))
    : activeOn(day);
  const where = and(
    inRegister,
    excluded.size ? notInArray(subprocessors.id, [...excluded]) : undefined,
    usedFor(relevant),
    ...filterConditions({ country: filters.country, safeguard: filters.safeguard }),
  );
  return withServices(ctx.db, where, relevant);
}
