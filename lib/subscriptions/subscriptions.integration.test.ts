import { describe, expect, it } from 'vitest';
import { getDb, type Tx } from '@/db/client';
import { demoAccounts, demoOrgs } from '@/db/seed/demo-accounts';
import { seedId } from '@/db/seed/seed-helpers';
import { isAppError } from '@/lib/errors';
import { orgAtomResponse, orgCalendarResponse, publicAtomResponse } from '@/lib/feeds/org-feed';
import { announceChangeNotice } from '@/lib/notices/announce-change-notice';
import { createChangeNoticeSchema } from '@/lib/notices/change-notice-input';
import { earliestEffectiveDate } from '@/lib/notices/compute-effective-date';
import { createChangeNotice } from '@/lib/notices/create-change-notice';
import { listDeliveries } from '@/lib/notices/list-deliveries';
import { retryFailedDeliveries } from '@/lib/notices/retry-failed-deliveries';
import { sendDueDeliveries } from '@/lib/notices/send-due-deliveries';
import { sql } from '@/lib/testing/db';
import { addNoticeContact } from './add-notice-contact';
import { confirmNoticeContact } from './confirm-notice-contact';
import { rotateFeedToken } from './feed-token';
import { getSubscriptions } from './get-subscriptions';
import { removeNoticeContact } from './remove-notice-contact';
import { addNoticeContactSchema, confirmNoticeContactSchema } from './schemas';

// Subscriptions, feeds and the staff's delivery view on the development mailbox (no SMTP): the
// harness's default set-up.

const privacy = { userId: seedId(`user:${demoAccounts.privacy}`), staffRoles: ['privacy' as const], memberships: [] };
const orgId = seedId(`org:${demoOrgs.current}`);
const otherOrg = seedId(`org:${demoOrgs.outdated}`);
const signatory = { userId: seedId(`user:${demoAccounts.signatory}`), staffRoles: [], memberships: [{ orgId, role: 'signatory' as const }] };
const meta = { ip: '192.0.2.1', userAgent: 'vitest' };
const tx = <T>(work: (t: Tx) => Promise<T>) => getDb().transaction(work);
const db = () => getDb();

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
  const { id } = await tx((t) => createChangeNotice(t, privacy, input));
  const announced = await tx((t) => announceChangeNotice(t, privacy, { changeNoticeId: id, confirm: true }));
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
    const added = await tx((t) => addNoticeContact(t, signatory, { orgId, email: 'DSB@Extern.example', name: null, locale: 'de' }, meta));
    expect(added.email).toBe('dsb@extern.example');
    const [mail] = await sql<{ text: string; subject: string }>`select text, subject from mails where "to" = 'dsb@extern.example'`;
    expect(mail!.subject).toContain('Bitte bestätigen');
    const token = mail!.text.match(/\/subscriptions\/confirm\?token=([A-Za-z0-9_-]{43})/)![1]!;
    const [stored] = await sql<{ confirm_token_hash: string; confirmed_at: Date | null }>`
      select confirm_token_hash, confirmed_at from contacts where id = ${added.contactId}`;
    expect(stored!.confirmed_at).toBeNull();
    expect(stored!.confirm_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.confirm_token_hash).not.toContain(token);

    const duplicate = await refusal(tx((t) => addNoticeContact(t, signatory, { orgId, email: 'dsb@extern.EXAMPLE', name: null, locale: 'en' }, meta)));
    expect(duplicate.code).toBe('CONFLICT');
    expect(duplicate.fieldErrors).toEqual({ email: ['subscriptions.contact.duplicate'] });

    const confirmed = await tx((t) => confirmNoticeContact(t, token, meta));
    expect(confirmed.email).toBe('dsb@extern.example');
    expect((await refusal(tx((t) => confirmNoticeContact(t, token, meta)))).code).toBe('NOT_FOUND');

    const view = await getSubscriptions(orgId);
    expect(view!.contacts.find((c) => c.id === added.contactId)!.confirmedAt).toBeInstanceOf(Date);

    expect((await refusal(tx((t) => removeNoticeContact(t, signatory, { orgId: otherOrg, contactId: added.contactId }, meta)))).code).toBe('NOT_FOUND');
    await tx((t) => removeNoticeContact(t, signatory, { orgId, contactId: added.contactId }, meta));
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
  const owner = { userId: seedId(`user:${demoAccounts.signatory}`), staffRoles: [], memberships: [{ orgId: org, role: 'signatory' as const }] };
  const add = (email: string, at = day) => tx((t) => addNoticeContact(t, owner, { orgId: org, email, name: null, locale: 'de' }, meta, at));
  const remove = (contactId: string) => tx((t) => removeNoticeContact(t, owner, { orgId: org, contactId }, meta));
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
    while ((await sendDueDeliveries(db())) > 0);
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
    const list = await listDeliveries({ changeNoticeId: id, state: 'failed', page: 1 });
    expect(list!.counts.failed).toBe(list!.total);
    expect(list!.rows[0]!.lastError).toBe('550 no such user');
    const { count } = await tx((t) => retryFailedDeliveries(t, privacy, { changeNoticeId: id }, meta));
    expect(count).toBe(list!.total);
    const [event] = await sql<{ action: string; target_id: string }>`select action, target_id from audit_events order by seq desc limit 1`;
    expect(event).toEqual({ action: 'notices.deliveries.retry', target_id: id });
    expect((await listDeliveries({ changeNoticeId: id, page: 1 }))!.counts.queued).toBe(count);
    expect((await refusal(tx((t) => retryFailedDeliveries(t, privacy, { changeNoticeId: id }, meta)))).code).toBe('ALREADY_DONE');
    expect(await listDeliveries({ changeNoticeId: '00000000-0000-4000-8000-000000000000', page: 1 })).toBeNull();
  });
});

describe('feeds', () => {
  it('Atom: only the organisation own notices, behind a rotatable secret; 404 for unknown tokens', async () => {
    const own = await announce(['email', 'webhosting']);
    const urls = await tx((t) => rotateFeedToken(t, signatory, { orgId }, meta));
    const token = urls.atom.match(/\/api\/feeds\/([A-Za-z0-9_-]{43})\/atom$/)![1]!;
    const [org] = await sql<{ feed_token_hash: string }>`select feed_token_hash from organisations where id = ${orgId}`;
    expect(org!.feed_token_hash).toMatch(/^[0-9a-f]{64}$/);

    const response = await orgAtomResponse(db(), token, 'de');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const ownNotices = await sql<{ id: string }>`select id from notices where org_id = ${orgId}`;
    const foreign = await sql<{ id: string }>`select id from notices where org_id <> ${orgId}`;
    expect(foreign.length).toBeGreaterThan(0);
    const ids = [...xml.matchAll(/<id>urn:uuid:([0-9a-f-]{36})<\/id>/g)].map((m) => m[1]).filter((i) => i !== orgId);
    expect(ids.sort()).toEqual(ownNotices.map((n) => n.id).sort());
    expect(xml).toContain('Neue USV &amp; Notstrom &lt;2027&gt;');
    expect(xml).not.toMatch(/<2027>/);
    expect(own.id).toBeTruthy();

    expect((await orgAtomResponse(db(), 'A'.repeat(43), 'de')).status).toBe(404);
    expect((await orgAtomResponse(db(), 'short', 'de')).status).toBe(404);
    await tx((t) => rotateFeedToken(t, signatory, { orgId }, meta));
    expect((await orgAtomResponse(db(), token, 'de')).status).toBe(404);
  });

  it('iCalendar: CRLF, an all-day event on the Berlin effective date per notice', async () => {
    const { effectiveAt } = await announce(['email']);
    const urls = await tx((t) => rotateFeedToken(t, signatory, { orgId }, meta));
    const token = urls.calendar.split('/').at(-2)!;
    const response = await orgCalendarResponse(db(), token, 'en');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(effectiveAt).replace(/-/g, '');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${day}\r\n`);
    const own = await sql<{ n: number }>`select count(*)::int as n from notices where org_id = ${orgId}`;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(own[0]!.n);
  });

  it('the public feed exists only while the provider enables it', async () => {
    await announce(['email']);
    await sql`update settings set public_feed_enabled = true`;
    const open = await publicAtomResponse(db(), 'en');
    expect(open.status).toBe(200);
    expect(await open.text()).toContain('<title>Change: New UPS &amp; backup power &lt;2027&gt;</title>');
    await sql`update settings set public_feed_enabled = false`;
    expect((await publicAtomResponse(db(), 'de')).status).toBe(404);
  });
});
