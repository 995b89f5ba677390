import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoNotEligibleSignatory, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { isAppError } from '@/lib/errors';
import { orgAtomResponse, orgCalendarResponse, publicAtomResponse } from '@/lib/feeds/org-feed';
import { announceChangeNotice } from '@/lib/change-notices/announce-change-notice';
import { createChangeNoticeSchema } from '@/lib/change-notices/change-notice-input';
import { earliestEffectiveDate } from '@/lib/change-notices/compute-effective-date';
import { createChangeNotice } from '@/lib/change-notices/create-change-notice';
import { listDeliveries } from '@/lib/change-notices/list-deliveries';
import { retryFailedDeliveries } from '@/lib/change-notices/retry-failed-deliveries';
import { sendDeliveriesJob } from '@/lib/change-notices/send-due-deliveries';
import { drainOutbox } from '@/lib/jobs/run-job';
import { latestMailTo } from '@/lib/testing/mails';
import type { UserActor } from '@/lib/core/actor';
import { createContext, type Ctx } from '@/lib/core/context';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { addNoticeContact } from './add-notice-contact';
import { confirmNoticeContact } from './confirm-notice-contact';
import { rotateFeedToken } from './feed-token';
import { getSubscriptions } from './get-subscriptions';
import { removeNoticeContact } from './remove-notice-contact';
import { addNoticeContactSchema, confirmNoticeContactSchema } from './schemas';

// Subscriptions, feeds and the staff's delivery view on the development mailbox (no SMTP): the
// harness's default set-up.

const orgId = seedId(`org:${demoOrgs.current}`);
const otherOrg = seedId(`org:${demoOrgs.outdated}`);
const meta = { ip: '192.0.2.1', userAgent: 'vitest' };
let privacy: UserActor;
let signatory: UserActor;
beforeAll(async () => {
  privacy = await actorFor(demoAccounts.privacy);
  signatory = await actorFor(demoAccounts.signatory);
});
const as = <T>(actor: UserActor | null, work: (ctx: Ctx<UserActor | null>) => Promise<T>) => runAs(actor, work, { request: meta });
const asSignatory = <T>(work: (ctx: Ctx) => Promise<T>) => runAs(signatory, work, { request: meta });
const asPrivacy = <T>(work: (ctx: Ctx) => Promise<T>) => runAs(privacy, work, { request: meta });
/** The feeds' context: nobody signed in (the secret in the URL is the credential). */
const anonymous = () => createContext({ actor: null });

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

async function announce(services = ['email', 'webhosting']) {
  const input = createChangeNoticeSchema.parse({
    kind: 'update',
    subprocessorId: seedId('subprocessor:datacenter-frankfurt'),
    titleDe: 'Neue USV & Notstrom <2027>',
    titleEn: 'New UPS & backup power <2027>',
    descriptionDe: 'Neue unterbrechungsfreie Stromversorgung.',
    descriptionEn: 'New uninterruptible power supply.',
    serviceIds: services.map((s) => seedId(`service:${s}`)),
    effectiveDate: earliestEffectiveDate(new Date(), 30, 'Europe/Berlin'),
  });
  const { id } = await asPrivacy((ctx) => createChangeNotice(ctx, input));
  const announced = await asPrivacy((ctx) => announceChangeNotice(ctx, { changeNoticeId: id, confirm: true }));
  return { id, effectiveAt: announced.effectiveAt };
}

const auditCount = async () => (await sql<{ n: number }>`select count(*)::int as n from audit_events`)[0]!.n;

describe('notice contacts', () => {
  it('bad input gets field messages and writes nothing', async () => {
    const bad = addNoticeContactSchema.safeParse({ orgId, email: 'dpo@', name: 'x'.repeat(201), locale: 'fr' });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({ email: 'validation.email', name: 'validation.tooLong', locale: 'validation.invalid' });
    expect(confirmNoticeContactSchema.safeParse({ token: 'abc' }).success).toBe(false);
  });

  it('add (confirmation mail, unconfirmed), duplicate refused, confirm once by token, remove scoped to the organisation', async () => {
    const before = await auditCount();
    const added = await asSignatory((ctx) => addNoticeContact(ctx, { orgId, email: 'DSB@Extern.example', name: null, locale: 'de' }));
    expect(added.email).toBe('dsb@extern.example');
    const mail = await latestMailTo('dsb@extern.example');
    expect(mail.subject).toContain('Bitte bestätigen');
    const token = mail.text.match(/\/subscriptions\/confirm\?token=([A-Za-z0-9_-]{43})/)![1]!;
    const [stored] = await sql<{ confirm_token_hash: string; confirmed_at: Date | null }>`
      select confirm_token_hash, confirmed_at from contacts where id = ${added.contactId}`;
    expect(stored!.confirmed_at).toBeNull();
    expect(stored!.confirm_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.confirm_token_hash).not.toContain(token);

    const duplicate = await refusal(asSignatory((ctx) => addNoticeContact(ctx, { orgId, email: 'dsb@extern.EXAMPLE', name: null, locale: 'en' })));
    expect(duplicate.code).toBe('CONFLICT');
    expect(duplicate.fieldErrors).toEqual({ email: ['subscriptions.contact.duplicate'] });

    const confirmed = await as(null, (ctx) => confirmNoticeContact(ctx, { token }));
    expect(confirmed.email).toBe('dsb@extern.example');
    expect((await refusal(as(null, (ctx) => confirmNoticeContact(ctx, { token })))).code).toBe('NOT_FOUND');

    const view = await getSubscriptions(contextFor(signatory), { orgId });
    expect(view!.contacts.find((c) => c.id === added.contactId)!.confirmedAt).toBeInstanceOf(Date);
    // The signatory manages; staff look on (the page shows them why the forms are missing).
    expect(view).toMatchObject({ canManage: true, readOnly: null });
    expect(await getSubscriptions(contextFor(privacy), { orgId })).toMatchObject({ canManage: false, readOnly: 'staff' });

    expect((await refusal(asSignatory((ctx) => removeNoticeContact(ctx, { orgId: otherOrg, contactId: added.contactId })))).code).toBe('NOT_FOUND');
    await asSignatory((ctx) => removeNoticeContact(ctx, { orgId, contactId: added.contactId }));
    expect(await sql`select 1 from contacts where id = ${added.contactId}`).toHaveLength(0);
    const actions = await sql<{ action: string }>`select action from audit_events order by seq desc limit 3`;
    expect(actions.map((a) => a.action)).toEqual(['subscriptions.contact.remove', 'subscriptions.contact.confirm', 'subscriptions.contact.add']);
    expect(await auditCount()).toBe(before + 3);
  });
});

describe('notice contact limits (issue 7, item 8)', () => {
  // A fixed day, so the daily windows cannot roll over in the middle of a test.
  const day = new Date('2031-03-04T10:00:00Z');
  const org = seedId(`org:${demoOrgs.notEligible}`);
  // The organisation's own signatory, as the app loads them.
  const owner = () => actorFor(demoNotEligibleSignatory);
  const add = async (email: string, at = day) =>
    runAs(await owner(), (ctx) => addNoticeContact(ctx, { orgId: org, email, name: null, locale: 'de' }), { request: meta, now: at });
  const remove = async (contactId: string) => runAs(await owner(), (ctx) => removeNoticeContact(ctx, { orgId: org, contactId }), { request: meta, now: day });
  const mailsTo = async (email: string) => (await sql<{ n: number }>`select count(*)::int as n from mails where "to" = ${email}`)[0]!.n;

  it('re-adding an address mails it at most three times a day', async () => {
    const email = 'victim@mailbomb.example';
    for (let i = 0; i < 3; i++) await remove((await add(email)).contactId);
    const refused = await refusal(add(email));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.fieldErrors).toEqual({ email: ['security.contactMailLimit'] });
    expect(await mailsTo(email)).toBe(3);
    // The next day it may be named again.
    await remove((await add(email, new Date(day.getTime() + 24 * 3_600_000))).contactId);
  });

  it('an organisation has at most ten notice contacts and sends at most twenty confirmations a day', async () => {
    await sql`delete from contacts where org_id = ${org} and kind = 'notice'`;
    const added = [];
    for (let i = 0; i < 10; i++) added.push(await add(`contact-${i}@dpo.example`));
    const full = await refusal(add('eleventh@dpo.example'));
    expect(full.code).toBe('CONFLICT');
    expect(full.fieldErrors).toEqual({ email: ['security.contactLimit'] });
    expect(await mailsTo('eleventh@dpo.example')).toBe(0);

    // Churn through removals: the daily confirmations of the organisation run out at twenty
    // (the first test of this block sent three, this one ten so far).
    for (const contact of added) await remove(contact.contactId);
    for (let i = 10; i < 17; i++) await add(`contact-${i}@dpo.example`);
    expect((await refusal(add('one-too-many@dpo.example'))).code).toBe('RATE_LIMITED');
  });
});

describe('deliveries without SMTP', () => {
  it('land in the development mailbox with their Message-ID and are marked sent', async () => {
    const { id } = await announce();
    await drainOutbox(sendDeliveriesJob);
    const rows = await sql<{ state: string; in_mailbox: boolean }>`
      select d.state, exists (select 1 from mails m where m.message_id = d.message_id and m."to" = d.recipient) as in_mailbox
      from deliveries d join notices n on n.id = d.notice_id where n.change_notice_id = ${id}`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.state === 'sent' && r.in_mailbox)).toBe(true);
  });

  it('staff see the counts per state and can retry failures (audited); nothing failed → ALREADY_DONE', async () => {
    const { id } = await announce();
    await sql`update deliveries set state = 'failed', attempts = 1, last_error = '550 no such user'
              where notice_id in (select id from notices where change_notice_id = ${id})`;
    const list = await listDeliveries(contextFor(privacy), { changeNoticeId: id, state: 'failed', page: 1 });
    expect(list!.counts.failed).toBe(list!.total);
    expect(list!.rows[0]!.lastError).toBe('550 no such user');
    // Privacy staff may send them again; other staff see the list only.
    expect(list!.canRetry).toBe(true);
    expect((await listDeliveries(contextFor(await actorFor(demoAccounts.support)), { changeNoticeId: id, page: 1 }))!.canRetry).toBe(false);
    const { count } = await asPrivacy((ctx) => retryFailedDeliveries(ctx, { changeNoticeId: id }));
    expect(count).toBe(list!.total);
    const [event] = await sql<{ action: string; target_id: string }>`select action, target_id from audit_events order by seq desc limit 1`;
    expect(event).toEqual({ action: 'notices.deliveries.retry', target_id: id });
    const afterRetry = await listDeliveries(contextFor(privacy), { changeNoticeId: id, page: 1 });
    expect(afterRetry!.counts.queued).toBe(count);
    expect(afterRetry!.canRetry).toBe(false);
    expect((await refusal(asPrivacy((ctx) => retryFailedDeliveries(ctx, { changeNoticeId: id })))).code).toBe('ALREADY_DONE');
    expect(await listDeliveries(contextFor(privacy), { changeNoticeId: '00000000-0000-4000-8000-000000000000', page: 1 })).toBeNull();
  });
});

describe('feeds', () => {
  it('Atom: only the organisation own notices, behind a rotatable secret; 404 for unknown tokens', async () => {
    const own = await announce(['email', 'webhosting']);
    const urls = await asSignatory((ctx) => rotateFeedToken(ctx, { orgId }));
    const token = urls.atom.match(/\/api\/feeds\/([A-Za-z0-9_-]{43})\/atom$/)![1]!;
    const [org] = await sql<{ feed_token_hash: string }>`select feed_token_hash from organisations where id = ${orgId}`;
    expect(org!.feed_token_hash).toMatch(/^[0-9a-f]{64}$/);

    const response = await orgAtomResponse(anonymous(), { token: token, locale: 'de' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const ownNotices = await sql<{ id: string }>`select id from notices where org_id = ${orgId}`;
    const foreign = await sql<{ id: string }>`select id from notices where org_id <> ${orgId}`;
    expect(foreign.length).toBeGreaterThan(0);
    // The change-notice entries (published DPA and TOMs versions are entries too, lib/feeds/feed-versions test).
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    const ids = entries.filter((e) => !/term="(dpa_template|toms)"/.test(e)).map((e) => /<id>urn:uuid:([0-9a-f-]{36})<\/id>/.exec(e)![1]);
    expect(ids.sort()).toEqual(ownNotices.map((n) => n.id).sort());
    expect(xml).toContain('Neue USV &amp; Notstrom &lt;2027&gt;');
    expect(xml).not.toMatch(/<2027>/);
    expect(own.id).toBeTruthy();

    expect((await orgAtomResponse(anonymous(), { token: 'A'.repeat(43), locale: 'de' })).status).toBe(404);
    expect((await orgAtomResponse(anonymous(), { token: 'short', locale: 'de' })).status).toBe(404);
    await asSignatory((ctx) => rotateFeedToken(ctx, { orgId }));
    expect((await orgAtomResponse(anonymous(), { token: token, locale: 'de' })).status).toBe(404);
  });

  it('iCalendar: CRLF, an all-day event on the Berlin effective date per notice', async () => {
    const { effectiveAt } = await announce(['email']);
    const urls = await asSignatory((ctx) => rotateFeedToken(ctx, { orgId }));
    const token = urls.calendar.split('/').at(-2)!;
    const response = await orgCalendarResponse(anonymous(), { token: token, locale: 'en' });
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(effectiveAt).replace(/-/g, '');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${day}\r\n`);
    const own = await sql<{ n: number }>`select count(*)::int as n from notices where org_id = ${orgId}`;
    const versions = await sql<{ n: number }>`select (select count(*) from dpa_template_versions where status = 'published') + (select count(*) from toms_versions where status = 'published') as n`;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(own[0]!.n + Number(versions[0]!.n));
  });

  it('the public feed exists only while the provider enables it', async () => {
    await announce(['email']);
    // Changed behind the app's back (no use case, no afterCommit): the settings cache hears of it
    // by the database's notification, as another instance would, so the answer follows shortly.
    await sql`update settings set public_feed_enabled = true`;
    await expect.poll(async () => (await publicAtomResponse(anonymous(), { locale: 'en' })).status, { timeout: 10_000 }).toBe(200);
    const open = await publicAtomResponse(anonymous(), { locale: 'en' });
    expect(await open.text()).toContain('<title>Change: New UPS &amp; backup power &lt;2027&gt;</title>');
    await sql`update settings set public_feed_enabled = false`;
    await expect.poll(async () => (await publicAtomResponse(anonymous(), { locale: 'de' })).status, { timeout: 10_000 }).toBe(404);
  });
});
