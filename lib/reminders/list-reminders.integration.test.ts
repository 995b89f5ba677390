import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { dpaReminders } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { actorFor, contextFor } from '@/lib/testing/context';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { listReminders, remindersQuerySchema, REMINDERS_PAGE_SIZE } from './list-reminders';

// Staff see who was reminded when: filtered by customer number, keyset-paged newest first.

const none = seedId(`org:${demoOrgs.none}`);

describe('the staff list of DPA reminders', () => {
  it('is for staff only', async () => {
    const signatory = await actorFor(demoAccounts.signatory);
    await expect(listReminders(contextFor(signatory), {})).rejects.toBeInstanceOf(AppError);
  });

  it('pages through every reminder once, newest first, and filters by customer number', async () => {
    // 70 more steps for one organisation, a day apart (the seed recorded its history already).
    const base = Date.UTC(2020, 0, 1, 9);
    await getDb()
      .insert(dpaReminders)
      .values(Array.from({ length: 70 }, (_, i) => ({ orgId: none, afterDays: 100 + i, eligibleSince: '2019-12-01', recipients: 1, sentAt: new Date(base + i * 86_400_000) })));
    const support = await actorFor(demoAccounts.support);
    const ctx = contextFor(support);

    const seen: string[] = [];
    let before: string | undefined;
    let pages = 0;
    do {
      const page = await listReminders(ctx, remindersQuerySchema.parse({ org: ` ${demoOrgs.none} `, before }));
      expect(page.reminders.length).toBeLessThanOrEqual(REMINDERS_PAGE_SIZE);
      expect(page.reminders.every((r) => r.customerNumber === demoOrgs.none)).toBe(true);
      seen.push(...page.reminders.map((r) => `${r.sentAt.toISOString()}~${r.id}`));
      before = page.next ?? undefined;
      pages++;
    } while (before);
    expect(pages).toBe(2);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(new Set(seen).size).toBe(73); // 70 + the three steps of the seeded history

    const all = await listReminders(ctx, {});
    expect(new Set(all.reminders.map((r) => r.customerNumber)).size).toBeGreaterThan(1);
    expect(all.reminders.map((r) => r.reason)).toContain('outdated');
  });

  it('refuses a malformed cursor before it reaches SQL', () => {
    expect(remindersQuerySchema.safeParse({ before: "x' or 1=1 --" }).success).toBe(false);
  });
});
