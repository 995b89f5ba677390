import { describe, expect, it } from 'vitest';
import { buildAgreementRows } from './build-agreement-rows';
import { buildCatalogueRows } from './build-catalogue-rows';
import { demoOrgs } from './demo-accounts';
import { demoOrganisations, type DemoOrganisation } from './organisations';
import { seedClock } from './seed-helpers';

const clock = seedClock(new Date('2026-01-15T12:00:00Z'));
const catalogue = buildCatalogueRows(clock);

describe('buildAgreementRows', () => {
  it('is deterministic for the same day', () => {
    const again = seedClock(new Date('2026-01-15T23:59:00Z'));
    expect(buildAgreementRows(demoOrganisations, buildCatalogueRows(again), again)).toEqual(
      buildAgreementRows(demoOrganisations, catalogue, clock),
    );
  });

  it('snapshots the register as it stood on the day of signing', () => {
    const hofmann = demoOrganisations.filter((o) => o.customerNumber === demoOrgs.current);
    const [older, current] = buildAgreementRows(hofmann, catalogue, clock);
    const names = (row: typeof older) => row!.annexSnapshot.subprocessors.map((s) => s.legalName);
    // The e-mail filter was replaced 200 days ago: signed 600 days ago names the old one.
    expect(names(older)).toContain('Spamwall Filterdienste GmbH');
    expect(names(older)).not.toContain('Nordsee Mailsecurity GmbH');
    expect(names(current)).toContain('Nordsee Mailsecurity GmbH');
    expect(names(current)).not.toContain('Spamwall Filterdienste GmbH');
    // Remote support was booked 500 days ago, after the first signature; domains never appear.
    expect(older!.annexSnapshot.services.map((s) => s.code)).toEqual(['webhosting', 'email']);
    expect(current!.annexSnapshot.services.map((s) => s.code)).toEqual(['webhosting', 'email', 'remote-support']);
    expect(older).toMatchObject({ status: 'superseded', supersededById: current!.id, supersededAt: current!.signedAt });
    expect(current).toMatchObject({ status: 'active', supersededById: null });
  });

  it('refuses a signature on a version that was not current at the time', () => {
    const [hofmann] = demoOrganisations;
    const impossible: DemoOrganisation = {
      ...hofmann!,
      signatures: [{ version: 2, daysAgo: 300, signer: hofmann!.people[0]!.email }],
    };
    expect(() => buildAgreementRows([impossible], catalogue, clock)).toThrow(/v2 was not the current DPA version/);
  });

  it('refuses a signer who is not a signatory', () => {
    const [hofmann] = demoOrganisations;
    const member = hofmann!.people.find((p) => p.role === 'member')!;
    const wrong: DemoOrganisation = { ...hofmann!, signatures: [{ version: 2, daysAgo: 10, signer: member.email }] };
    expect(() => buildAgreementRows([wrong], catalogue, clock)).toThrow(/is not a signatory/);
  });
});
