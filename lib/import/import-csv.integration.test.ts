import { count, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, contacts, contracts, organisations, phoneNumbers } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import { actorFor, runAs } from '@/lib/testing/context';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { importCsv, previewImport } from './import-csv';

// The CSV import against a real database: one bad row among many writes nothing and names every
// problem with its row and column; a clean file imports; the same file again changes nothing.

let admin: UserActor;
const now = new Date('2026-06-15T10:00:00Z');
const bytes = (text: string, bom = false) => new TextEncoder().encode((bom ? '\uFEFF' : '') + text);

const header = 'Kundennummer;Firma;Straße;PLZ;Ort;Sprache;Telefon;Telefon-Bezeichnung;Kontakt;E-Mail;Dienst;Vertragsnummer;Vertragsbeginn;Vertragsende';
function goodRows(n: number) {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) {
    const number = `IMP-${String(i).padStart(4, '0')}`;
    const org = `${number};Kunde ${i} GmbH;Weg ${i};7262${i % 10};Nürtingen;de;07022 ${String(100000 + i)};Zentrale;Kontakt ${i};k${i}@kunde${i}.example`;
    lines.push(`${org};webhosting;V-${i}-1;01.0${(i % 9) + 1}.2026;`);
    lines.push(`${org};email;V-${i}-2;1.1.2026;31.12.2027`);
  }
  return lines;
}

async function counts() {
  const db = getDb();
  const [[o], [c], [p], [k], [a]] = await Promise.all([
    db.select({ n: count() }).from(organisations),
    db.select({ n: count() }).from(contacts),
    db.select({ n: count() }).from(phoneNumbers),
    db.select({ n: count() }).from(contracts),
    db.select({ n: count() }).from(auditEvents),
  ]);
  return { organisations: o!.n, contacts: c!.n, phones: p!.n, contracts: k!.n, audit: a!.n };
}

const run = <T>(work: Parameters<typeof runAs<UserActor, T>>[1]) => runAs(admin, work, { now });

beforeAll(async () => {
  admin = await actorFor(demoAccounts.admin);
});

describe('CSV import', () => {
  it('one bad row among many: nothing written, every problem with its row and column', async () => {
    const lines = goodRows(50);
    lines[11] = lines[11]!.replace('07022 100006', '+49 12').replace('1.1.2026', '31.02.2026');
    lines[41] = lines[41]!.replace(';email;', ';nonexistent;');
    lines[63] = lines[63]!.replace('1.1.2026;31.12.2027', '01.05.2026;30.04.2026');
    const before = await counts();
    const outcome = await run((ctx) => importCsv(ctx, { bytes: bytes([header, ...lines].join('\n')) }));
    expect(outcome.applied).toBe(false);
    expect(outcome.errors).toEqual([
      { row: 13, column: 'Telefon', message: 'adminImport.error.phone', value: '+49 12' },
      { row: 13, column: 'Vertragsbeginn', message: 'adminImport.error.date', value: '31.02.2026' },
      { row: 43, column: 'Dienst', message: 'adminImport.error.service', value: 'nonexistent' },
      { row: 65, column: 'Vertragsende', message: 'adminImport.error.endBeforeStart', value: '30.04.2026' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('reports a missing required column and an organisation whose rows disagree', async () => {
    const missing = await run((ctx) => previewImport(ctx, { bytes: bytes('Kundennummer;Firma\nK-1;X') }));
    expect(missing.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['1:Straße', '1:PLZ', '1:Ort', '1:Dienst', '1:Vertragsnummer', '1:Vertragsbeginn']);
    const lines = goodRows(1);
    lines[1] = lines[1]!.replace('Kunde 1 GmbH', 'Kunde Eins GmbH');
    const disagree = await run((ctx) => previewImport(ctx, { bytes: bytes([header, ...lines].join('\n')) }));
    expect(disagree.errors).toEqual([{ row: 3, column: 'Firma', message: 'adminImport.error.inconsistent', value: 'Kunde Eins GmbH' }]);
  });

  it('a clean file (comma-separated, with BOM, CRLF) is previewed, then imported; the same file again changes nothing', async () => {
    const csv = [header, ...goodRows(50)].map((l) => l.replaceAll(';', ',')).join('\r\n');
    const file = bytes(csv, true);
    const before = await counts();
    const preview = await run((ctx) => previewImport(ctx, { bytes: file }));
    expect(preview).toMatchObject({ rows: 100, errorCount: 0, summary: { createOrgs: 50, updateOrgs: 0, addPhones: 50, addContacts: 50, createContracts: 100, updateContracts: 0 } });
    expect(await counts()).toEqual(before);

    const first = await run((ctx) => importCsv(ctx, { bytes: file, previewed: preview.sha256 }));
    expect(first.applied).toBe(true);
    const after = await counts();
    expect(after).toMatchObject({ organisations: before.organisations + 50, phones: before.phones + 50, contacts: before.contacts + 50, contracts: before.contracts + 100 });
    expect(after.audit).toBe(before.audit + 1);
    const [org] = await getDb().select().from(organisations).where(eq(organisations.customerNumber, 'IMP-0007'));
    const orgContracts = await getDb().select().from(contracts).where(eq(contracts.orgId, org!.id));
    expect(orgContracts.map((c) => [c.reference, c.startsOn, c.endsOn, c.status]).sort()).toEqual([
      ['V-7-1', '2026-08-01', null, 'active'],
      ['V-7-2', '2026-01-01', '2027-12-31', 'active'],
    ]);
    const [phone] = await getDb().select().from(phoneNumbers).where(eq(phoneNumbers.orgId, org!.id));
    expect(phone).toMatchObject({ label: 'Zentrale', display: '+49 7022 100007', normalized: '+497022100007' });
    const [event] = await getDb().select().from(auditEvents).where(eq(auditEvents.action, 'import.apply')).orderBy(desc(auditEvents.seq)).limit(1);
    expect(event!.details).toMatchObject({ fileSha256: preview.sha256, rows: 100, createOrgs: 50 });

    const again = await run((ctx) => importCsv(ctx, { bytes: file }));
    expect(again.summary).toEqual({ createOrgs: 0, updateOrgs: 0, addPhones: 0, addContacts: 0, createContracts: 0, updateContracts: 0 });
    const afterAgain = await counts();
    expect({ ...afterAgain, audit: 0 }).toEqual({ ...after, audit: 0 });
  });

  it('a changed row updates the organisation and the contract, audited before/after', async () => {
    const lines = goodRows(3);
    lines[4] = lines[4]!.replace('Weg 3', 'Neuer Weg 3').replace(';V-3-1;01.04.2026;', ';V-3-1;01.04.2026;31.05.2026');
    lines[5] = lines[5]!.replace('Weg 3', 'Neuer Weg 3');
    const outcome = await run((ctx) => importCsv(ctx, { bytes: bytes([header, ...lines].join('\n')) }));
    expect(outcome).toMatchObject({ applied: true, summary: { createOrgs: 0, updateOrgs: 1, createContracts: 0, updateContracts: 1 } });
    const [orgEvent] = await getDb().select().from(auditEvents).where(eq(auditEvents.action, 'organisation.update')).orderBy(desc(auditEvents.seq)).limit(1);
    expect(orgEvent!.details).toEqual({ source: 'import', before: { street: 'Weg 3' }, after: { street: 'Neuer Weg 3' } });
    const [contractEvent] = await getDb().select().from(auditEvents).where(eq(auditEvents.action, 'contract.update')).orderBy(desc(auditEvents.seq)).limit(1);
    expect(contractEvent!.details).toEqual({ source: 'import', before: { endsOn: null, status: 'active' }, after: { endsOn: '2026-05-31', status: 'ended' } });
  });

  it('refuses an import whose file differs from the preview, and a second active contract for a service', async () => {
    await expect(run((ctx) => importCsv(ctx, { bytes: bytes([header, ...goodRows(1)].join('\n')), previewed: '0'.repeat(64) }))).rejects.toMatchObject({ code: 'VALIDATION' });
    const [existing] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, demoOrgs.current));
    expect(existing).toBeDefined();
    const line = 'IMP-0001;Kunde 1 GmbH;Weg 1;72621;Nürtingen;de;;;;;webhosting;V-1-9;01.01.2026;';
    const twice = await run((ctx) => previewImport(ctx, { bytes: bytes([header, line].join('\n')) }));
    expect(twice.errors).toEqual([{ row: 2, column: 'Dienst', message: 'adminImport.error.serviceActive', value: 'webhosting' }]);
  });
});
