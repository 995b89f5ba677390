import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agreements, contracts, dpaReminders, dpaTemplateVersions } from '@/db/schema';
import { runPeriodicJob } from '@/lib/jobs/run-job';
import { renderedMails } from '@/lib/testing/mails';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { dpaVersionId } from '@/scripts/demo-seed/versions';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { sendDpaRemindersJob } from './send-dpa-reminders';

// Reminders to sign: signatories of eligible organisations without an agreement, or on an older
// version, on the days of the schedule (7, 21, 42 by default) after eligibility or the newer
// version's publication; one step once; none once the current version is signed. Run through the
// worker's job runner; the mails are the outbox rows the mail job sends.

const none = seedId(`org:${demoOrgs.none}`);
const outdated = seedId(`org:${demoOrgs.outdated}`);
const current = seedId(`org:${demoOrgs.current}`);
const DAY = 86_400_000;
type Reminded = { orgId: string; afterDays: number; reason: string };
const run = async (now = new Date()) => ((await runPeriodicJob(sendDpaRemindersJob, { now })) as { reminded: Reminded[] }).reminded;
/** One organisation's reminders of a run (others may fall due on a later day too). */
const of = (orgId: string) => async (now?: Date) => (await run(now)).filter((r) => r.orgId === orgId);
const berlinDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(at);
const reminderMails = async (to: string) => (await renderedMails({ to })).filter((m) => m.template === 'dpa-reminder');

/** A copy of another organisation's agreement for `orgId` (agreements are evidence and cannot move). */
async function signFor(orgId: string, templateVersionId: string, signedAt: Date) {
  const [model] = await getDb().select().from(agreements).where(and(eq(agreements.orgId, current), eq(agreements.status, 'active')));
  const { id: _id, pdf: _pdf, pdfSha256: _pdfSha256, ...signed } = model!;
  await getDb().update(agreements).set({ status: 'superseded', supersededAt: signedAt }).where(and(eq(agreements.orgId, orgId), eq(agreements.status, 'active')));
  await getDb().insert(agreements).values({ ...signed, orgId, templateVersionId, signedAt });
}

describe('DPA reminders', () => {
  it('the demo seed records the reminders its history would have had: nothing is due at start', async () => {
    expect(await run()).toEqual([]);
    const seeded = await getDb().select({ orgId: dpaReminders.orgId, afterDays: dpaReminders.afterDays, reason: dpaReminders.reason }).from(dpaReminders);
    const steps = (orgId: string) => seeded.filter((r) => r.orgId === orgId).map((r) => `${r.reason}:${r.afterDays}`).sort();
    expect(steps(none)).toEqual(['none:21', 'none:42', 'none:7']);
    // Version 2 came out 75 days ago: the organisation still on version 1 had all three steps.
    expect(steps(outdated)).toEqual(['outdated:21', 'outdated:42', 'outdated:7']);
    expect(steps(current)).toEqual([]);
    await getDb().delete(dpaReminders);
  });

  it('an organisation eligible for long gets the latest due step only, once; one on the current version gets none', async () => {
    const first = await run();
    expect(first).toContainEqual({ orgId: none, afterDays: 42, reason: 'none' });
    expect(first).toContainEqual({ orgId: outdated, afterDays: 42, reason: 'outdated' });
    expect(first.map((r) => r.orgId)).not.toContain(current);
    expect(await run()).toEqual([]);
    const mails = await reminderMails(demoAccounts.otherSignatory);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Erinnerung: AV-Vertrag für .+ unterzeichnen$/);
    const outdatedMails = await reminderMails(demoAccounts.outdatedSignatory);
    expect(outdatedMails).toHaveLength(1);
    expect(outdatedMails[0]!.text).toContain('Fassung 2');
    expect(outdatedMails[0]!.text).toContain(`/orgs/${outdated}/dpa`);
  });

  it('follows the schedule from the day of eligibility and stops once the organisation has signed', async () => {
    // The organisation became eligible 8 days ago (its processing contracts start then).
    const start = Date.now() - 8 * DAY;
    const ofNone = of(none);
    await getDb().update(contracts).set({ startsOn: berlinDay(new Date(start)) }).where(eq(contracts.orgId, none));
    expect(await ofNone()).toEqual([{ orgId: none, afterDays: 7, reason: 'none' }]);
    expect(await ofNone()).toEqual([]);
    // Day 15: nothing due; day 22: the second step.
    expect(await ofNone(new Date(start + 15 * DAY))).toEqual([]);
    expect(await ofNone(new Date(start + 22 * DAY))).toEqual([{ orgId: none, afterDays: 21, reason: 'none' }]);
    const steps = await getDb().select({ afterDays: dpaReminders.afterDays, recipients: dpaReminders.recipients }).from(dpaReminders).where(eq(dpaReminders.orgId, none));
    expect(steps.map((s) => s.afterDays).sort((a, b) => a - b)).toEqual([7, 21, 42]); // 42: the long-eligible step above
    expect(steps.every((s) => s.recipients === 1)).toBe(true);

    // Signed (the current version): the 42-day step is never sent.
    await signFor(none, dpaVersionId(2), new Date(start + 30 * DAY));
    expect(await ofNone(new Date(start + 43 * DAY))).toEqual([]);
    expect(await reminderMails(demoAccounts.otherSignatory)).toHaveLength(3);
  });

  it('an organisation on an older version is reminded from the newer version’s publication until it signs that version', async () => {
    // Version 3 published 8 days ago: the organisation on version 1 is asked for version 3 now,
    // counted from that day (its 42-day step for version 2 lies behind it).
    const published = new Date(Date.now() - 8 * DAY);
    const [v2] = await getDb().select().from(dpaTemplateVersions).where(eq(dpaTemplateVersions.id, dpaVersionId(2)));
    const { id: _id, ...copy } = v2!;
    const [v3] = await getDb()
      .insert(dpaTemplateVersions)
      .values({ ...copy, version: 3, publishedAt: published, contentSha256: 'c'.repeat(64) })
      .returning({ id: dpaTemplateVersions.id });
    const ofOutdated = of(outdated);
    expect(await ofOutdated()).toEqual([{ orgId: outdated, afterDays: 7, reason: 'outdated' }]);
    expect(await ofOutdated()).toEqual([]);
    const [row] = await getDb()
      .select({ eligibleSince: dpaReminders.eligibleSince, reason: dpaReminders.reason })
      .from(dpaReminders)
      .where(and(eq(dpaReminders.orgId, outdated), eq(dpaReminders.afterDays, 7)));
    expect(row).toEqual({ eligibleSince: berlinDay(published), reason: 'outdated' });
    expect(await ofOutdated(new Date(published.getTime() + 22 * DAY))).toEqual([{ orgId: outdated, afterDays: 21, reason: 'outdated' }]);

    // Signing version 2 would not be enough; signing version 3 ends the reminders.
    await signFor(outdated, dpaVersionId(2), new Date(published.getTime() + 25 * DAY));
    expect(await ofOutdated(new Date(published.getTime() + 43 * DAY))).toEqual([{ orgId: outdated, afterDays: 42, reason: 'outdated' }]);
    await signFor(outdated, v3!.id, new Date(published.getTime() + 44 * DAY));
    expect(await ofOutdated(new Date(published.getTime() + 90 * DAY))).toEqual([]);
    const mails = await reminderMails(demoAccounts.outdatedSignatory);
    expect(mails.map((m) => m.subject.match(/Fassung (\d)/)![1])).toEqual(['3', '3', '3', '2']); // newest first
  });
});
