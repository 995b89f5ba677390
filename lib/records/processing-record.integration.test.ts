import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { countStatements } from '@/db/query-counter';
import { auditEvents } from '@/db/schema';
import { addDays } from '@/lib/change-notices/compute-effective-date';
import type { UserActor } from '@/lib/core/actor';
import { actorFor, contextFor } from '@/lib/testing/context';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { demoOrganisations } from '@/scripts/demo-seed/organisations';
import { demoServices } from '@/scripts/demo-seed/services';
import { demoSubprocessors } from '@/scripts/demo-seed/subprocessors';
import { layoutBlocks } from '@/lib/pdf/layout-blocks';
import { fontMeasures } from '@/lib/pdf/render-dpa-pdf';
import { annexForOrganisation } from '@/lib/register/get-register';
import { sql } from '@/lib/testing/db';
import { buildRecordDocument } from './build-record-document';
import { exportProcessingRecord } from './export-processing-record';
import { getProcessingRecord } from './get-processing-record';
import { isThirdCountry } from './third-countries';

// The Art. 30(2) record against the seeded history: signatures, a superseded version, a terminated
// agreement, a replaced subprocessor and two US recipients that joined on different days. The
// expectations are derived from the seed definitions, independently of the queries under test.

let privacy: UserActor;
beforeAll(async () => {
  privacy = await actorFor(demoAccounts.privacy);
});

// The seed counts days back from midnight UTC; signatures lie between 08:00 and 17:00 UTC, so on
// the same calendar day in Berlin.
const daysAgo = (n: number) => addDays(new Date().toISOString().slice(0, 10), -n);
const read = () => contextFor(privacy);
const EU_EEA_SAMPLE = new Set(['DE', 'DK']);

/** Organisations whose agreement was in force on the day `n` days ago (signed by then, not terminated before). */
function expectedControllers(n: number): string[] {
  return demoOrganisations
    .filter((o) => (o.signatures ?? []).some((s) => s.daysAgo >= n))
    .filter((o) => o.terminatedDaysAgo === undefined || o.terminatedDaysAgo <= n)
    .map((o) => o.customerNumber)
    .sort();
}

/** Third-country recipients of one organisation on the day `n` days ago: register of that day x its booked services. */
function expectedTransfers(customerNumber: string, n: number): string[] {
  const org = demoOrganisations.find((o) => o.customerNumber === customerNumber)!;
  const personal = new Set(demoServices.filter((s) => s.processesPersonalData).map((s) => s.code));
  const booked = org.contracts
    .filter((c) => c.startedDaysAgo >= n && (c.endedDaysAgo === undefined || c.endedDaysAgo <= n) && personal.has(c.service))
    .map((c) => c.service as string);
  return demoSubprocessors
    .filter((s) => !EU_EEA_SAMPLE.has(s.country))
    .filter((s) => s.activeFromDaysAgo !== null && s.activeFromDaysAgo >= n && (s.activeUntilDaysAgo === undefined || s.activeUntilDaysAgo < n))
    .filter((s) => s.services.some((code) => booked.includes(code)))
    .map((s) => s.legalName)
    .sort();
}

describe('the Art. 30(2) record', () => {
  it('lists exactly the controllers with an agreement in force on the day, for today and past days', async () => {
    // 40: a second signature that day; 119-121: around the termination 120 days ago; 600/780/870: first signatures.
    for (const n of [0, 39, 40, 41, 119, 120, 121, 599, 600, 601, 779, 781, 869, 871, 5000]) {
      const record = await getProcessingRecord(read(), { day: daysAgo(n) });
      expect(record.controllers.map((c) => c.customerNumber).sort(), `${n} days ago`).toEqual(expectedControllers(n));
    }
    // The seed really covers both edges: someone joins and someone leaves within the checked days.
    expect(expectedControllers(121)).toContain('K-10025');
    expect(expectedControllers(119)).not.toContain('K-10025');
    expect(expectedControllers(0).length).toBeGreaterThan(expectedControllers(700).length);
  });

  it('gives each controller its third-country transfers as of the day, with their safeguards', async () => {
    let checked = 0;
    for (const n of [0, 300, 650, 750, 820]) {
      const record = await getProcessingRecord(read(), { day: daysAgo(n) });
      for (const controller of record.controllers) {
        expect(controller.transfers.map((t) => t.legalName).sort(), `${controller.customerNumber}, ${n} days ago`).toEqual(
          expectedTransfers(controller.customerNumber, n),
        );
        checked += controller.transfers.length;
      }
      // The day's overview lists every recipient some controller sends data to, and only those.
      const union = new Set(record.controllers.flatMap((c) => c.transfers.map((t) => t.legalName)));
      expect(record.transfers.map((t) => t.legalName).sort()).toEqual([...union].sort());
    }
    expect(checked).toBeGreaterThan(0);
    // 750 days ago Helpdeskly (SCC, from 800 days) was engaged, Shieldedge (adequacy, from 700 days) not yet.
    const then = await getProcessingRecord(read(), { day: daysAgo(750) });
    expect(then.transfers.map((t) => [t.legalName, t.safeguard])).toEqual([['Helpdeskly Inc.', 'scc']]);
    const now = await getProcessingRecord(read(), { day: daysAgo(0) });
    expect(now.transfers.map((t) => [t.legalName, t.safeguard])).toEqual([
      ['Helpdeskly Inc.', 'scc'],
      ['Shieldedge Networks, Inc.', 'adequacy'],
    ]);
  });

  it('names the processor, its DPO, the processing per booked service and the current TOMs', async () => {
    const record = await getProcessingRecord(read(), { day: daysAgo(0) });
    expect(record.processor).toMatchObject({ name: 'Nordwind IT-Service GmbH' });
    expect(record.processor.dpoName).not.toBe('');
    const codes = new Set(record.controllers.flatMap((c) => c.serviceCodes));
    expect(record.services.map((s) => s.code).sort()).toEqual([...codes].sort());
    expect(codes.has('domain')).toBe(false); // no personal data processed on the customer's behalf
    for (const s of record.services) expect(s.dataCategories.length, s.code).toBeGreaterThan(0);
    expect(record.toms?.version).toBeGreaterThanOrEqual(1);
    const hofmann = record.controllers.find((c) => c.customerNumber === 'K-10001')!;
    expect(hofmann.contacts.map((c) => c.email)).toContain('info@baeckerei-hofmann.example');
    expect(hofmann.agreement.templateVersion).toBe(2);
  });

  it('exports a PDF that qpdf accepts and whose text extracts with umlauts, and audits the export', async () => {
    const day = daysAgo(121);
    const file = await exportProcessingRecord(read(), { day, format: 'pdf', locale: 'de' });
    expect(Buffer.from(file.bytes.slice(0, 5)).toString()).toBe('%PDF-');
    expect(file.fileName).toBe(`Verarbeitungsverzeichnis_Art30-2_${day}.pdf`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'records-pdf-'));
    const pdfPath = path.join(dir, 'record.pdf');
    fs.writeFileSync(pdfPath, file.bytes);
    expect(execFileSync('qpdf', ['--check', pdfPath], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    // Lines wrap where the layout wants: compare with single spaces.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Verzeichnis von Verarbeitungstätigkeiten als Auftragsverarbeiter');
    expect(text).toContain('Bäckerei Hofmann GmbH & Co. KG');
    expect(text).toContain('Druckerei Vogt GmbH'); // terminated 120 days ago: still a controller on this day
    expect(text).toContain('Helpdeskly Inc.');
    expect(text).toContain('Standardvertragsklauseln');
    expect(text).toContain('Datenschutzbeauftragte');
    fs.rmSync(dir, { recursive: true, force: true });

    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'records.exported'), eq(auditEvents.targetId, day)));
    expect(event).toMatchObject({ actorUserId: privacy.userId, actorRole: 'staff:privacy' });
    expect(event!.details).toMatchObject({ day, format: 'pdf', locale: 'de', sha256: file.sha256, controllers: expectedControllers(121).length });
  });

  it('exports CSV in English: one row per controller, transfer and measure', async () => {
    const file = await exportProcessingRecord(read(), { format: 'csv', locale: 'en' });
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(csv.startsWith('\uFEFFSection,Reference,Name')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines.filter((l) => l.startsWith('Controller,'))).toHaveLength(expectedControllers(0).length);
    expect(lines.filter((l) => l.startsWith('Third-country transfer,'))).toHaveLength(2);
    expect(csv).toContain('Bäckerei Hofmann GmbH & Co. KG');
    expect(file.fileName).toMatch(/^Record-of-processing_Art30-2_\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('is for privacy staff only, and refuses a day in the future or a malformed one', async () => {
    for (const email of [demoAccounts.support, demoAccounts.admin, demoAccounts.signatory]) {
      const actor = await actorFor(email);
      await expect(getProcessingRecord(contextFor(actor), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(exportProcessingRecord(contextFor(actor), { format: 'pdf', locale: 'de' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(exportProcessingRecord(read(), { day: daysAgo(-2), format: 'pdf', locale: 'de' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(exportProcessingRecord(read(), { day: '2025-02-30', format: 'pdf', locale: 'de' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(exportProcessingRecord(read(), { format: 'xlsx', locale: 'de' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('lays out the controllers table without breaking a word, in both languages (e-mail addresses aside)', async () => {
    const record = await getProcessingRecord(read(), {});
    for (const locale of ['de', 'en'] as const) {
      const document = buildRecordDocument(record, locale);
      const table = document.blocks.find((b) => b.type === 'table')!;
      if (table.type !== 'table') throw new Error('no controllers table');
      expect(table.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1);
      const lines = layoutBlocks(document.blocks, { entries: [], heading: '' }, fontMeasures()).pages.flatMap((page) =>
        page.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : [])),
      );
      const words = new Set(lines.flatMap((line) => line.split(' ')));
      const cells = [...table.columns.map((c) => c.label), ...table.rows.flat(2)];
      const broken = cells.flatMap((cell) => cell.split(' ')).filter((word) => !word.includes('@') && !words.has(word));
      expect(broken, locale).toEqual([]);
    }
  });

  it('gives every controller the transfers of its own annex (objections, later dates of its own), in a constant number of queries', async () => {
    const check = async (label: string) => {
      const counts: number[] = [];
      for (const n of [0, 40, 300, 750]) {
        const day = daysAgo(n);
        const { result: record, statements } = await countStatements(() => getProcessingRecord(read(), { day }));
        counts.push(statements);
        for (const controller of record.controllers) {
          const annex = (await annexForOrganisation(read(), { orgId: controller.orgId, day })).filter((e) => isThirdCountry(e.country));
          expect(controller.transfers.map((t) => t.id), `${label}: ${controller.customerNumber}, ${n} days ago`).toEqual(annex.map((e) => e.id));
        }
      }
      return counts;
    };
    const before = await check('seeded');
    // Every organisation objected successfully to every change in effect, and some notices takes effect for its organisation
    // only tomorrow: each organisation with one now has its annex changed, which used to cost
    // queries per organisation.
    await sql`insert into objections (change_notice_id, notice_id, org_id, status, reason, decided_at)
      select n.change_notice_id, n.id, n.org_id, 'accepted', 'Test', now() from notices n
      join change_notices c on c.id = n.change_notice_id where c.status = 'effective'
      on conflict (change_notice_id, org_id) do update set status = 'accepted', decided_at = now()`;
    await sql`update notices set effective_at = now() + interval '1 day' where id in (select id from notices limit 5)`;
    const [row] = await sql<{ changed: number }>`select count(distinct org_id)::int as changed from objections`;
    expect(row?.changed).toBeGreaterThan(1);
    const after = await check('objections accepted');
    expect(after).toEqual(before);
    expect(Math.max(...after)).toBeLessThanOrEqual(8);
  });
});
