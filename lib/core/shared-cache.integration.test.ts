import { describe, expect, it } from 'vitest';
import { countStatements } from '@/db/query-counter';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { actorFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { getSettings } from './settings';
import { settings } from '@/db/schema';

async function eventually(check: () => Promise<boolean>) {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('not within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the shared cache (settings as the example)', () => {
  it('reads the settings once for many requests', async () => {
    await getSettings();
    const { statements } = await countStatements(async () => {
      for (let i = 0; i < 5; i += 1) await getSettings();
    });
    expect(statements).toBe(0);
  });

  it('hears of a change another instance commits (the trigger notifies), and reads it afresh', async () => {
    expect((await getSettings())?.providerName).not.toBe('Anders GmbH');
    // Written past this process's transactions, as another instance or the worker would.
    await sql`update settings set provider_name = 'Anders GmbH' where id = 1`;
    await eventually(async () => (await getSettings())?.providerName === 'Anders GmbH');
  });

  it('drops what a transaction of this process changed as soon as it has committed', async () => {
    await getSettings();
    const admin = await actorFor(demoAccounts.admin);
    await runAs(admin, (ctx) => ctx.db.update(settings).set({ providerName: 'Dritte GmbH' }));
    // No waiting: whoever changed something sees it on the next render.
    expect((await getSettings())?.providerName).toBe('Dritte GmbH');
  });

  it('keeps nothing a rolled-back transaction wrote', async () => {
    const admin = await actorFor(demoAccounts.admin);
    await expect(
      runAs(admin, async (ctx) => {
        await ctx.db.update(settings).set({ providerName: 'Nie GmbH' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await getSettings())?.providerName).toBe('Dritte GmbH');
  });
});
