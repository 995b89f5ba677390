import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { organisations } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import type { ImportPlan } from './plan-import';

// Set-based writes: each statement takes a chunk of rows as one JSON parameter and expands it with
// jsonb_to_recordset, so 100,000 rows are a few dozen statements, not 100,000 round trips, and no
// statement comes near PostgreSQL's 65,535-parameter limit.
const CHUNK = 5000;

async function eachChunk<T>(items: T[], run: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += CHUNK) await run(items.slice(i, i + CHUNK));
}

const json = (rows: unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;

/** Writes a plan without errors, in the caller's transaction. Returns nothing the plan does not already say. */
export async function applyImport(ctx: Ctx<Actor | null>, plan: ImportPlan) {
  const now = ctx.now.toISOString();
  await eachChunk(plan.createOrgs, (chunk) =>
    ctx.db.execute(sql`
      insert into organisations (customer_number, legal_name, street, postal_code, city, country, locale, created_at, updated_at)
      select r."customerNumber", r."legalName", r.street, r."postalCode", r.city, r.country, r.locale::locale, ${now}::timestamptz, ${now}::timestamptz
      from jsonb_to_recordset(${json(chunk)}) as r("customerNumber" text, "legalName" text, street text, "postalCode" text, city text, country text, locale text)`),
  );
  await eachChunk(plan.updateOrgs, (chunk) =>
    ctx.db.execute(sql`
      update organisations o set legal_name = r."legalName", street = r.street, postal_code = r."postalCode", city = r.city,
        country = r.country, locale = r.locale::locale, updated_at = ${now}::timestamptz
      from jsonb_to_recordset(${json(chunk.map((u) => ({ id: u.id, ...u.values })))})
        as r(id uuid, "legalName" text, street text, "postalCode" text, city text, country text, locale text)
      where o.id = r.id`),
  );

  // Organisation ids by customer number, for the new ones and the ones the rows refer to.
  const numbers = [...new Set([...plan.addPhones, ...plan.addContacts, ...plan.createContracts].map((r) => r.customerNumber))];
  const idOf = new Map<string, string>();
  await eachChunk(numbers, async (chunk) => {
    const rows = await ctx.db.select({ id: organisations.id, n: organisations.customerNumber }).from(organisations).where(inArray(organisations.customerNumber, chunk));
    for (const r of rows) idOf.set(r.n, r.id);
  });
  const withOrg = <T extends { customerNumber: string }>(rows: T[]) => rows.map(({ customerNumber, ...rest }) => ({ orgId: idOf.get(customerNumber)!, ...rest }));

  await eachChunk(withOrg(plan.addPhones), (chunk) =>
    ctx.db.execute(sql`
      insert into phone_numbers (org_id, label, display, normalized, created_at)
      select r."orgId", r.label, r.display, r.normalized, ${now}::timestamptz
      from jsonb_to_recordset(${json(chunk)}) as r("orgId" uuid, label text, display text, normalized text)`),
  );
  await eachChunk(withOrg(plan.addContacts), (chunk) =>
    ctx.db.execute(sql`
      insert into contacts (org_id, kind, name, email, locale, created_at)
      select r."orgId", 'general', r.name, r.email, r.locale::locale, ${now}::timestamptz
      from jsonb_to_recordset(${json(chunk)}) as r("orgId" uuid, name text, email text, locale text)`),
  );
  await eachChunk(withOrg(plan.createContracts), (chunk) =>
    ctx.db.execute(sql`
      insert into contracts (org_id, service_id, reference, status, starts_on, ends_on, created_at)
      select r."orgId", r."serviceId", r.reference, r.status::contract_status, r."startsOn", r."endsOn", ${now}::timestamptz
      from jsonb_to_recordset(${json(chunk)}) as r("orgId" uuid, "serviceId" uuid, reference text, status text, "startsOn" date, "endsOn" date)`),
  );
  await eachChunk(plan.updateContracts, (chunk) =>
    ctx.db.execute(sql`
      update contracts c set reference = r.reference, status = r.status::contract_status, starts_on = r."startsOn", ends_on = r."endsOn"
      from jsonb_to_recordset(${json(chunk.map((u) => ({ id: u.id, orgId: u.orgId, ...u.values })))})
        as r(id uuid, "orgId" uuid, reference text, status text, "startsOn" date, "endsOn" date)
      where c.id = r.id and c.org_id = r."orgId"`),
  );
}
