import type { AddressInfo } from 'node:net';
import { sql as drizzleSql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST as oneClickPost, GET as oneClickGet } from '@/app/api/unsubscribe/route';
import { sendDeliveriesJob } from '@/lib/change-notices/send-due-deliveries';
import { drainOutbox } from '@/lib/jobs/run-job';
import { sendMailsJob } from '@/lib/mail/send-due-mails';
import { closeSmtpTransport } from '@/lib/mail/transport';
import { announceTestChangeNotice } from '@/lib/testing/announce-change-notice';
import { runAsSystem } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { queueSignatoryMails } from '@/lib/versions/queue-signatory-mails';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';

// Issue 12: every mail to a notice contact carries List-Unsubscribe and List-Unsubscribe-Post
// (RFC 8058), read here from what a real SMTP server received; the mail program's one-click POST to
// that address works without a session or Origin and removes that one contact only.

const SCHAEFER = 'm.schaefer@datenschutz-schaefer.example'; // confirmed notice contact of K-10001
const HOFMANN = seedId('org:K-10001');
const received: { to: string; raw: string }[] = [];
/** The List-Unsubscribe address of the last mail to the contact, as the mail program reads it. */
let contactUnsubscribeUrl = '';

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo[0]!.address, raw: Buffer.concat(chunks).toString('utf8') });
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  delete process.env.DEV_MAILBOX;
});

afterAll(async () => {
  closeSmtpTransport();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
});

/** The header's value as received (folded lines joined), or undefined. */
function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return head.match(new RegExp(`^${name}: (.*)$`, 'im'))?.[1]?.trim();
}
const mailTo = (to: string) => received.find((m) => m.to === to)!;
const hofmannContact = async (email: string) =>
  (await sql<{ id: string }>`select id from contacts where kind = 'notice' and lower(email) = ${email} and org_id = ${HOFMANN}`)[0]?.id;

function expectOneClickHeaders(raw: string, contactId: string) {
  expect(header(raw, 'List-Unsubscribe')).toMatch(new RegExp(`^<https?://[^>]+/api/unsubscribe\\?token=${contactId}\\.[A-Za-z0-9_-]{43}>$`));
  expect(header(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
}
const oneClickUrl = (raw: string) => header(raw, 'List-Unsubscribe')!.slice(1, -1);
const post = (url: string, body: string) =>
  oneClickPost(new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'mail provider' }, body }), undefined);

describe('List-Unsubscribe on mail to notice contacts', () => {
  it('a change notice: the contact gets the headers, the signatory (a user) does not', async () => {
    await announceTestChangeNotice({ de: 'Wartung Köln', en: 'Maintenance Cologne' }, { de: 'Neue Stromversorgung.', en: 'New power supply.' });
    await drainOutbox(sendDeliveriesJob);
    // Schäfer is the notice contact of two organisations: one mail each, each with its own link.
    const contactId = (await hofmannContact(SCHAEFER))!;
    const toSchaefer = received.filter((m) => m.to === SCHAEFER);
    expect(toSchaefer.length).toBeGreaterThan(1);
    const forHofmann = toSchaefer.filter((m) => header(m.raw, 'List-Unsubscribe')?.includes(`token=${contactId}.`));
    expect(forHofmann).toHaveLength(1);
    expectOneClickHeaders(forHofmann[0]!.raw, contactId);
    expect(header(mailTo(demoAccounts.signatory).raw, 'List-Unsubscribe')).toBeUndefined();
  });

  it('a new DPA version: the same, from the mail outbox', async () => {
    await runAsSystem((ctx) =>
      queueSignatoryMails(ctx, {
        orgs: drizzleSql`o.id = ${HOFMANN}`,
        template: 'dpa-new-version',
        params: (org) => ({ orgName: org.legalName, version: 99, url: org.url('/dpa') }),
      }),
    );
    await drainOutbox(sendMailsJob);
    expectOneClickHeaders(mailTo(SCHAEFER).raw, (await hofmannContact(SCHAEFER))!);
    contactUnsubscribeUrl = oneClickUrl(mailTo(SCHAEFER).raw);
    expect(header(mailTo(demoAccounts.signatory).raw, 'List-Unsubscribe')).toBeUndefined();
  });

  it('the one-click POST needs no session, asks for the RFC 8058 body, and removes that one contact only', async () => {
    const url = contactUnsubscribeUrl;
    const contactsBefore = (await sql<{ n: number }>`select count(*)::int as n from contacts`)[0]!.n;

    // A link checker's bare POST, or a GET, changes nothing; the GET leads a person to the page.
    expect((await post(url, '')).status).toBe(422);
    const get = await oneClickGet(new Request(url), undefined);
    expect(get.status).toBe(303);
    expect(get.headers.get('location')).toMatch(/\/unsubscribe\?token=[0-9a-f-]{36}\./);
    // Another contact's id under this signature does not verify.
    const other = (await sql<{ id: string }>`select id from contacts where kind = 'notice' and lower(email) <> ${SCHAEFER} limit 1`)[0]!.id;
    expect((await post(url.replace(/token=[0-9a-f-]{36}/, `token=${other}`), 'List-Unsubscribe=One-Click')).status).toBe(404);
    expect((await sql<{ n: number }>`select count(*)::int as n from contacts`)[0]!.n).toBe(contactsBefore);

    const response = await post(url, 'List-Unsubscribe=One-Click');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unsubscribed: true, alreadyDone: false });
    expect(await hofmannContact(SCHAEFER)).toBeUndefined();
    expect((await sql<{ n: number }>`select count(*)::int as n from contacts`)[0]!.n).toBe(contactsBefore - 1);
    // The same address as another customer's contact stays: the token named one row.
    expect((await sql`select id from contacts where lower(email) = ${SCHAEFER}`).length).toBeGreaterThan(0);
    const [event] = await sql<{ actor_role: string; org_id: string }>`
      select actor_role, org_id from audit_events where action = 'subscriptions.contact.unsubscribed' order by seq desc limit 1`;
    expect(event).toEqual({ actor_role: 'anonymous', org_id: HOFMANN });

    // Clicked twice (or by two mail programs): still fine.
    expect(await (await post(url, 'List-Unsubscribe=One-Click')).json()).toEqual({ unsubscribed: true, alreadyDone: true });
  });
});
