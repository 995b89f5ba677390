import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { organisations } from '@/db/schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { announceTestChangeNotice } from '@/lib/testing/announce-change-notice';
import { actorFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { renderedMails } from '@/lib/testing/mails';
import { fileObjection } from './file-objection';

// DPA § 8(3): "Der Auftragnehmer bestätigt den Eingang." Filing an objection mails the filer an
// acknowledgement with the reasons as received and the deadline, in the same transaction.

describe('objection receipt', () => {
  it('mails the filer an acknowledgement with the reasons and the deadline', async () => {
    const changeNoticeId = await announceTestChangeNotice(
      { de: 'Umzug der Sicherungen', en: 'Backups move' },
      { de: 'Die Sicherungen ziehen in einen anderen Brandabschnitt um.', en: 'The backups move to another fire compartment.' },
    );
    const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, demoOrgs.current));
    const [notice] = await sql<{ id: string }>`select id from notices where change_notice_id = ${changeNoticeId} and org_id = ${org!.id}`;
    const before = await renderedMails({ to: demoAccounts.signatory });

    const signer = await actorFor(demoAccounts.signatory);
    const reason = 'Wir benötigen die Sicherungen am bisherigen Standort.';
    await runAs(signer, (ctx) => fileObjection(ctx, { orgId: org!.id, noticeId: notice!.id, reason }));

    const after = await renderedMails({ to: demoAccounts.signatory });
    const receipts = after.filter((m) => m.template === 'objection-received');
    expect(receipts).toHaveLength(before.filter((m) => m.template === 'objection-received').length + 1);
    const [receipt] = receipts;
    expect(receipt!.subject).toContain('Eingangsbestätigung');
    expect(receipt!.subject).toContain('Umzug der Sicherungen');
    expect(receipt!.text).toContain(reason);
    expect(receipt!.text).toContain('Einspruchsfrist');
    expect(receipt!.text).toContain(`/orgs/${org!.id}/notices/${notice!.id}`);
    expect(receipt!.html).toContain('Einspruch eingegangen');
  });
});
