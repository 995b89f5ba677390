import { describe, expect, it } from 'vitest';
import { sendDeliveriesJob } from '@/lib/change-notices/send-due-deliveries';
import { drainOutbox } from '@/lib/jobs/run-job';
import { renderMail } from '@/lib/mail/templates';
import { announceTestChangeNotice } from '@/lib/testing/announce-change-notice';
import { runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { unsubscribeNoticeContact } from './unsubscribe-notice-contact';
import { unsubscribeToken } from './unsubscribe-token';

// The unsubscribe link in every change notice to a notice contact: it comes with the mail, works
// without an account, removes exactly the contact it was issued for and nothing else.

const SCHAEFER = 'm.schaefer@datenschutz-schaefer.example'; // notice contact of K-10001 (e-mail, web hosting)

type MailRow = { to: string; params: { unsubscribeUrl?: string } };
const HOFMANN = seedId('org:K-10001');
/** The notice contact row of this address at Bäckerei Hofmann (the same DPO is contact of other customers too). */
const contactId = async (email: string) =>
  (await sql<{ id: string }>`select id from contacts where kind = 'notice' and lower(email) = ${email} and org_id = ${HOFMANN}`)[0]?.id;
const anonymous = <T>(work: Parameters<typeof runAs<null, T>>[1]) => runAs(null, work);

describe('unsubscribing a notice contact', () => {
  it('puts a link for the contact, and only for contacts, into each change notice mail', async () => {
    await announceTestChangeNotice({ de: 'Wartung Frankfurt', en: 'Maintenance Frankfurt' }, { de: 'Neue Klimatechnik.', en: 'New cooling.' });
    await drainOutbox(sendDeliveriesJob);
    const id = await contactId(SCHAEFER);
    const sent = await sql<MailRow>`select "to", params from mails where template = 'change-notice'`;
    const toContact = sent.find((m) => m.to === SCHAEFER && m.params.unsubscribeUrl?.includes((id ?? '') + '.'))!;
    const toSignatory = sent.find((m) => m.to === demoAccounts.signatory)!;
    expect(toContact.params.unsubscribeUrl).toMatch(new RegExp(`/unsubscribe\\?token=${id}\\.[A-Za-z0-9_-]{43}$`));
    expect(toSignatory.params.unsubscribeUrl).toBeUndefined();
    const mail = renderMail('change-notice', 'de', toContact.params);
    expect(mail.text).toContain(`Keine Änderungsmitteilungen mehr an diese Adresse: ${toContact.params.unsubscribeUrl}`);
    expect(mail.html).toContain('/unsubscribe?token=');
  });

  it('removes exactly the contact the token was issued for, without an account, and cannot be turned on anyone else', async () => {
    const mine = (await contactId(SCHAEFER))!;
    const others = await sql<{ id: string }>`select id from contacts where kind = 'notice' and id <> ${mine}`;
    expect(others.length).toBeGreaterThan(0);
    const other = others[0]!.id;
    const token = unsubscribeToken(mine);
    const signature = token.split('.')[1];

    // Another contact's id with this signature, a changed signature, garbage: refused, nothing removed.
    for (const forged of [`${other}.${signature}`, `${mine}.${signature!.slice(0, -1)}A`, 'x.y', `${mine}`, `${other}.${unsubscribeToken(other).split('.')[1]}.x`]) {
      await expect(anonymous((ctx) => unsubscribeNoticeContact(ctx, { token: forged }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await contactId(SCHAEFER)).toBe(mine);

    await expect(anonymous((ctx) => unsubscribeNoticeContact(ctx, { token }))).resolves.toEqual({ alreadyDone: false, orgName: 'Bäckerei Hofmann GmbH & Co. KG' });
    expect(await contactId(SCHAEFER)).toBeUndefined();
    // Every other contact is still there, also the same address at other customers.
    expect(await sql`select id from contacts where id = ${other}`).toHaveLength(1);
    expect((await sql`select id from contacts where lower(email) = ${SCHAEFER}`).length).toBeGreaterThan(0);
    const [event] = await sql<{ actor_role: string; target_id: string }>`select actor_role, target_id from audit_events where action = 'subscriptions.contact.unsubscribed'`;
    expect(event).toEqual({ actor_role: 'anonymous', target_id: mine });
    // The link used again: nothing left to remove, and it says so.
    await expect(anonymous((ctx) => unsubscribeNoticeContact(ctx, { token }))).resolves.toEqual({ alreadyDone: true, orgName: null });
  });
});
