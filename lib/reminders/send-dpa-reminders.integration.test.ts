import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agreements, contracts, dpaReminders } from '@/db/schema';
import { jobContext } from '@/lib/jobs/job';
import { renderedMails } from '@/lib/testing/mails';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { sendDpaReminders } from './send-dpa-reminders';

// Reminders to sign: signatories of eligible organisations without an agreement, on the days of
// the schedule (7, 21, 42 by default) after eligibility; one step once; none once signed.

const none = seedId(`org:${demoOrgs.none}`);
const outdated = seedId(`org:${demoOrgs.outdated}`);
const DAY = 86_400_000;
const run = async (now = new Date()) => sendDpaReminders(await jobContext('send-dpa-reminders', { now }));
/** This organisation's reminders of a run (others may fall due on a later day too). */
const ofNone = async (now?: Date) => (await run(now)).reminded.filter((r) => r.orgId === none);
const berlinDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(at);
const reminderMails = async () => (await renderedMails({ to: demoAccounts.otherSignatory })).filter((m) => m.template === 'dpa-reminder');

describe('DPA reminders', () => {
  it('the demo seed records the reminders its history would have had: nothing is due at start', async () => {
    expect((await run()).reminded).toEqual([]);
    const seeded = await getDb().select({ afterDays: dpaReminders.afterDays }).from(dpaReminders).where(eq(dpaReminders.orgId, none));
    expect(seeded.map((r) => r.afterDays).sort((a, b) => a - b)).toEqual([7, 21, 42]);
    await getDb().delete(dpaReminders);
  });

  it('an organisation eligible for long gets the latest due step only, once; signed ones get none', async () => {
    const first = await run();
    expect(first.reminded).toContainEqual({ orgId: none, afterDays: 42 });
    // Organisations with an active agreement (current, outdated version) are not reminded.
    expect(first.reminded.map((r) => r.orgId)).not.toContain(outdated);
    expect(first.reminded.map((r) => r.orgId)).not.toContain(seedId(`org:${demoOrgs.current}`));
    expect((await run()).reminded).toEqual([]);
    const mails = await reminderMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Erinnerung: AV-Vertrag für .+ unterzeichnen$/);
  });

  it('follows the schedule from the day of eligibility and stops once the organisation has signed', async () => {
    // The organisation became eligible 8 days ago (its processing contracts start then).
    const start = Date.now() - 8 * DAY;
    await getDb().update(contracts).set({ startsOn: berlinDay(new Date(start)) }).where(eq(contracts.orgId, none));
    expect(await ofNone()).toEqual([{ orgId: none, afterDays: 7 }]);
    expect(await ofNone()).toEqual([]);
    // Day 15: nothing due; day 22: the second step.
    expect(await ofNone(new Date(start + 15 * DAY))).toEqual([]);
    expect(await ofNone(new Date(start + 22 * DAY))).toEqual([{ orgId: none, afterDays: 21 }]);
    const steps = await getDb().select({ afterDays: dpaReminders.afterDays, recipients: dpaReminders.recipients }).from(dpaReminders).where(eq(dpaReminders.orgId, none));
    expect(steps.map((s) => s.afterDays).sort((a, b) => a - b)).toEqual([7, 21, 42]); // 42: the long-eligible step above
    expect(steps.every((s) => s.recipients === 1)).toBe(true);

    // Signed (an active agreement now belongs to it): the 42-day step is never sent. Agreements are
    // evidence and cannot be moved, so the organisation gets one of its own, made like another's.
    const [model] = await getDb().select().from(agreements).where(and(eq(agreements.orgId, outdated), eq(agreements.status, 'active')));
    const { id: _id, pdf: _pdf, pdfSha256: _pdfSha256, ...signed } = model!;
    await getDb().insert(agreements).values({ ...signed, orgId: none, signedAt: new Date(start + 30 * DAY) });
    expect(await ofNone(new Date(start + 43 * DAY))).toEqual([]);
    expect(await reminderMails()).toHaveLength(3);
  });
});
