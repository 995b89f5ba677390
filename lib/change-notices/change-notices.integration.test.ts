import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { isAppError } from '@/lib/errors';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { announceChangeNotice } from './announce-change-notice';
import { createChangeNoticeSchema } from './change-notice-input';
import { addDays, earliestEffectiveDate, localDate } from './compute-effective-date';
import { createChangeNotice } from './create-change-notice';
import { getChangeNoticeForm } from './get-change-notice-form';
import { getChangeNoticeView } from './get-change-notice-view';
import { listChangeNotices } from './list-change-notices';
import { previewChangeNotice } from './preview-change-notice';
import { updateChangeNotice } from './update-change-notice';
import { withdrawChangeNotice } from './withdraw-change-notice';

// Change notices against the demo data: the effective-date rule at its boundary, the emergency
// exception, the exact fan-out (checked against counts computed here, independently of the
// fan-out's SQL), a second announce, withdrawal and the one-delivery-per-recipient constraint.

const service = (code: string) => seedId(`service:${code}`);
const subprocessor = (key: string) => seedId(`subprocessor:${key}`);

const now = new Date();
const earliest = earliestEffectiveDate(now, 30, 'Europe/Berlin');

let privacy: UserActor;
let support: UserActor;
beforeAll(async () => {
  privacy = await actorFor(demoAccounts.privacy);
  support = await actorFor(demoAccounts.support);
});

/** A use case run as privacy staff in one transaction, at `at` (the test's `now` unless given). */
const asPrivacy = <T>(work: (ctx: Ctx) => Promise<T>, at: Date = now) => runAs(privacy, work, { now: at });
const confirm = (changeNoticeId: string) => ({ changeNoticeId, confirm: true });

function draftInput(overrides: Record<string, unknown> = {}) {
  return createChangeNoticeSchema.parse({
    kind: 'add',
    subprocessorId: subprocessor('backup-lake-constance'),
    titleDe: 'Zweiter Sicherungsstandort',
    titleEn: 'Second backup site',
    descriptionDe: 'Verschlüsselte Sicherungen zusätzlich am Bodensee.',
    descriptionEn: 'Encrypted backups additionally at Lake Constance.',
    serviceIds: [service('email')],
    effectiveDate: earliest,
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

async function countsFor(changeNoticeId: string) {
  const [row] = await sql<{ notices: number; deliveries: number; webhooks: number }>`
    select (select count(*) from notices where change_notice_id = ${changeNoticeId})::int as notices,
           (select count(*) from deliveries d join notices n on n.id = d.notice_id where n.change_notice_id = ${changeNoticeId})::int as deliveries,
           (select count(*) from webhook_deliveries w join notices n on n.id = w.notice_id where n.change_notice_id = ${changeNoticeId})::int as webhooks`;
  return row!;
}

/** The expected audience, computed in JS from plain table reads (not the fan-out's SQL). */
async function expectedAudience(serviceCodes: string[]) {
  const serviceIds = new Set(serviceCodes.map(service));
  const withAgreement = new Set((await sql<{ org_id: string }>`select org_id from agreements where status = 'active'`).map((r) => r.org_id));
  const contracts = await sql<{ org_id: string; service_id: string }>`select org_id, service_id from contracts where status = 'active'`;
  const orgs = new Set(contracts.filter((c) => withAgreement.has(c.org_id) && serviceIds.has(c.service_id)).map((c) => c.org_id));
  const signatories = await sql<{ org_id: string; email: string }>`
    select m.org_id, u.email from memberships m join users u on u.id = m.user_id where m.role = 'signatory'`;
  const contacts = await sql<{ org_id: string; email: string }>`
    select org_id, email from contacts where kind = 'notice' and confirmed_at is not null`;
  const recipients = new Set<string>();
  for (const r of [...signatories, ...contacts]) if (orgs.has(r.org_id)) recipients.add(`${r.org_id} ${r.email.toLowerCase()}`);
  const webhooks = (await sql<{ org_id: string }>`select org_id from webhooks where active`).filter((w) => orgs.has(w.org_id)).length;
  return { organisations: orgs.size, recipients: recipients.size, webhooks };
}

describe('change notices', () => {
  it('refuses an effective date one day too early with a field error and writes nothing', async () => {
    const { id } = await asPrivacy((ctx) => createChangeNotice(ctx, draftInput({ effectiveDate: addDays(earliest, -1) })));
    const auditBefore = (await sql<{ n: number }>`select count(*)::int as n from audit_events`)[0]!.n;
    const error = await failure(asPrivacy((ctx) => announceChangeNotice(ctx, confirm(id))));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual({ effectiveDate: ['changeNotice.error.tooEarly'] });
    const [row] = await sql<{ status: string; announced_at: Date | null }>`select status, announced_at from change_notices where id = ${id}`;
    expect(row).toEqual({ status: 'draft', announced_at: null });
    expect(await countsFor(id)).toEqual({ notices: 0, deliveries: 0, webhooks: 0 });
    expect((await sql<{ n: number }>`select count(*)::int as n from audit_events`)[0]!.n).toBe(auditBefore);

    // The emergency flag without a reason is refused by the schema; with one, the same date passes.
    expect(createChangeNoticeSchema.safeParse({ ...draftInput(), isEmergency: 'on', emergencyReason: '  ' }).success).toBe(false);
    await asPrivacy((ctx) =>
      updateChangeNotice(ctx, {
        changeNoticeId: id,
        ...draftInput({ effectiveDate: addDays(earliest, -1), isEmergency: 'on', emergencyReason: 'Der bisherige Anbieter hat Insolvenz angemeldet.' }),
      }),
    );
    const announced = await asPrivacy((ctx) => announceChangeNotice(ctx, confirm(id)));
    expect(announced.notices).toBeGreaterThan(0);
    const [after] = await sql<{ status: string; is_emergency: boolean }>`select status, is_emergency from change_notices where id = ${id}`;
    expect(after).toEqual({ status: 'announced', is_emergency: true });
    // Withdrawn again so that the rest of the file starts from the plain seed audience.
    await asPrivacy((ctx) => withdrawChangeNotice(ctx, confirm(id)));
  });

  it('an emergency dated today takes effect at the moment of announcement', async () => {
    const today = localDate(now, 'Europe/Berlin');
    const { id } = await asPrivacy((ctx) =>
      createChangeNotice(ctx, draftInput({ effectiveDate: today, isEmergency: true, emergencyReason: 'Ausfall' })),
    );
    const result = await asPrivacy((ctx) => announceChangeNotice(ctx, confirm(id)));
    expect(result.effectiveAt.getTime()).toBe(now.getTime());
    await asPrivacy((ctx) => withdrawChangeNotice(ctx, confirm(id)), new Date(now.getTime() - 1));
  });

  it('announces on the earliest allowed date and fans out exactly as the independent count says', async () => {
    // Webhooks: two active for the current organisation, one inactive, one for an unaffected org.
    const current = seedId(`org:${demoOrgs.current}`);
    const notEligible = seedId(`org:${demoOrgs.notEligible}`);
    await sql`insert into webhooks (org_id, url, secret, active) values
      (${current}, 'https://hooks.example/a', 's1', true),
      (${current}, 'https://hooks.example/b', 's2', true),
      (${current}, 'https://hooks.example/c', 's3', false),
      (${notEligible}, 'https://hooks.example/d', 's4', true)`;

    const input = draftInput({ serviceIds: [service('email'), service('webhosting')] });
    const { id } = await asPrivacy((ctx) => createChangeNotice(ctx, input));
    const expected = await expectedAudience(['email', 'webhosting']);
    expect(expected.organisations).toBeGreaterThan(3);
    expect(await previewChangeNotice(contextFor(privacy), { changeNoticeId: id })).toEqual(expected);

    const result = await asPrivacy((ctx) => announceChangeNotice(ctx, confirm(id)));
    expect(result).toMatchObject({ notices: expected.organisations, deliveries: expected.recipients, webhookDeliveries: expected.webhooks });
    expect(await countsFor(id)).toEqual({ notices: expected.organisations, deliveries: expected.recipients, webhooks: 2 });

    // Deliveries: queued, locale from the user or contact, a Message-ID per delivery.
    const rows = await sql<{ recipient: string; locale: string; state: string; message_id: string }>`
      select d.recipient, d.locale, d.state, d.message_id from deliveries d join notices n on n.id = d.notice_id
      where n.change_notice_id = ${id}`;
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(['queued']));
    expect(new Set(rows.map((r) => r.message_id)).size).toBe(rows.length);
    expect(rows.every((r) => /^<[0-9a-f-]{36}@[^>]+>$/.test(r.message_id))).toBe(true);
    expect(rows.find((r) => r.recipient === 'it-compliance@maier-maschinenbau.example')?.locale).toBe('en');
    expect(rows.some((r) => r.recipient === 'datenschutz@stb-neumann.example')).toBe(false); // unconfirmed contact
    const [hook] = await sql<{ payload: Record<string, unknown> }>`
      select w.payload from webhook_deliveries w join notices n on n.id = w.notice_id where n.change_notice_id = ${id} limit 1`;
    expect(hook!.payload).toMatchObject({ event: 'change_notice.announced', changeNoticeId: id, kind: 'add', effectiveDate: earliest, orgId: current });

    const [audit] = await sql<{ details: Record<string, unknown> }>`
      select details from audit_events where action = 'change_notice.announced' and target_id = ${id}`;
    expect(audit!.details).toMatchObject({ notices: expected.organisations, deliveries: expected.recipients, webhookDeliveries: 2 });

    // A second announce is refused and writes nothing more.
    const again = await failure(asPrivacy((ctx) => announceChangeNotice(ctx, confirm(id))));
    expect(again.code).toBe('ALREADY_DONE');
    expect(await countsFor(id)).toEqual({ notices: expected.organisations, deliveries: expected.recipients, webhooks: 2 });

    // Editing an announced notice is refused.
    const edit = await failure(asPrivacy((ctx) => updateChangeNotice(ctx, { changeNoticeId: id, ...input })));
    expect(edit.code).toBe('CONFLICT');

    // The database holds one delivery per notice and recipient, whatever the case of the address.
    const [one] = await sql<{ notice_id: string; recipient: string }>`
      select d.notice_id, d.recipient from deliveries d join notices n on n.id = d.notice_id where n.change_notice_id = ${id} limit 1`;
    await expect(
      sql`insert into deliveries (notice_id, recipient, message_id) values (${one!.notice_id}, ${one!.recipient.toUpperCase()}, '<dup@test>')`,
    ).rejects.toThrow();

    // Withdrawing cancels the deliveries still queued; the rows stay as the record.
    const withdrawn = await asPrivacy((ctx) => withdrawChangeNotice(ctx, confirm(id)));
    expect(withdrawn.cancelledDeliveries).toBe(expected.recipients);
    const states = await sql<{ state: string; last_error: string; n: number }>`
      select d.state, d.last_error, count(*)::int as n from deliveries d join notices n on n.id = d.notice_id
      where n.change_notice_id = ${id} group by 1, 2`;
    expect(states).toEqual([{ state: 'failed', last_error: 'withdrawn', n: expected.recipients }]);
    const twice = await failure(asPrivacy((ctx) => withdrawChangeNotice(ctx, confirm(id))));
    expect(twice.code).toBe('ALREADY_DONE');
    const announceWithdrawn = await failure(asPrivacy((ctx) => announceChangeNotice(ctx, confirm(id))));
    expect(announceWithdrawn.code).toBe('CONFLICT');
  });

  it('the staff view says what may be done with a notice now, and the form shows the draft as saved', async () => {
    const blank = await getChangeNoticeForm(contextFor(privacy, { now }));
    expect(blank.values).toMatchObject({ kind: 'add', effectiveDate: earliest, serviceIds: [], isEmergency: false });
    expect(blank).toMatchObject({ earliest, noticePeriodDays: 30, timeZone: 'Europe/Berlin' });
    expect(blank.services.length).toBeGreaterThan(0);

    const input = draftInput({ serviceIds: [service('email')] });
    const { id } = await asPrivacy((ctx) => createChangeNotice(ctx, input));
    const draft = await getChangeNoticeView(contextFor(privacy, { now }), { changeNoticeId: id });
    expect(draft).toMatchObject({ canAnnounce: true, canWithdraw: true, effectiveDate: earliest, reach: null, objectionCounts: null });
    expect(draft!.audience).toEqual(await previewChangeNotice(contextFor(privacy), { changeNoticeId: id }));
    // The edit form shows what was saved; parsed again, it is the same input.
    expect(createChangeNoticeSchema.parse(draft!.form!.values)).toEqual(input);
    expect(draft!.mails.map((m) => m.language)).toEqual(['de', 'en']);
    // Support staff may look, not act.
    expect(await getChangeNoticeView(contextFor(support, { now }), { changeNoticeId: id })).toMatchObject({ canAnnounce: false, canWithdraw: false, form: null });
    expect((await listChangeNotices(contextFor(support))).canManage).toBe(false);
    expect((await listChangeNotices(contextFor(privacy), { status: 'draft' })).rows.find((r) => r.id === id)).toMatchObject({ effectiveDate: earliest });

    await asPrivacy((ctx) => announceChangeNotice(ctx, confirm(id)));
    const announced = await getChangeNoticeView(contextFor(privacy, { now }), { changeNoticeId: id });
    expect(announced).toMatchObject({ canAnnounce: false, canWithdraw: true, form: null, audience: null, objectionCounts: {} });
    expect(announced!.reach!.notices).toBeGreaterThan(0);
    // From the effective moment on it can no longer be withdrawn.
    const atEffect = await getChangeNoticeView(contextFor(privacy, { now: announced!.notice.effectiveAt }), { changeNoticeId: id });
    expect(atEffect).toMatchObject({ canWithdraw: false });
    await asPrivacy((ctx) => withdrawChangeNotice(ctx, confirm(id)));
    expect(await getChangeNoticeView(contextFor(privacy, { now }), { changeNoticeId: id })).toMatchObject({ canAnnounce: false, canWithdraw: false });
    expect(await getChangeNoticeView(contextFor(privacy), { changeNoticeId: 'not-an-id' })).toBeNull();
  });

  it('refuses targets that do not fit the register and people without the permission', async () => {
    const wrongKind = await failure(
      asPrivacy((ctx) => createChangeNotice(ctx, draftInput({ kind: 'add', subprocessorId: subprocessor('mail-filter') }))),
    );
    expect(wrongKind.fieldErrors).toEqual({ subprocessorId: ['changeNotice.error.addNeedsPlanned'] });
    expect((await failure(runAs(support, (ctx) => createChangeNotice(ctx, draftInput())))).code).toBe('FORBIDDEN');
    // All in one transaction, so the refusal rolls the draft and its announcement back too.
    const late = await failure(
      asPrivacy(async (ctx) => {
        const { id } = await createChangeNotice(ctx, draftInput());
        await announceChangeNotice(ctx, confirm(id));
        return withdrawChangeNotice({ ...ctx, now: new Date(Date.parse(`${earliest}T12:00:00Z`)) }, confirm(id));
      }),
    );
    expect(late.code).toBe('DEADLINE_PASSED');
  });
});
