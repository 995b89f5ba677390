import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { contacts, contracts, organisations, phoneNumbers, services } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { contractStatusOn } from '@/lib/contracts/contract-status';
import { organisationColumns, type ImportError, type ImportRow, type ParsedImport } from './parse-import-csv';

type OrgFields = Pick<ImportRow, (typeof organisationColumns)[number]>;
type ContractFields = { reference: string; startsOn: string; endsOn: string | null; status: 'active' | 'ended' };

/** What an import would do, computed in sets against the database; nothing is written here. */
export type ImportPlan = {
  errors: ImportError[];
  createOrgs: (OrgFields & { customerNumber: string })[];
  updateOrgs: { id: string; customerNumber: string; before: Partial<OrgFields>; after: Partial<OrgFields>; values: OrgFields }[];
  addPhones: { customerNumber: string; label: string | null; display: string; normalized: string }[];
  addContacts: { customerNumber: string; name: string | null; email: string; locale: 'de' | 'en' }[];
  createContracts: (ContractFields & { customerNumber: string; serviceId: string })[];
  updateContracts: { id: string; orgId: string; customerNumber: string; before: Partial<ContractFields>; after: Partial<ContractFields>; values: ContractFields }[];
};

const CHUNK = 5000;
async function inChunks<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

function diff<T extends Record<string, unknown>>(before: T, after: T) {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (before[key] !== after[key]) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}

/**
 * Compares the parsed rows with the database: organisations by customer number, contracts by
 * (customer number, contract reference), phone numbers by their normalised digits, contacts by
 * address. Existing phone numbers and contacts are kept (the import adds, it never deletes), so
 * importing the same file twice changes nothing the second time.
 */
export async function planImport(ctx: Ctx<Actor | null>, parsed: ParsedImport): Promise<ImportPlan> {
  const plan: ImportPlan = { errors: [...parsed.errors], createOrgs: [], updateOrgs: [], addPhones: [], addContacts: [], createContracts: [], updateContracts: [] };
  if (parsed.rows.length === 0) return plan;
  const { headers } = parsed;
  const fail = (row: ImportRow, column: keyof typeof headers, message: ImportError['message'], value?: string) =>
    plan.errors.push({ row: row.row, column: headers[column], message, ...(value ? { value } : {}) });

  const catalogue = await ctx.db.select({ id: services.id, code: services.code, name: services.name }).from(services);
  const serviceBy = new Map<string, string>();
  for (const s of catalogue) for (const key of [s.code, s.name.de, s.name.en]) serviceBy.set(key.toLowerCase(), s.id);

  const numbers = [...new Set(parsed.rows.map((r) => r.customerNumber))];
  const existingOrgs = await inChunks(numbers, (chunk) =>
    ctx.db
      .select({
        id: organisations.id,
        customerNumber: organisations.customerNumber,
        legalName: organisations.legalName,
        street: organisations.street,
        postalCode: organisations.postalCode,
        city: organisations.city,
        country: organisations.country,
        locale: organisations.locale,
        archivedAt: organisations.archivedAt,
      })
      .from(organisations)
      .where(inArray(organisations.customerNumber, chunk)),
  );
  const orgBy = new Map(existingOrgs.map((o) => [o.customerNumber, o]));
  const orgIds = existingOrgs.map((o) => o.id);
  const [phones, general, existingContracts] = await Promise.all([
    inChunks(orgIds, (chunk) => ctx.db.select({ orgId: phoneNumbers.orgId, normalized: phoneNumbers.normalized }).from(phoneNumbers).where(inArray(phoneNumbers.orgId, chunk))),
    inChunks(orgIds, (chunk) =>
      ctx.db.select({ orgId: contacts.orgId, email: contacts.email }).from(contacts).where(and(inArray(contacts.orgId, chunk), eq(contacts.kind, 'general'))),
    ),
    inChunks(orgIds, (chunk) => ctx.db.select().from(contracts).where(inArray(contracts.orgId, chunk))),
  ]);
  const phoneKeys = new Set(phones.map((p) => `${p.orgId}|${p.normalized}`));
  const contactKeys = new Set(general.map((c) => `${c.orgId}|${c.email.toLowerCase()}`));
  const contractBy = new Map(existingContracts.map((c) => [`${c.orgId}|${c.reference}`, c]));
  const { timeZone } = await getCalendarSettings(ctx);

  const seenOrg = new Set<string>();
  const seenPhone = new Set<string>();
  const seenContact = new Set<string>();
  const seenContract = new Set<string>();
  // After the import: which (organisation, service) pairs hold an active contract, and by whom.
  const activeBy = new Map<string, string>();
  for (const c of existingContracts) if (c.status === 'active') activeBy.set(`${c.orgId}|${c.serviceId}`, c.reference);

  for (const row of parsed.rows) {
    const org = orgBy.get(row.customerNumber);
    const orgKey = org?.id ?? `new:${row.customerNumber}`;
    if (org?.archivedAt) {
      fail(row, 'customerNumber', 'adminImport.error.archived', row.customerNumber);
      continue;
    }
    const values: OrgFields = { legalName: row.legalName, street: row.street, postalCode: row.postalCode, city: row.city, country: row.country, locale: row.locale };
    if (!seenOrg.has(row.customerNumber)) {
      seenOrg.add(row.customerNumber);
      if (!org) plan.createOrgs.push({ customerNumber: row.customerNumber, ...values });
      else {
        const { id: _id, customerNumber: _n, archivedAt: _a, ...current } = org;
        const d = diff<OrgFields>(current, values);
        if (d.changed) plan.updateOrgs.push({ id: org.id, customerNumber: row.customerNumber, before: d.before, after: d.after, values });
      }
    }
    if (row.phone) {
      const key = `${orgKey}|${row.phone.normalized}`;
      if (!phoneKeys.has(key) && !seenPhone.has(key)) {
        seenPhone.add(key);
        plan.addPhones.push({ customerNumber: row.customerNumber, label: row.phone.label, display: row.phone.display, normalized: row.phone.normalized });
      }
    }
    if (row.contact) {
      const key = `${orgKey}|${row.contact.email}`;
      if (!contactKeys.has(key) && !seenContact.has(key)) {
        seenContact.add(key);
        plan.addContacts.push({ customerNumber: row.customerNumber, name: row.contact.name, email: row.contact.email, locale: row.locale });
      }
    }

    const serviceId = serviceBy.get(row.service.toLowerCase());
    if (!serviceId) {
      fail(row, 'service', 'adminImport.error.service', row.service);
      continue;
    }
    const contractKey = `${orgKey}|${row.contractReference}`;
    if (seenContract.has(contractKey)) {
      fail(row, 'contractReference', 'adminImport.error.duplicateContract', row.contractReference);
      continue;
    }
    seenContract.add(contractKey);
    const status = contractStatusOn(row.endsOn, ctx.now, timeZone);
    const values_: ContractFields = { reference: row.contractReference, startsOn: row.startsOn, endsOn: row.endsOn, status };
    const existing = contractBy.get(contractKey);
    const pair = `${orgKey}|${serviceId}`;
    if (existing && existing.serviceId !== serviceId) {
      fail(row, 'service', 'adminImport.error.serviceChanged', row.service);
      continue;
    }
    // One active contract per organisation and service (the database's partial unique index).
    if (existing?.status === 'active' && status !== 'active') activeBy.delete(pair);
    if (status === 'active' && existing?.status !== 'active') {
      const holder = activeBy.get(pair);
      if (holder !== undefined && holder !== row.contractReference) {
        fail(row, 'service', 'adminImport.error.serviceActive', row.service);
        continue;
      }
      activeBy.set(pair, row.contractReference);
    }
    if (!existing) plan.createContracts.push({ customerNumber: row.customerNumber, serviceId, ...values_ });
    else {
      const d = diff<ContractFields>(
        { reference: existing.reference, startsOn: existing.startsOn, endsOn: existing.endsOn, status: existing.status },
        values_,
      );
      if (d.changed) plan.updateContracts.push({ id: existing.id, orgId: existing.orgId, customerNumber: row.customerNumber, before: d.before, after: d.after, values: values_ });
    }
  }
  plan.errors.sort((a, b) => a.row - b.row);
  return plan;
}

/** The preview's figures. */
export function summarizePlan(plan: ImportPlan) {
  return {
    createOrgs: plan.createOrgs.length,
    updateOrgs: plan.updateOrgs.length,
    addPhones: plan.addPhones.length,
    addContacts: plan.addContacts.length,
    createContracts: plan.createContracts.length,
    updateContracts: plan.updateContracts.length,
  };
}
