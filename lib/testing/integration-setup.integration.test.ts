import { describe, expect, it } from 'vitest';
import { getHandle } from '@/db/client';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { sql } from './db';

// The harness itself: every integration test file must get a database of its own, on the driver
// asked for, migrated and seeded; otherwise tests would pass or fail by the order they run in.
describe('integration test database', () => {
  it('uses the driver TEST_DB asks for', () => {
    expect(getHandle().driver).toBe(process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite');
  });

  it('is a database of this file alone', async () => {
    if (getHandle().driver === 'postgres') {
      const [db] = await sql<{ name: string }>`select current_database() as name`;
      expect(db!.name).toMatch(new RegExp(`^dpa_it_${process.pid}_[0-9a-f]{8}$`));
      expect(process.env.DATABASE_URL).toContain(db!.name);
    } else {
      expect(process.env.PGLITE_DIR).toBe('memory://');
      expect(process.env.DATABASE_URL).toBeUndefined();
    }
    // Nothing any other test file wrote is here.
    const [marks] = await sql<{ n: number }>`select count(*)::int as n from audit_events where action like 'test.%'`;
    expect(marks!.n).toBe(0);
  });

  it('is migrated and holds the demo data', async () => {
    const orgs = await sql<{ customer_number: string }>`
      select customer_number from organisations where customer_number = ${demoOrgs.current}`;
    expect(orgs).toHaveLength(1);
    const users = await sql`select 1 from users where lower(email) = ${demoAccounts.signatory}`;
    expect(users).toHaveLength(1);
    const [triggers] = await sql<{ n: number }>`
      select count(*)::int as n from pg_trigger where tgrelid = 'audit_events'::regclass and not tgisinternal`;
    expect(triggers!.n).toBe(2);
  });
});
