import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, organisations } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import { AppError } from '@/lib/errors';
import { queryRows } from '@/lib/core/rows';
import { getOrgDashboard } from '@/lib/orgs/get-org-dashboard';
import { actorFor, contextFor } from '@/lib/testing/context';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { searchCandidateCap, searchCustomers, searchCustomersInput, supportSearchPageSize } from './search-customers';
import { supportLevel } from './support-level';

let support: UserActor;
const search = (q: string, page = '1', actor: UserActor = support) =>
  searchCustomers(contextFor(actor), searchCustomersInput.parse({ q, page }));
const numbers = (result: Awaited<ReturnType<typeof search>>) => result.hits.map((h) => h.customerNumber);

describe('searchCustomers', () => {
  beforeAll(async () => {
    support = await actorFor(demoAccounts.support);
  });

  it('finds Kanzlei Krause by its phone number in any format (issue 10)', async () => {
    for (const q of ['0711 2293 440', '+49 711 2293440', '0049 (711) 2293-440']) {
      const result = await search(q);
      expect(numbers(result), q).toEqual([demoOrgs.none]);
      expect(result.hits[0]!.matchedBy).toBe('phone');
    }
  });

  it('finds by customer number, exact first', async () => {
    const result = await search(demoOrgs.current.toLowerCase());
    expect(numbers(result)[0]).toBe(demoOrgs.current);
    expect(result.hits[0]!.matchedBy).toBe('customer_number');
  });

  it('finds by part of the name and with a small typo (trigram)', async () => {
    expect(numbers(await search('hofmann'))).toContain(demoOrgs.current);
    expect(numbers(await search('Hofman Bäckerei'))).toContain(demoOrgs.current);
    expect(numbers(await search('Yilmas Logistik'))).toContain(demoOrgs.outdated);
  });

  it('finds by an e-mail address and by a contact person', async () => {
    expect(numbers(await search(demoAccounts.otherSignatory.toUpperCase()))).toEqual([demoOrgs.none]);
    const byContact = await search('Mehmet Yilmaz');
    expect(numbers(byContact)).toContain(demoOrgs.outdated);
  });

  it('shows DPA state, support level (the same as supportLevel()) and service contract', async () => {
    for (const [customerNumber, status] of [
      [demoOrgs.current, 'current'],
      [demoOrgs.none, 'none'],
      [demoOrgs.outdated, 'outdated'],
      [demoOrgs.notEligible, 'not_eligible'],
    ] as const) {
      const [hit] = (await search(customerNumber)).hits;
      expect(hit, customerNumber).toMatchObject({ customerNumber, status });
      const decision = await supportLevel(contextFor(support), hit!.id);
      expect(hit!.supportLevel, customerNumber).toBe(decision.level);
      expect(hit!.serviceContract).toBe(status !== 'not_eligible');
    }
  });

  it('pages without counting: one row more tells whether a next page exists', async () => {
    const all = (await getDb().select({ n: sql<number>`count(*)::int` }).from(organisations).where(isNull(organisations.archivedAt)))[0]!.n;
    const first = await search('');
    expect(first.hits.length).toBe(Math.min(all, supportSearchPageSize));
    expect(first.hasNext).toBe(all > supportSearchPageSize);
  });

  it('agrees with the dashboard (dpaStatus in TypeScript) and with supportLevel() on every organisation', async () => {
    const seen: Record<string, { status: string; supportLevel: string }> = {};
    for (let page = 1; ; page++) {
      const result = await search('', String(page));
      for (const hit of result.hits) seen[hit.id] = { status: hit.status, supportLevel: hit.supportLevel };
      if (!result.hasNext) break;
    }
    const all = await getDb().select({ id: organisations.id }).from(organisations).where(isNull(organisations.archivedAt));
    expect(Object.keys(seen)).toHaveLength(all.length);
    // Both levels occur, so the comparison below can tell the SQL twin (fullSupportSql) from a constant.
    expect(new Set(Object.values(seen).map((hit) => hit.supportLevel))).toEqual(new Set(['full', 'advice_only']));
    for (const [orgId, hit] of Object.entries(seen)) {
      const dashboard = await getOrgDashboard(contextFor(support), { orgId });
      expect(dashboard?.status, orgId).toBe(hit.status);
      expect((await supportLevel(contextFor(support), orgId)).level, orgId).toBe(hit.supportLevel);
    }
  });

  it('pages through a name shared by more organisations than it ranks: no repeats, then says so', async () => {
    const many = searchCandidateCap + 30;
    const inserted = await getDb()
      .insert(organisations)
      .values(
        Array.from({ length: many }, (_, i) => ({
          customerNumber: `T-${90000 + i}`,
          legalName: `Tiefenbrunner Backstube ${String(i).padStart(3, '0')}`,
          street: 'Hauptstraße 1',
          postalCode: '70173',
          city: 'Stuttgart',
        })),
      )
      .returning({ id: organisations.id });
    try {
      const seen = new Set<string>();
      let page = 1;
      let last = await search('tiefenbrunner', '1');
      for (;;) {
        for (const hit of last.hits) {
          expect(seen.has(hit.id), `${hit.customerNumber} on page ${page} again`).toBe(false);
          seen.add(hit.id);
        }
        if (!last.hasNext) break;
        last = await search('tiefenbrunner', String(++page));
      }
      expect(seen.size).toBe(searchCandidateCap);
      expect(page).toBe(searchCandidateCap / supportSearchPageSize);
      expect(last.capped).toBe(true);
      expect((await search('hofmann')).capped).toBe(false);
    } finally {
      await getDb().delete(organisations).where(inArray(organisations.id, inserted.map((row) => row.id)));
    }
  });

  it('treats LIKE wildcards literally and never fails on odd input', async () => {
    expect((await search('%%%')).hits).toEqual([]);
    expect((await search("'; drop table organisations; --")).hits).toEqual([]);
  });

  it('audits every search with what was asked and what was shown', async () => {
    await search('0711 2293 440');
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'support.search'), eq(auditEvents.actorUserId, support.userId)))
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    expect(event!.details).toMatchObject({ q: '0711 2293 440', results: 1 });
  });

  it('searches trigram indexes that keep no pending list (decision 0144)', async () => {
    // With fastupdate on, new entries wait in an unsorted list every search reads in full.
    const indexes = await queryRows<{ name: string; options: string[] | null }>(
      getDb(),
      sql`select c.relname as name, c.reloptions as options from pg_class c join pg_am a on a.oid = c.relam
        where a.amname = 'gin' and c.relname like '%trgm_idx' and c.relnamespace = current_schema()::regnamespace
        order by c.relname`,
    );
    expect(indexes.map((i) => i.name)).toEqual([
      'contacts_email_trgm_idx',
      'contacts_name_trgm_idx',
      'organisations_customer_number_trgm_idx',
      'organisations_legal_name_trgm_idx',
      'users_email_trgm_idx',
      'users_name_trgm_idx',
    ]);
    for (const index of indexes) expect(index.options, index.name).toContain('fastupdate=off');
  });

  it('estimates how many names match from 1,000 statistics entries, not 100 (decision 0148)', async () => {
    // The planner reads the nearest names from the GiST index or takes a bitmap scan by this estimate;
    // from 100 entries a term matching 1.7 % of 100,000 organisations was estimated at 86 rows.
    const columns = await queryRows<{ name: string; target: number | null }>(
      getDb(),
      sql`select c.relname as name, a.attstattarget::int as target from pg_class c
        join pg_attribute a on a.attrelid = c.oid and a.attnum = 1
        where c.relname in ('organisations_legal_name_trgm_gist_idx', 'organisations_legal_name_trgm_idx', 'contacts_name_trgm_gist_idx',
          'contacts_name_trgm_idx', 'users_name_trgm_gist_idx', 'users_name_trgm_idx')
          and c.relnamespace = current_schema()::regnamespace
        order by c.relname`,
    );
    expect(columns).toEqual(
      ['contacts_name_trgm_gist_idx', 'contacts_name_trgm_idx', 'organisations_legal_name_trgm_gist_idx', 'organisations_legal_name_trgm_idx', 'users_name_trgm_gist_idx', 'users_name_trgm_idx'].map(
        (name) => ({ name, target: 1000 }),
      ),
    );
  });

  it('walks name indexes with 64-byte trigram signatures (decision 0153)', async () => {
    // With the default 12 bytes most subtrees look like candidates and the nearest-names walk
    // computes distances it throws away.
    const indexes = await queryRows<{ name: string; definition: string }>(
      getDb(),
      sql`select c.relname as name, pg_get_indexdef(c.oid) as definition from pg_class c join pg_am a on a.oid = c.relam
        where a.amname = 'gist' and c.relname like '%trgm_gist_idx' and c.relnamespace = current_schema()::regnamespace
        order by c.relname`,
    );
    expect(indexes.map((i) => i.name)).toEqual(['contacts_name_trgm_gist_idx', 'organisations_legal_name_trgm_gist_idx', 'users_name_trgm_gist_idx']);
    for (const index of indexes) expect(index.definition, index.name).toMatch(/gist_trgm_ops\s*\(siglen\s*=\s*'?64'?\)/);
  });

  it('is for staff only', async () => {
    const customer = await actorFor(demoAccounts.signatory);
    await expect(search('hofmann', '1', customer)).rejects.toBeInstanceOf(AppError);
  });
});
