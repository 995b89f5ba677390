import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { dpaTemplateVersions, organisations } from '@/db/schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { signAgreement } from '@/lib/dpa/sign-agreement';
import { getNoticeForOrg } from '@/lib/notices/get-notice-for-org';
import { fileObjection } from '@/lib/objections/file-objection';
import { listOpenObjections } from '@/lib/objections/list-open-objections';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { announceChangeNotice } from './announce-change-notice';
import { createChangeNoticeSchema } from './change-notice-input';
import { earliestEffectiveDate, localDate, periodEndsAt } from './compute-effective-date';
import { createChangeNotice } from './create-change-notice';
import { deliveryMailParams } from './delivery-mail-params';

// Decision 0081: an organisation that signs while a change notice is announced and not yet
// effective receives that notice, by mail and in the portal, with its own deadline counted from
// its receipt; a deadline that is not already past and not shorter than the notice period.

const BERLIN = 'Europe/Berlin';
const DAY = 24 * 60 * 60 * 1000;
const announcedAt = new Date();
const signedAt = new Date(announcedAt.getTime() + 25 * DAY); // 5 days before the change takes effect

describe('late signers', () => {
  it('receive the pending change notice with their own deadline at signing', async () => {
    const privacy = await actorFor(demoAccounts.privacy);
    const input = createChangeNoticeSchema.parse({
      kind: 'update',
      subprocessorId: seedId('subprocessor:datacenter-frankfurt'),
      titleDe: 'Neue Klimatisierung',
      titleEn: 'New air conditioning',
      descriptionDe: 'Das Rechenzentrum erhält eine neue Klimatisierung.',
      descriptionEn: 'The data centre gets new air conditioning.',
      serviceIds: [seedId('service:email'), seedId('service:webhosting')],
      effectiveDate: earliestEffectiveDate(announcedAt, 30, BERLIN),
    });
    const { id: changeNoticeId } = await runAs(privacy, (ctx) => createChangeNotice(ctx, input), { now: announcedAt });
    await runAs(privacy, (ctx) => announceChangeNotice(ctx, { changeNoticeId, confirm: true }), { now: announcedAt });
    const [cn] = await sql<{ objections_close_at: Date }>`select objections_close_at from change_notices where id = ${changeNoticeId}`;

    // Kanzlei Krause books e-mail and web hosting but has not signed: not told at announcement.
    const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, demoOrgs.none));
    const orgId = org!.id;
    expect(await sql`select 1 from notices where change_notice_id = ${changeNoticeId} and org_id = ${orgId}`).toHaveLength(0);
    // Someone who was told at announcement has no deadline of their own.
    const told = await sql<{ objections_close_at: Date | null }>`select objections_close_at from notices where change_notice_id = ${changeNoticeId}`;
    expect(told.length).toBeGreaterThan(0);
    expect(told.every((n) => n.objections_close_at === null)).toBe(true);

    // 25 days later it signs.
    const [v2] = await getDb().select({ id: dpaTemplateVersions.id }).from(dpaTemplateVersions).where(eq(dpaTemplateVersions.version, 2));
    const signer = await actorFor(demoAccounts.otherSignatory);
    await runAs(
      signer,
      (ctx) =>
        signAgreement(ctx, {
          orgId,
          templateVersionId: v2!.id,
          fullName: 'Lena Krause',
          position: 'Rechtsanwältin, Partnerin',
          confirmAuthority: true,
          locale: 'de',
        }),
      { now: signedAt },
    );

    // It has the notice, with its own deadline: the end of 30 days counted from its receipt.
    const [notice] = await sql<{ id: string; objections_close_at: Date }>`
      select id, objections_close_at from notices where change_notice_id = ${changeNoticeId} and org_id = ${orgId}`;
    expect(notice, 'the late signer has the notice').toBeDefined();
    const own = periodEndsAt(signedAt, 30, BERLIN);
    expect(new Date(notice!.objections_close_at).toISOString()).toBe(own.toISOString());
    expect(new Date(notice!.objections_close_at).getTime()).toBeGreaterThan(new Date(cn!.objections_close_at).getTime());

    // The portal shows that deadline, open, with at least the notice period left.
    const view = await getNoticeForOrg(contextFor(signer, { now: signedAt }), { orgId, noticeId: notice!.id });
    expect(view!.deadline.open).toBe(true);
    expect(view!.deadline.lastMoment.getTime()).toBe(own.getTime() - 1);
    expect(view!.deadline.daysLeft).toBeGreaterThanOrEqual(30);
    expect(localDate(view!.deadline.lastMoment, BERLIN) > localDate(signedAt, BERLIN)).toBe(true);

    // Its signatory is mailed, with the same deadline in the mail.
    const deliveries = await sql<{ recipient: string; notice_id: string }>`select recipient, notice_id from deliveries where notice_id = ${notice!.id}`;
    expect(deliveries.map((d) => d.recipient)).toContain(demoAccounts.otherSignatory);
    const params = await deliveryMailParams(contextFor(privacy), [{ noticeId: notice!.id }]);
    expect(new Date(params.get(notice!.id)!.changeNotice.objectionsCloseAt!).getTime()).toBe(own.getTime());

    // An audit event records the late delivery.
    expect(await sql`select 1 from audit_events where action = 'change_notice.delivered_late' and org_id = ${orgId}`).toHaveLength(1);

    // After the change notice's own deadline has passed, the late signer may still object...
    const late = new Date(new Date(cn!.objections_close_at).getTime() + 2 * DAY);
    const filed = await runAs(signer, (ctx) => fileObjection(ctx, { orgId, noticeId: notice!.id, reason: 'Bitte erläutern Sie die Ausfallsicherheit.' }), {
      now: late,
    });
    expect(filed.outcome).toBe('filed');
    // ...and staff see it with the organisation's own deadline.
    const staffView = await listOpenObjections(contextFor(privacy, { now: late }));
    const item = staffView.open.find((o) => o.changeNoticeId === changeNoticeId);
    expect(item!.lastMoment.getTime()).toBe(own.getTime() - 1);
    expect(item!.deadlinePassed).toBe(false);

    // One notice for the organisation, never two.
    expect(await sql`select 1 from notices where change_notice_id = ${changeNoticeId} and org_id = ${orgId}`).toHaveLength(1);
  });
});
