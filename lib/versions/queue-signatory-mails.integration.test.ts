import { sql as dsql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mails } from '@/db/schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { listMailboxMails } from '@/lib/mail/list-mailbox-mails';
import { contextFor, runAsSystem } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { renderedMails } from '@/lib/testing/mails';
import { queueSignatoryMails } from './queue-signatory-mails';

// One INSERT ... SELECT queues a mail per signatory: the rows hold data (template, parameters,
// language), and the text is rendered from them like any other mail, escaping included.

describe('queueSignatoryMails', () => {
  it('queues one template mail per signatory of the selected organisations, with parameters as data', async () => {
    // A name that needs escaping in HTML, to see that nothing is pasted into markup in SQL.
    await sql`update organisations set legal_name = 'Bäckerei Hofmann & <Söhne> "KG"' where customer_number = ${demoOrgs.current}`;
    // Signatories and confirmed notice contacts (issue 13), one per organisation and address.
    const expected = (
      await sql<{ email: string; locale: string; org_id: string }>`
      select distinct on (r.org_id, lower(r.email)) r.email, r.locale, r.org_id from (
        select u.email, u.locale, a.org_id, 0 as preference from agreements a
          join memberships m on m.org_id = a.org_id and m.role = 'signatory' join users u on u.id = m.user_id
         where a.status = 'active'
        union all
        select c.email, c.locale, a.org_id, 1 from agreements a
          join contacts c on c.org_id = a.org_id and c.kind = 'notice' and c.confirmed_at is not null
         where a.status = 'active'
      ) r order by r.org_id, lower(r.email), r.preference`
    ).sort((a, b) => a.email.localeCompare(b.email));
    expect(expected.length).toBeGreaterThan(1);

    const queued = await runAsSystem((ctx) =>
      queueSignatoryMails(ctx, {
        orgs: dsql`true`,
        template: 'toms-updated',
        params: (org) => ({ orgName: org.legalName, version: 7, url: org.url('/toms') }),
      }),
    );
    expect(queued).toBe(expected.length);

    const sent = await renderedMails({ where: dsql`${mails.template} = 'toms-updated'` });
    expect(sent.map((m) => m.to).sort()).toEqual(expected.map((e) => e.email).sort());
    for (const want of expected) {
      const mail = sent.find((m) => m.to === want.email && m.text.includes(want.org_id))!;
      expect(mail.locale).toBe(want.locale);
      expect(mail.params).toMatchObject({ version: 7, url: expect.stringMatching(new RegExp(`/orgs/${want.org_id}/toms$`)) });
      expect(mail.text).toContain(`/orgs/${want.org_id}/toms`);
    }
    const hofmann = sent.find((m) => m.to === demoAccounts.signatory)!;
    expect(hofmann.params.orgName).toBe('Bäckerei Hofmann & <Söhne> "KG"');
    expect(hofmann.text).toContain('Bäckerei Hofmann & <Söhne> "KG"');
    expect(hofmann.html).toContain('Bäckerei Hofmann &#38; &#60;Söhne&#62; &#34;KG&#34;');
    expect(hofmann.html).not.toContain('<Söhne>');
    // Without SMTP they are in the development mailbox at once, which renders them the same way.
    expect(sent.every((m) => m.state === 'sent')).toBe(true);
    const mailbox = await listMailboxMails(contextFor(null), { to: demoAccounts.signatory.toUpperCase() });
    expect(mailbox[0]).toMatchObject({ to: demoAccounts.signatory, subject: hofmann.subject, text: hofmann.text });
  });

  it('queues nothing when no organisation matches', async () => {
    const queued = await runAsSystem((ctx) =>
      queueSignatoryMails(ctx, {
        orgs: dsql`o.customer_number = 'K-00000'`,
        template: 'dpa-new-version',
        params: (org) => ({ orgName: org.legalName, version: 3, url: org.url('/dpa/changes') }),
      }),
    );
    expect(queued).toBe(0);
  });
});
