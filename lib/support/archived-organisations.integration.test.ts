import { beforeAll, describe, expect, it } from 'vitest';
import { GET as identifyGet } from '@/app/api/v1/calls/identify/route';
import { getDb } from '@/db/client';
import { contacts, organisations, phoneNumbers } from '@/db/schema';
import { createApiToken } from '@/lib/api/api-tokens';
import type { UserActor } from '@/lib/core/actor';
import { archiveOrganisation } from '@/lib/orgs/archive-organisation';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { lookupCustomer } from './lookup-customer';
import { searchCustomers, searchCustomersInput } from './search-customers';

// Decision 0064: an archived organisation (a former customer, read-only) is not found by the
// support search, the lookup API or caller identification. Each case is asked before archiving
// too, so the test fails if the organisation was never findable in the first place.

const customerNumber = 'K-80421';
const phone = '+49 7541 998877';
const email = 'buero@seewald-archiv.example';
let support: UserActor;
let orgId: string;
let secret: string;

const search = async (q: string) => (await searchCustomers(contextFor(support), searchCustomersInput.parse({ q }))).hits.map((h) => h.id);
const lookup = async (key: { phone?: string; customerNumber?: string; email?: string }) =>
  (await runAs(support, (ctx) => lookupCustomer(ctx, key))).map((r) => r.organisation.id);
const identify = async (number: string) => {
  const response = await identifyGet(
    new Request(`http://localhost/api/v1/calls/identify?number=${encodeURIComponent(number)}`, { headers: { authorization: `Bearer ${secret}` } }),
  );
  return (await response.json()) as { known: boolean; organisation?: { id: string } };
};

async function everyWay() {
  return {
    byName: await search('Seewald Archivbau'),
    byNumber: await search(customerNumber),
    byPhone: await search('07541 998877'),
    byEmail: await search(email),
    lookupPhone: await lookup({ phone: '0049 7541 998877' }),
    lookupNumber: await lookup({ customerNumber }),
    lookupEmail: await lookup({ email }),
    identified: (await identify('07541/998877')).organisation?.id ?? null,
  };
}

describe('archived organisations and the support desk', () => {
  beforeAll(async () => {
    support = await actorFor(demoAccounts.support);
    const admin = await actorFor(demoAccounts.admin);
    ({ secret } = await runAs(admin, (ctx) => createApiToken(ctx, { name: 'phone system', scopes: ['calls:identify'] })));
    const [org] = await getDb()
      .insert(organisations)
      .values({ legalName: 'Seewald Archivbau GmbH', customerNumber, street: 'Uferweg 3', postalCode: '88045', city: 'Friedrichshafen' })
      .returning({ id: organisations.id });
    orgId = org!.id;
    await getDb().insert(contacts).values({ orgId, kind: 'general', name: 'Greta Seewald', email });
    await getDb().insert(phoneNumbers).values({ orgId, display: phone, normalized: '+497541998877' });
  });

  it('is found every way while it is a customer', async () => {
    const found = await everyWay();
    expect(found).toEqual({
      byName: expect.arrayContaining([orgId]),
      byNumber: [orgId],
      byPhone: [orgId],
      byEmail: [orgId],
      lookupPhone: [orgId],
      lookupNumber: [orgId],
      lookupEmail: [orgId],
      identified: orgId,
    });
  });

  it('is found no way once archived; the phone system hears "unknown"', async () => {
    const admin = await actorFor(demoAccounts.admin);
    await runAs(admin, (ctx) => archiveOrganisation(ctx, { orgId }));
    const found = await everyWay();
    expect(found.byName).not.toContain(orgId);
    expect(found).toMatchObject({ byNumber: [], byPhone: [], byEmail: [], lookupPhone: [], lookupNumber: [], lookupEmail: [], identified: null });
    expect(await identify('07541 998877')).toEqual({ known: false });
  });
});
