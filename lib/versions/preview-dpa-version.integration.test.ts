import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '@/lib/core/actor';
import { getDpaReview } from '@/lib/dpa/get-dpa-review';
import { signAgreement } from '@/lib/dpa/sign-agreement';
import { AppError } from '@/lib/errors';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { dpaVersionId } from '@/scripts/demo-seed/versions';
import { previewDpaVersion } from './preview-dpa-version';

// The staff preview of a template version against a real, seeded database: it fills in a real
// organisation through the same inputs as signing, so what it shows is what would be signed.

let privacy: UserActor;
const now = new Date();
const preview = (customerNumber?: string, actor = privacy) =>
  previewDpaVersion(contextFor(actor, { now }), { versionId: dpaVersionId(2), customerNumber, locale: 'de' });

async function orgIdOf(customerNumber: string) {
  const [org] = await sql<{ id: string }>`select id from organisations where customer_number = ${customerNumber}`;
  return org!.id;
}

beforeAll(async () => {
  privacy = await actorFor(demoAccounts.privacy);
});

describe('previewDpaVersion', () => {
  it('fills in the eligible organisation with the lowest customer number when none is chosen', async () => {
    const [lowest] = await sql<{ customer_number: string }>`
      select o.customer_number from organisations o
       where exists (select 1 from contracts c join services s on s.id = c.service_id
                      where c.org_id = o.id and c.status = 'active' and s.processes_personal_data)
       order by o.customer_number limit 1`;
    const result = await preview();
    expect(result).toMatchObject({ ok: true, org: { customerNumber: lowest!.customer_number } });
    if (!result?.ok) return;
    expect(result.document.customer.customerNumber).toBe(lowest!.customer_number);
    expect(result.document.templateVersion).toBe(2);
  });

  it('is the very document the organisation then signs', async () => {
    const customerNumber = demoOrgs.none;
    const before = await preview(customerNumber);
    expect(before).toMatchObject({ ok: true, org: { customerNumber } });
    if (!before?.ok) return;

    // Sign with the same clock; the review page then shows the agreement rebuilt from what was stored.
    const orgId = await orgIdOf(customerNumber);
    const signer = await actorFor(demoAccounts.otherSignatory);
    const input = { orgId, templateVersionId: dpaVersionId(2), fullName: 'Lena Krause', position: 'Partnerin', confirmAuthority: true as const, locale: 'de' as const };
    await runAs(signer, (ctx) => signAgreement(ctx, input), { now });
    // Read in the preview's language (the context takes it from the actor).
    const review = await getDpaReview(contextFor({ ...signer, locale: 'de' }, { now }), { orgId });
    expect(review!.agreement!.isCurrent).toBe(true);
    // Word for word the same, except that signing fills in Annex I's signature and date (EU SCC
    // Annex I) of both parties, which the preview shows as still to come.
    const signatures = (document: unknown) => JSON.stringify(document).match(/"label":"Unterschrift und Datum","value":"[^"]*"/g);
    expect(signatures(before.document)).toEqual([
      expect.stringContaining('Noch nicht unterzeichnet'),
      expect.stringContaining('Wird bei Vertragsschluss ergänzt'),
    ]);
    expect(signatures(review!.document)).toEqual([
      expect.stringContaining('Lena Krause, Partnerin'),
      expect.stringContaining('Vertragsschluss im Kundenportal am'),
    ]);
    const withoutSignatures = (document: unknown) =>
      JSON.parse(JSON.stringify(document).replace(/("label":"Unterschrift und Datum","value":)"[^"]*"/g, '$1"…"'));
    expect(withoutSignatures(before.document)).toEqual(withoutSignatures(review!.document));
  });

  it('names what stands in the way: an unknown customer number, an organisation that cannot sign', async () => {
    expect(await preview('K-99999')).toEqual({ ok: false, reason: 'unknown_org' });
    expect(await preview(demoOrgs.notEligible)).toMatchObject({ ok: false, reason: 'not_eligible', org: { customerNumber: demoOrgs.notEligible } });
  });

  it('is for staff only, and null for an unknown version', async () => {
    const customer = await actorFor(demoAccounts.signatory);
    const error = await preview(undefined, customer).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('FORBIDDEN');
    const ctx = contextFor(privacy, { now });
    expect(await previewDpaVersion(ctx, { versionId: '0b6a4f2e-93c1-4d7a-8e25-5f1c0d9a7b34', locale: 'de' })).toBeNull();
    expect(await previewDpaVersion(ctx, { versionId: 'not-a-version', locale: 'de' })).toBeNull();
  });
});
