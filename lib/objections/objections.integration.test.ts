import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { changeNoticeServices, changeNotices, notices, objections, organisations, services, subprocessors } from '@/db/schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { latestMailTo, renderedMails } from '@/lib/testing/mails';
import { countUnreadNotices } from '@/lib/notices/count-unread-notices';
import { loadActor } from '@/lib/auth/load-actor';
import { decideObjection as decideParsed } from './decide-objection';
import { fileObjection as fileParsed } from './file-objection';
import { getNoticeForOrg } from '@/lib/notices/get-notice-for-org';
import { listNoticesForOrg } from '@/lib/notices/list-notices-for-org';
import { listOpenNoticesForOrg } from '@/lib/notices/list-open-notices-for-org';
import { listOpenObjections } from './list-open-objections';
import { markNoticeRead } from '@/lib/notices/mark-notice-read';
import { decideObjectionSchema, fileObjectionSchema, updateObjectionSchema, withdrawObjectionSchema } from './objection-schemas';
import { updateObjection as updateParsed } from './update-objection';
import { withdrawObjection as withdrawParsed } from './withdraw-objection';

const meta = { ip: '203.0.113.7', userAgent: 'vitest' };
const DAY = 86_400_000;
const org = { current: '', none: '' };
const actors = {} as Record<'signatory' | 'member' | 'otherSignatory' | 'privacy' | 'support', UserActor>;

/** A use case as the action runs it: one transaction, at `now` (the clock when not given). */
const as = <T>(actor: UserActor, work: (ctx: Ctx) => Promise<T>, now?: Date) => runAs(actor, work, { now, request: meta });
/** A read as a page makes it. */
const read = (actor: UserActor, now?: Date) => contextFor(actor, { now, request: meta });

// The use cases get what the action wrapper parsed (trimmed, '' -> undefined); so do these tests.
const fileObjection = (ctx: Ctx, input: z.input<typeof fileObjectionSchema>) => fileParsed(ctx, fileObjectionSchema.parse(input));
const updateObjection = (ctx: Ctx, input: z.input<typeof updateObjectionSchema>) => updateParsed(ctx, updateObjectionSchema.parse(input));
const withdrawObjection = (ctx: Ctx, input: z.input<typeof withdrawObjectionSchema>) => withdrawParsed(ctx, withdrawObjectionSchema.parse(input));
const decideObjection = (ctx: Ctx, input: z.input<typeof decideObjectionSchema>) => decideParsed(ctx, decideObjectionSchema.parse(input));

/** The field errors the action wrapper would answer for this input (the use cases get parsed input only). */
function fieldErrors(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  expect(parsed.success).toBe(false);
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error!.issues) (errors[issue.path.join('.') || '_'] ??= []).push(issue.message);
  return errors;
}

/** An announced change notice for the given organisations, the way announcing leaves the tables. */
async function announce(effectiveAt: Date, orgIds: string[] = [org.current, org.none], title = 'Neuer Dienstleister') {
  const db = getDb();
  const [sp] = await db.select({ id: subprocessors.id }).from(subprocessors).limit(1);
  const [service] = await db.select({ id: services.id }).from(services).where(eq(services.code, 'webhosting'));
  const [cn] = await db
    .insert(changeNotices)
    .values({
      kind: 'add',
      subprocessorId: sp!.id,
      title: { de: title, en: `${title} (en)` },
      description: { de: 'Beschreibung', en: 'Description' },
      status: 'announced',
      announcedAt: new Date(effectiveAt.getTime() - 31 * DAY),
      effectiveAt,
      objectionsCloseAt: effectiveAt,
    })
    .returning({ id: changeNotices.id });
  await db.insert(changeNoticeServices).values({ changeNoticeId: cn!.id, serviceId: service!.id });
  const rows = await db
    .insert(notices)
    .values(orgIds.map((orgId) => ({ changeNoticeId: cn!.id, orgId })))
    .returning({ id: notices.id, orgId: notices.orgId });
  const noticeOf = (orgId: string) => rows.find((r) => r.orgId === orgId)!.id;
  return { changeNoticeId: cn!.id, noticeId: noticeOf(org.current), otherNoticeId: orgIds.includes(org.none) ? noticeOf(org.none) : '' };
}

async function counts() {
  const [row] = await sql<{ objections: number; audit: number; mails: number }>`
    select (select count(*)::int from objections) as objections,
           (select count(*)::int from audit_events) as audit,
           (select count(*)::int from mails) as mails`;
  return row!;
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  for (const key of ['current', 'none'] as const) {
    const [row] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, demoOrgs[key]));
    org[key] = row!.id;
  }
  actors.signatory = await actorFor(demoAccounts.signatory);
  actors.member = await actorFor(demoAccounts.member);
  actors.otherSignatory = await actorFor(demoAccounts.otherSignatory);
  actors.privacy = await actorFor(demoAccounts.privacy);
  actors.support = await actorFor(demoAccounts.support);
});

describe('fileObjection', () => {
  it('files an objection before the deadline, with an audit event', async () => {
    const { noticeId, changeNoticeId } = await announce(new Date(Date.now() + 10 * DAY));
    const before = await counts();
    const result = await as(actors.signatory, (ctx) =>
      fileObjection(ctx, { orgId: org.current, noticeId, reason: '  Wir wünschen keine Verarbeitung in den USA.  ' }),
    );
    expect(result.outcome).toBe('filed');
    const [row] = await getDb().select().from(objections).where(eq(objections.id, result.objectionId));
    expect(row).toMatchObject({ status: 'open', orgId: org.current, changeNoticeId, noticeId, reason: 'Wir wünschen keine Verarbeitung in den USA.' });
    const [audit] = await sql<{ action: string; org_id: string; target_id: string; actor_role: string }>`
      select action, org_id, target_id, actor_role from audit_events order by seq desc limit 1`;
    expect(audit).toEqual({ action: 'objection.filed', org_id: org.current, target_id: result.objectionId, actor_role: 'signatory' });
    expect(await counts()).toEqual({ ...before, objections: before.objections + 1, audit: before.audit + 1, mails: before.mails + 1 }); // + the receipt to the filer (DPA § 8(3))
  });

  it('accepts at effectiveAt - 1 ms and refuses at effectiveAt and one second after, writing nothing', async () => {
    const effectiveAt = new Date(Date.now() + 5 * DAY);
    const { noticeId } = await announce(effectiveAt);
    const input = { orgId: org.current, noticeId, reason: 'Der neue Dienstleister ist für uns nicht tragbar.' };

    const before = await counts();
    for (const now of [effectiveAt, new Date(effectiveAt.getTime() + 1000)]) {
      const error = await refusal(as(actors.signatory, (ctx) => fileObjection(ctx, input), now));
      expect(error.code).toBe('DEADLINE_PASSED');
      expect(error.message).toBe('objections.error.deadlinePassed');
    }
    expect(await counts()).toEqual(before);

    const ok = await as(actors.signatory, (ctx) => fileObjection(ctx, input), new Date(effectiveAt.getTime() - 1));
    expect(ok.outcome).toBe('filed');
    const oneSecondBefore = await as(actors.signatory, (ctx) =>
      fileObjection(ctx, { ...input, reason: 'Eine Sekunde vor Fristende geändert.' }), new Date(effectiveAt.getTime() - 1000),
    );
    expect(oneSecondBefore.outcome).toBe('edited');
  });

  it('makes a second filing an edit of the same row, and a filing after withdrawal reopens it', async () => {
    const { noticeId, changeNoticeId } = await announce(new Date(Date.now() + 10 * DAY));
    const first = await as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason: 'Erste Begründung, ausführlich.' }));
    const second = await as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason: 'Zweite Begründung, ausführlicher.' }));
    expect(second).toEqual({ objectionId: first.objectionId, outcome: 'edited' });
    const rows = await getDb().select().from(objections).where(and(eq(objections.changeNoticeId, changeNoticeId), eq(objections.orgId, org.current)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.reason).toBe('Zweite Begründung, ausführlicher.');

    await as(actors.signatory, (ctx) => withdrawObjection(ctx, { orgId: org.current, objectionId: first.objectionId }));
    const [withdrawn] = await getDb().select().from(objections).where(eq(objections.id, first.objectionId));
    expect(withdrawn!.status).toBe('withdrawn');

    const reopened = await as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason: 'Doch wieder: neue Begründung.' }));
    expect(reopened).toEqual({ objectionId: first.objectionId, outcome: 'reopened' });
    const [row] = await getDb().select().from(objections).where(eq(objections.id, first.objectionId));
    expect(row).toMatchObject({ status: 'open', reason: 'Doch wieder: neue Begründung.' });
    const actions = await sql<{ action: string }>`select action from audit_events where target_id = ${first.objectionId} order by seq`;
    expect(actions.map((a) => a.action)).toEqual(['objection.filed', 'objection.edited', 'objection.withdrawn', 'objection.reopened']);
  });

  it('refuses a member, another organisation’s notice and a withdrawn change, writing nothing', async () => {
    const { noticeId, otherNoticeId, changeNoticeId } = await announce(new Date(Date.now() + 10 * DAY));
    const reason = 'Eine ausreichend lange Begründung.';
    const before = await counts();
    expect((await refusal(as(actors.member, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason })))).code).toBe('FORBIDDEN');
    // The other organisation's notice, asked for under the signatory's own organisation.
    expect((await refusal(as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId: otherNoticeId, reason })))).code).toBe('NOT_FOUND');
    // ... and under the other organisation's id, where the signatory is nobody: NOT_FOUND (stricter
    // than the FORBIDDEN of before: a stranger does not learn that the organisation exists).
    expect((await refusal(as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.none, noticeId: otherNoticeId, reason })))).code).toBe('NOT_FOUND');
    await getDb().update(changeNotices).set({ status: 'withdrawn', withdrawnAt: new Date() }).where(eq(changeNotices.id, changeNoticeId));
    const withdrawn = await refusal(as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason })));
    expect(withdrawn).toMatchObject({ code: 'CONFLICT', message: 'objections.error.noticeWithdrawn' });
    expect(await counts()).toEqual(before);
  });

  it('answers bad input with field errors and writes nothing', async () => {
    const { noticeId } = await announce(new Date(Date.now() + 10 * DAY));
    const before = await counts();
    const cases: [unknown, string][] = [
      ['', 'objections.reason.required'],
      ['    ', 'objections.reason.required'],
      [undefined, 'objections.reason.required'],
      ['zu kurz', 'objections.reason.tooShort'],
      ['x'.repeat(4001), 'objections.reason.tooLong'],
    ];
    for (const [reason, key] of cases) {
      expect(fieldErrors(fileObjectionSchema, { orgId: org.current, noticeId, reason })).toEqual({ reason: [key] });
    }
    expect(fieldErrors(fileObjectionSchema, { orgId: org.current, noticeId: 'nope', reason: 'Lang genug ist das hier.' })).toHaveProperty('noticeId');
    expect(await counts()).toEqual(before);
    // Exactly 4000 characters (after trimming) are fine.
    const max = await as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason: ` ${'x'.repeat(4000)} ` }));
    expect(max.outcome).toBe('filed');
  });
});

describe('updateObjection and withdrawObjection', () => {
  it('work only while open and before the deadline, and only for the own organisation', async () => {
    const effectiveAt = new Date(Date.now() + 3 * DAY);
    const { noticeId } = await announce(effectiveAt);
    const { objectionId } = await as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason: 'Ursprüngliche Begründung.' }));

    await as(actors.signatory, (ctx) => updateObjection(ctx, { orgId: org.current, objectionId, reason: 'Geänderte Begründung hier.' }));
    const [row] = await getDb().select().from(objections).where(eq(objections.id, objectionId));
    expect(row!.reason).toBe('Geänderte Begründung hier.');

    const before = await counts();
    const late = await refusal(as(actors.signatory, (ctx) => updateObjection(ctx, { orgId: org.current, objectionId, reason: 'Zu spät geändert, leider.' }), effectiveAt));
    expect(late.code).toBe('DEADLINE_PASSED');
    const lateWithdraw = await refusal(as(actors.signatory, (ctx) => withdrawObjection(ctx, { orgId: org.current, objectionId }), effectiveAt));
    expect(lateWithdraw.code).toBe('DEADLINE_PASSED');
    const foreign = await refusal(as(actors.otherSignatory, (ctx) => withdrawObjection(ctx, { orgId: org.none, objectionId })));
    expect(foreign.code).toBe('NOT_FOUND');
    const member = await refusal(as(actors.member, (ctx) => updateObjection(ctx, { orgId: org.current, objectionId, reason: 'Mitglied darf das nicht.' })));
    expect(member.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

describe('decideObjection', () => {
  it('accepts: status, audit event and an outcome mail to every signatory', async () => {
    const { noticeId } = await announce(new Date(Date.now() + 10 * DAY), [org.current, org.none], 'Annahme-Test');
    const { objectionId } = await as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason: 'Bitte nicht umsetzen, danke.' }));
    const before = await counts();
    const result = await as(actors.privacy, (ctx) => decideObjection(ctx, { objectionId, decision: 'accepted', note: '' }));
    expect(result).toMatchObject({ status: 'accepted' });
    expect(result.notified).toBeGreaterThan(0);

    const [row] = await getDb().select().from(objections).where(eq(objections.id, objectionId));
    expect(row).toMatchObject({ status: 'accepted', decisionNote: null, decidedBy: actors.privacy.userId });
    expect(row!.decidedAt).toBeInstanceOf(Date);
    const [audit] = await sql<{ action: string; org_id: string; actor_role: string }>`select action, org_id, actor_role from audit_events order by seq desc limit 1`;
    expect(audit).toEqual({ action: 'objection.accepted', org_id: org.current, actor_role: 'staff:privacy' });
    const mails = (await renderedMails()).slice(0, result.notified);
    expect(mails.map((m) => m.to)).toContain(demoAccounts.signatory);
    const mail = mails.find((m) => m.to === demoAccounts.signatory)!;
    expect(mail.subject).toBe('Ihrem Einspruch wurde stattgegeben: Annahme-Test');
    expect(mail.text).toContain('bisherigen Stand');
    expect(mail.text).toContain(`/orgs/${org.current}/notices/${noticeId}`);
    expect(await counts()).toEqual({ objections: before.objections, audit: before.audit + 1, mails: before.mails + result.notified });

    const again = await refusal(as(actors.privacy, (ctx) => decideObjection(ctx, { objectionId, decision: 'rejected', note: 'Nein.' })));
    expect(again.code).toBe('ALREADY_DONE');
    // A decided objection can be neither refiled nor withdrawn by the customer.
    expect((await refusal(as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason: 'Noch einmal versucht.' })))).code).toBe('ALREADY_DONE');
    expect((await refusal(as(actors.signatory, (ctx) => withdrawObjection(ctx, { orgId: org.current, objectionId })))).code).toBe('ALREADY_DONE');
  });

  it('rejects only with a note, and only by privacy staff; the mail names the way to terminate', async () => {
    const { noticeId } = await announce(new Date(Date.now() + 10 * DAY), [org.current], 'Ablehnungs-Test');
    const { objectionId } = await as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason: 'Wir widersprechen entschieden.' }));
    const before = await counts();
    expect(fieldErrors(decideObjectionSchema, { objectionId, decision: 'rejected', note: '   ' })).toEqual({ note: ['objections.note.requiredForRejection'] });
    expect(fieldErrors(decideObjectionSchema, { objectionId, decision: 'maybe' })).toHaveProperty('decision');
    expect((await refusal(as(actors.support, (ctx) => decideObjection(ctx, { objectionId, decision: 'accepted' })))).code).toBe('FORBIDDEN');
    expect((await refusal(as(actors.signatory, (ctx) => decideObjection(ctx, { objectionId, decision: 'accepted' })))).code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    // After the effective date a decision is still possible: the objection was filed in time.
    const result = await as(actors.privacy, (ctx) =>
      decideObjection(ctx, { objectionId, decision: 'rejected', note: 'Der Dienstleister ist zwingend nötig.' }), new Date(Date.now() + 20 * DAY),
    );
    expect(result.status).toBe('rejected');
    const mail = await latestMailTo(demoAccounts.signatory);
    expect(mail.subject).toBe('Ihr Einspruch wurde abgelehnt: Ablehnungs-Test');
    expect(mail.text).toContain('Der Dienstleister ist zwingend nötig.');
    expect(mail.text).toMatch(/kündigen/);
  });
});

describe('notices in the portal', () => {
  it('shows a notice only to its own organisation, with deadline, objection and form permission', async () => {
    const effectiveAt = new Date(Date.now() + 10 * DAY);
    const { noticeId, otherNoticeId } = await announce(effectiveAt);
    const detail = await getNoticeForOrg(read(actors.signatory), { orgId: org.current, noticeId });
    expect(detail).toMatchObject({ noticeId, orgId: org.current, canObject: true, canFile: true, canChange: false, objection: null, unread: true });
    // Staff may look, but neither object nor count as a reader.
    expect(await getNoticeForOrg(read(actors.privacy), { orgId: org.current, noticeId })).toMatchObject({ canObject: false, canFile: false, unread: false });
    expect(detail!.deadline.lastMoment.getTime()).toBe(effectiveAt.getTime() - 1);
    expect(detail!.services.map((s) => s.code)).toEqual(['webhosting']);
    expect((await getNoticeForOrg(read(actors.member), { orgId: org.current, noticeId }))!.canObject).toBe(false);
    expect(await getNoticeForOrg(read(actors.signatory), { orgId: org.current, noticeId: otherNoticeId })).toBeNull();
    expect(await getNoticeForOrg(read(actors.signatory), { orgId: org.none, noticeId: otherNoticeId })).toBeNull();
    expect(await getNoticeForOrg(read(actors.signatory), { orgId: org.current, noticeId: 'not-an-id' })).toBeNull();
    const late = await getNoticeForOrg(read(actors.signatory, effectiveAt), { orgId: org.current, noticeId });
    expect(late).toMatchObject({ canObject: false, deadline: { open: false } });

    await as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId, reason: 'Sichtbar in der Detailansicht.' }));
    expect((await getNoticeForOrg(read(actors.member), { orgId: org.current, noticeId }))!.objection).toMatchObject({ status: 'open' });
    // The open objection may be changed or withdrawn, not filed a second time.
    expect(await getNoticeForOrg(read(actors.signatory), { orgId: org.current, noticeId })).toMatchObject({ canFile: false, canChange: true });
  });

  it('marks notices read per user: unread flag, badge count, one audit event on first opening', async () => {
    const { noticeId, otherNoticeId } = await announce(new Date(Date.now() + 8 * DAY), [org.current, org.none], 'Gelesen-Test');
    const unreadBefore = await countUnreadNotices(read(actors.signatory), { orgId: org.current });
    expect(unreadBefore).toBeGreaterThan(0);
    const list = await listNoticesForOrg(read(actors.signatory), { orgId: org.current });
    expect(list!.notices.find((n) => n.noticeId === noticeId)).toMatchObject({ unread: true, open: true });

    const before = await counts();
    expect(await as(actors.signatory, (ctx) => markNoticeRead(ctx, { orgId: org.current, noticeId }))).toEqual({ marked: true });
    expect(await as(actors.signatory, (ctx) => markNoticeRead(ctx, { orgId: org.current, noticeId }))).toEqual({ marked: false });
    // Another organisation's notice under the own org id, and staff, mark nothing.
    expect(await as(actors.signatory, (ctx) => markNoticeRead(ctx, { orgId: org.current, noticeId: otherNoticeId }))).toEqual({ marked: false });
    expect(await as(actors.privacy, (ctx) => markNoticeRead(ctx, { orgId: org.current, noticeId }))).toEqual({ marked: false });
    expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
    const [audit] = await sql<{ action: string; target_id: string }>`select action, target_id from audit_events order by seq desc limit 1`;
    expect(audit).toEqual({ action: 'notice.read', target_id: noticeId });

    expect(await countUnreadNotices(read(actors.signatory), { orgId: org.current })).toBe(unreadBefore - 1);
    // The header's badge reads the count with the actor (the session's statement): the same number.
    const unreadWithActor = async (actor: UserActor) => (await loadActor(actor.userId))!.memberships.find((m) => m.orgId === org.current)?.unreadNotices;
    expect(await unreadWithActor(actors.signatory)).toBe(unreadBefore - 1);
    expect(await unreadWithActor(actors.member)).toBe(await countUnreadNotices(read(actors.member), { orgId: org.current }));
    expect(await unreadWithActor(actors.member)).toBeGreaterThan(0);
    expect((await getNoticeForOrg(read(actors.signatory), { orgId: org.current, noticeId }))!.unread).toBe(false);
    // The member has not opened it: still unread for them.
    expect((await listNoticesForOrg(read(actors.member), { orgId: org.current }))!.notices.find((n) => n.noticeId === noticeId)!.unread).toBe(true);
    expect(await countUnreadNotices(read(actors.otherSignatory), { orgId: org.current })).toBe(0);
    expect(await listNoticesForOrg(read(actors.otherSignatory), { orgId: org.current })).toBeNull();
  });

  it('pages the list and shows open notices soonest first on the dashboard', async () => {
    const page = await listNoticesForOrg(read(actors.signatory), { orgId: org.current, pageSize: 2, page: 2 });
    expect(page!.page).toBe(2);
    expect(page!.notices).toHaveLength(2);
    expect(page!.pageCount).toBe(Math.ceil(page!.total / 2));
    const beyond = await listNoticesForOrg(read(actors.signatory), { orgId: org.current, pageSize: 2, page: 999 });
    expect(beyond!.page).toBe(beyond!.pageCount);

    const open = await listOpenNoticesForOrg(read(actors.signatory), { orgId: org.current, limit: 50 });
    const times = open!.notices.map((n) => n.effectiveAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(open!.notices.every((n) => n.daysLeft >= 0)).toBe(true);
    expect(await listOpenNoticesForOrg(read(actors.otherSignatory), { orgId: org.current })).toBeNull();
  });

  it('lists open objections for staff, soonest deadline first, and refuses customers', async () => {
    const later = await announce(new Date(Date.now() + 40 * DAY), [org.current], 'Später');
    const sooner = await announce(new Date(Date.now() + 2 * DAY), [org.current], 'Früher');
    await as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId: later.noticeId, reason: 'Später fällig, trotzdem.' }));
    await as(actors.signatory, (ctx) => fileObjection(ctx, { orgId: org.current, noticeId: sooner.noticeId, reason: 'Früher fällig, bitte prüfen.' }));
    const { open, decided, canDecide } = await listOpenObjections(read(actors.support));
    expect(canDecide).toBe(false);
    expect((await listOpenObjections(read(actors.privacy))).canDecide).toBe(true);
    const times = open.map((o) => o.effectiveAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const ids = open.map((o) => o.changeNoticeId);
    expect(ids.indexOf(sooner.changeNoticeId)).toBeLessThan(ids.indexOf(later.changeNoticeId));
    expect(open.find((o) => o.changeNoticeId === sooner.changeNoticeId)).toMatchObject({ orgName: expect.any(String), customerNumber: demoOrgs.current, daysLeft: expect.any(Number) });
    expect(decided.every((d) => d.status === 'accepted' || d.status === 'rejected')).toBe(true);
    await expect(listOpenObjections(read(actors.signatory))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
