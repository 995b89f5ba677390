import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { dpaTemplateVersions, settings } from '@/db/schema';
import { signAgreement } from '@/lib/dpa/sign-agreement';
import { getNoticeForOrg } from '@/lib/notices/get-notice-for-org';
import { fileObjection } from '@/lib/objections/file-objection';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { announceChangeNotice } from './announce-change-notice';
import { createChangeNoticeSchema } from './change-notice-input';
import { earliestEffectiveDate, periodEndsAt } from './compute-effective-date';
import { createChangeNotice } from './create-change-notice';
import { deliveryMailParams } from './delivery-mail-params';

// Decision 0094: one announcement, per-customer dates. Each organisation's objection deadline and
// effective date follow the notice period frozen in its own agreement (decision 0087), counted
// from receipt (decision 0080), not the current setting.

const BERLIN = 'Europe/Berlin';
const DAY = 24 * 60 * 60 * 1000;
const announcedAt = new Date();

describe('per-customer notice periods', () => {
  it('two organisations signed under 30 and 45 days get different deadlines and effective dates for one announcement', async () => {
    // Kanzlei Krause signs while the setting is 45 days; Bäckerei Hofmann signed under 30 (seed).
    await getDb().update(settings).set({ noticePeriodDays: 45 });
    const [v2] = await getDb().select({ id: dpaTemplateVersions.id }).from(dpaTemplateVersions).where(eq(dpaTemplateVersions.version, 2));
    const long = seedId(`org:${demoOrgs.none}`);
    const short = seedId(`org:${demoOrgs.current}`);
    const longSigner = await actorFor(demoAccounts.otherSignatory);
    await runAs(longSigner, (ctx) =>
      signAgreement(ctx, { orgId: long, templateVersionId: v2!.id, fullName: 'Lena Krause', position: 'Partnerin', confirmAuthority: true, locale: 'de' }),
    );
    const frozen = await sql<{ org_id: string; notice_period_days: number }>`
      select org_id, notice_period_days from agreements where status = 'active' and org_id in (${long}, ${short})`;
    expect(Object.fromEntries(frozen.map((r) => [r.org_id, r.notice_period_days]))).toEqual({ [long]: 45, [short]: 30 });

    // The setting goes back to 30; one announcement, dated as early as 30 days allow.
    await getDb().update(settings).set({ noticePeriodDays: 30 });
    const privacy = await actorFor(demoAccounts.privacy);
    const input = createChangeNoticeSchema.parse({
      kind: 'update',
      subprocessorId: seedId('subprocessor:datacenter-frankfurt'),
      titleDe: 'Neue Brandmeldeanlage',
      titleEn: 'New fire alarm system',
      descriptionDe: 'Das Rechenzentrum erhält eine neue Brandmeldeanlage.',
      descriptionEn: 'The data centre gets a new fire alarm system.',
      serviceIds: [seedId('service:email'), seedId('service:webhosting')],
      effectiveDate: earliestEffectiveDate(announcedAt, 30, BERLIN),
    });
    const { id } = await runAs(privacy, (ctx) => createChangeNotice(ctx, input), { now: announcedAt });
    await runAs(privacy, (ctx) => announceChangeNotice(ctx, { changeNoticeId: id, confirm: true }), { now: announcedAt });

    const [cn] = await sql<{ effective_at: Date; objections_close_at: Date }>`select effective_at, objections_close_at from change_notices where id = ${id}`;
    expect(new Date(cn!.effective_at).toISOString()).toBe(periodEndsAt(announcedAt, 30, BERLIN).toISOString());
    const rows = await sql<{ id: string; org_id: string; objections_close_at: Date | null; effective_at: Date | null }>`
      select id, org_id, objections_close_at, effective_at from notices where change_notice_id = ${id} and org_id in (${long}, ${short})`;
    const noticeOf = (orgId: string) => rows.find((r) => r.org_id === orgId)!;
    // The 30-day customer keeps the change notice's dates; the 45-day customer has its own.
    expect(noticeOf(short)).toMatchObject({ objections_close_at: null, effective_at: null });
    const own45 = periodEndsAt(announcedAt, 45, BERLIN);
    expect(new Date(noticeOf(long).objections_close_at!).toISOString()).toBe(own45.toISOString());
    expect(new Date(noticeOf(long).effective_at!).toISOString()).toBe(own45.toISOString());

    // What each customer sees: two different deadlines and effective dates for one announcement.
    const shortView = (await getNoticeForOrg(contextFor(await actorFor(demoAccounts.signatory), { now: announcedAt }), { orgId: short, noticeId: noticeOf(short).id }))!;
    const longView = (await getNoticeForOrg(contextFor(longSigner, { now: announcedAt }), { orgId: long, noticeId: noticeOf(long).id }))!;
    expect(shortView.deadline.lastMoment.getTime()).toBe(new Date(cn!.objections_close_at).getTime() - 1);
    expect(longView.deadline.lastMoment.getTime()).toBe(own45.getTime() - 1);
    expect(longView.deadline.lastMoment.getTime() - shortView.deadline.lastMoment.getTime()).toBeGreaterThanOrEqual(14 * DAY);
    expect(new Date(longView.changeNotice.effectiveAt).getTime()).toBe(own45.getTime());
    expect(new Date(shortView.changeNotice.effectiveAt).getTime()).toBe(new Date(cn!.effective_at).getTime());

    // The mail rendered for each says its own dates.
    const params = await deliveryMailParams(contextFor(privacy), [{ noticeId: noticeOf(short).id }, { noticeId: noticeOf(long).id }]);
    expect(new Date(params.get(noticeOf(long).id)!.changeNotice.effectiveAt).getTime()).toBe(own45.getTime());
    expect(new Date(params.get(noticeOf(short).id)!.changeNotice.effectiveAt).getTime()).toBe(new Date(cn!.effective_at).getTime());

    // Webhooks carry the organisation's own dates.
    const hooks = await sql<{ payload: { effectiveAt?: string } }>`select payload from webhook_deliveries where notice_id = ${noticeOf(long).id}`;
    for (const hook of hooks) expect(new Date(hook.payload.effectiveAt!).getTime()).toBe(own45.getTime());

    // Between the two deadlines: the 45-day customer may still object, the 30-day one may not.
    const between = new Date(new Date(cn!.objections_close_at).getTime() + 2 * DAY);
    const filed = await runAs(longSigner, (ctx) => fileObjection(ctx, { orgId: long, noticeId: noticeOf(long).id, reason: 'Wir bitten um den Prüfbericht.' }), { now: between });
    expect(filed.outcome).toBe('filed');
    const shortSigner = await actorFor(demoAccounts.signatory);
    await expect(
      runAs(shortSigner, (ctx) => fileObjection(ctx, { orgId: short, noticeId: noticeOf(short).id, reason: 'Zu spät.' }), { now: between }),
    ).rejects.toMatchObject({ code: 'DEADLINE_PASSED' });
  });
});
