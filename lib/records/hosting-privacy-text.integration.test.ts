import { describe, expect, it } from 'vitest';
import { actorFor, contextFor } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { getHostingPrivacyText } from './get-hosting-privacy-text';

// The hosting customer's privacy-policy paragraph: only for web or mail hosting, in both languages,
// with the retention figures of the service settings (not of the text).

describe('the hosting privacy text', () => {
  it('gives a web and mail hosting customer both paragraphs with the retention from the settings', async () => {
    const signatory = await actorFor(demoAccounts.signatory); // K-10001: web hosting and e-mail
    const text = (await getHostingPrivacyText(contextFor(signatory), { orgId: seedId('org:K-10001') }))!;
    expect(text.paragraphs.de).toHaveLength(2);
    expect(text.paragraphs.de.join(' ')).toContain('nach 7 Tagen gelöscht; Datensicherungen, die sie enthalten, nach spätestens 21 Tagen');
    expect(text.paragraphs.en.join(' ')).toContain('deleted after 7 days; backups holding them after at most 21 days');
    expect(text.paragraphs.de.join(' ')).toContain('Nordwind IT-Service GmbH');
    expect(text.paragraphs.de.join(' ')).toContain('Art. 28 DSGVO');

    // The figures follow the service settings.
    await sql`update services set log_retention_days = 14, backup_retention_days = 30 where code = 'webhosting'`;
    const changed = (await getHostingPrivacyText(contextFor(signatory), { orgId: seedId('org:K-10001') }))!;
    expect(changed.paragraphs.de[1]).toContain('nach 14 Tagen gelöscht; Datensicherungen, die sie enthalten, nach spätestens 30 Tagen');
    expect(changed.paragraphs.de[0]).toContain('nach 7 Tagen'); // e-mail keeps its own figures
    await sql`update services set log_retention_days = 7, backup_retention_days = 21 where code = 'webhosting'`;
    // The database refuses backups kept shorter than the logs they hold.
    await expect(sql`update services set backup_retention_days = 3 where code = 'email'`).rejects.toThrow();
  });

  it('gives nothing to an organisation without web or mail hosting, and nothing to strangers', async () => {
    const lindner = await actorFor('p.lindner@gaertnerei-lindner.example'); // K-10004: a domain only
    expect(await getHostingPrivacyText(contextFor(lindner), { orgId: seedId('org:K-10004') })).toBeNull();
    await expect(getHostingPrivacyText(contextFor(lindner), { orgId: seedId('org:K-10001') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
