import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { organisations } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import { actorFor, contextFor } from '@/lib/testing/context';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { searchCustomers, searchCustomersInput } from '@/lib/support/search-customers';

// Organisations sort in German order, not by code point: "Bäckerei" belongs before "Brauerei"
// (byte order puts "ä" after "z"), umlauts beside their base letter, numbers by value. The
// collation comes from migration 0006 and works on PostgreSQL and PGlite alike.

const names = ['Brauerei Zwölfling', 'Bäckerei Zwölfling', 'Ärztehaus Zwölfling', 'Apotheke Zwölfling', 'Ofenbau Zwölfling', 'Öko Zwölfling', 'Filiale 10 Zwölfling', 'Filiale 2 Zwölfling', 'zahnarzt Zwölfling'];
const german = ['Apotheke Zwölfling', 'Ärztehaus Zwölfling', 'Bäckerei Zwölfling', 'Brauerei Zwölfling', 'Filiale 2 Zwölfling', 'Filiale 10 Zwölfling', 'Ofenbau Zwölfling', 'Öko Zwölfling', 'zahnarzt Zwölfling'];

let support: UserActor;

describe('organisation names sort in German order', () => {
  beforeAll(async () => {
    support = await actorFor(demoAccounts.support);
    await getDb()
      .insert(organisations)
      .values(names.map((legalName, i) => ({ legalName, customerNumber: `K-7${String(i).padStart(4, '0')}`, street: 'Weg 1', postalCode: '88045', city: 'Friedrichshafen' })));
  });

  it('in the support search, among equally good hits', async () => {
    const search = await searchCustomers(contextFor(support), searchCustomersInput.parse({ q: 'Zwölfling' }));
    expect(search.hits.map((r) => r.legalName)).toEqual(german);
  });

  it('through the collation the migration created (the same expression as the index)', async () => {
    const rows = await getDb().execute<{ legal_name: string }>(
      sql`select legal_name from organisations where legal_name like '%Zwölfling' order by legal_name collate german`,
    );
    const list = Array.isArray(rows) ? rows : (rows as { rows: { legal_name: string }[] }).rows;
    expect(list.map((r) => r.legal_name)).toEqual(german);
  });
});
