import { describe, expect, it } from 'vitest';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { announceChangeNotice } from '@/lib/change-notices/announce-change-notice';
import { applyDueChangeNotices } from '@/lib/change-notices/apply-due-change-notices';
import { createChangeNoticeSchema } from '@/lib/change-notices/change-notice-input';
import { earliestEffectiveDate, effectiveAtOf, localDate } from '@/lib/change-notices/compute-effective-date';
import { createChangeNotice } from '@/lib/change-notices/create-change-notice';
import { actorFor, runAs, runAsSystem } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { fileObjection } from './file-objection';
import { fileObjectionSchema } from './objection-schemas';

// DESIGN.md: an emergency replacement is engaged at once, announced at the same time, and still
// objectable. Its objection period is the regular notice period, fixed at announcement.

const orgId = seedId(`org:${demoOrgs.current}`);
const meta = { ip: '203.0.113.7', userAgent: 'vitest' };

describe('emergency replacement', () => {
  it('takes effect at once and stays objectable until the regular notice period ends', async () => {
    const now = new Date();
    const privacy = await actorFor(demoAccounts.privacy);
    const input = createChangeNoticeSchema.parse({
      kind: 'add',
      subprocessorId: seedId('subprocessor:backup-lake-constance'),
      titleDe: 'Notfall: Ersatz-Sicherungsstandort',
      titleEn: 'Emergency: replacement backup site',
      descriptionDe: 'Der bisherige Standort ist ausgefallen.',
      descriptionEn: 'The previous site failed.',
      serviceIds: [seedId('service:email')],
      effectiveDate: localDate(now),
      isEmergency: 'on',
      emergencyReason: 'Ausfall des bisherigen Sicherungsstandorts',
    });
    const { id } = await runAs(privacy, (ctx) => createChangeNotice(ctx, input), { now });
    await runAs(privacy, (ctx) => announceChangeNotice(ctx, { changeNoticeId: id, confirm: true }), { now });

    const regularEnd = effectiveAtOf(earliestEffectiveDate(now, 30, 'Europe/Berlin'));
    const [row] = await sql<{ objections_close_at: Date }>`select objections_close_at from change_notices where id = ${id}`;
    expect(new Date(row!.objections_close_at).getTime()).toBe(regularEnd.getTime());

    await runAsSystem(applyDueChangeNotices, { now: new Date(now.getTime() + 1000) });
    const [applied] = await sql<{ status: string }>`select status from change_notices where id = ${id}`;
    expect(applied!.status).toBe('effective');

    const [notice] = await sql<{ id: string }>`select id from notices where change_notice_id = ${id} and org_id = ${orgId}`;
    const signatory = await actorFor(demoAccounts.signatory);
    const objection = fileObjectionSchema.parse({ orgId, noticeId: notice!.id, reason: 'Wir möchten den neuen Standort zuerst prüfen.' });
    // Already effective, still open for objections ...
    await runAs(signatory, (ctx) => fileObjection(ctx, objection), { now: new Date(now.getTime() + 2000), request: meta });
    // ... until the end of the regular period, not a millisecond longer.
    await expect(runAs(signatory, (ctx) => fileObjection(ctx, objection), { now: regularEnd, request: meta })).rejects.toMatchObject({
      code: 'DEADLINE_PASSED',
    });
  });
});
