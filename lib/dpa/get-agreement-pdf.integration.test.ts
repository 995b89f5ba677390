import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql as dsql } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agreements, auditEvents, dpaTemplateVersions, organisations } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { tamper } from '@/lib/testing/db';
import { getAgreementPdf } from './get-agreement-pdf';
import { signAgreement } from './sign-agreement';

// Serving a signed PDF: only to the organisation's users and staff, always re-hashed, refused and
// audited when the stored file was altered. The file itself is read with real PDF parsers.

const meta = { ip: '198.51.100.77', userAgent: 'Mozilla/5.0 IntegrationTest/2.0' };
let staff: UserActor;
let orgId = '';
let otherOrgId = '';
let agreementId = '';
let recordedSha256 = '';

/** A download as the route handler makes it: a read context with the request's address. */
const download = (actor: UserActor, orgId: string, agreementId: string) =>
  getAgreementPdf(contextFor(actor, { request: meta }), { orgId, agreementId });

async function orgIdOf(customerNumber: string) {
  const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, customerNumber));
  return org!.id;
}

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  orgId = await orgIdOf(demoOrgs.none);
  otherOrgId = await orgIdOf(demoOrgs.current);
  const [v2] = await getDb().select({ id: dpaTemplateVersions.id }).from(dpaTemplateVersions).where(eq(dpaTemplateVersions.version, 2));
  staff = await actorFor(demoAccounts.support);
  const signer = await actorFor(demoAccounts.otherSignatory);
  const signed = await runAs(
    signer,
    (ctx) => signAgreement(ctx, { orgId, templateVersionId: v2!.id, fullName: 'Lena Krause', position: 'Rechtsanwältin, Partnerin', confirmAuthority: true, locale: 'de' }),
    { request: meta },
  );
  agreementId = signed.agreementId;
  recordedSha256 = signed.pdfSha256;
});

describe('getAgreementPdf', () => {
  it('serves the organisation its PDF, whose hash is the recorded one, and audits the download', async () => {
    const actor = await actorFor(demoAccounts.otherSignatory);
    const pdf = await download(actor, orgId, agreementId);
    expect(createHash('sha256').update(pdf.bytes).digest('hex')).toBe(recordedSha256);
    expect(pdf.fileName).toMatch(/^AV-Vertrag_K-10002_Fassung-2_\d{4}-\d{2}-\d{2}\.pdf$/);
    const events = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'agreement.pdf_downloaded'), eq(auditEvents.targetId, agreementId)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ orgId, actorUserId: actor.userId, actorRole: 'signatory', ip: meta.ip });
  });

  it('is a real PDF: pages, metadata and text with the organisation, version, signer and hashes', async () => {
    const member = await actorFor('d.ott@kanzlei-krause.example');
    const { bytes } = await download(member, orgId, agreementId);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(8);
    expect(doc.getTitle()).toContain('Kanzlei Krause Rechtsanwälte PartG mbB');
    expect(doc.getAuthor()).toBe('Nordwind IT-Service GmbH');
    expect(doc.getSubject()).toContain('K-10002');

    const [row] = await getDb().select().from(agreements).where(eq(agreements.id, agreementId));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'agreement-pdf-')), 'a.pdf');
    fs.writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const compact = text.replace(/\s+/g, '');
    expect(text).toContain('Kanzlei Krause Rechtsanwälte PartG mbB');
    expect(text).toContain('Fassung 2');
    expect(text).toContain('Lena Krause');
    expect(text).toContain(agreementId);
    for (const hash of [row!.annexSha256, row!.consentTextSha256]) expect(compact).toContain(hash);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('serves staff, but no one another organisation’s PDF', async () => {
    await expect(download(staff, orgId, agreementId)).resolves.toMatchObject({ sha256: recordedSha256 });
    // A customer of another organisation, with or without that organisation's id in the request.
    const stranger = await actorFor(demoAccounts.signatory);
    expect(await rejection(download(stranger, orgId, agreementId))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(download(stranger, otherOrgId, agreementId))).toMatchObject({ code: 'NOT_FOUND' });
    // Scoped by organisation AND agreement: the right id under the wrong organisation is not found.
    expect(await rejection(download(staff, otherOrgId, agreementId))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(download(staff, orgId, 'not-a-uuid'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers a sample agreement without PDF with a clear NOT_FOUND', async () => {
    const [sample] = await getDb()
      .select({ id: agreements.id, orgId: agreements.orgId })
      .from(agreements)
      .where(and(eq(agreements.status, 'active'), dsql`${agreements.pdf} is null`))
      .limit(1);
    expect(await rejection(download(staff, sample!.orgId, sample!.id))).toMatchObject({ code: 'NOT_FOUND', message: 'dpa.pdf.notAvailable' });
  });

  it('serves the demo customer’s sample agreement, which the seed rendered from its snapshot', async () => {
    const [current] = await getDb()
      .select({ id: agreements.id, pdfSha256: agreements.pdfSha256 })
      .from(agreements)
      .where(and(eq(agreements.orgId, otherOrgId), eq(agreements.status, 'active')));
    expect(current!.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(download(staff, otherOrgId, current!.id)).resolves.toMatchObject({ sha256: current!.pdfSha256 });
  });

  it('refuses a PDF altered in the database, and the audit log says so', async () => {
    await tamper('agreements', (tx) =>
      tx.execute(dsql`update agreements set pdf = set_byte(pdf, 200, get_byte(pdf, 200) # 1) where id = ${agreementId}`),
    );
    const actor = await actorFor(demoAccounts.otherSignatory);
    expect(await rejection(download(actor, orgId, agreementId))).toMatchObject({ code: 'CONFLICT', message: 'dpa.pdf.integrityFailed' });
    const [alert] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'agreement.pdf_integrity_failed'), eq(auditEvents.targetId, agreementId)));
    expect(alert).toMatchObject({ orgId, actorUserId: actor.userId });
    expect(alert!.details).toMatchObject({ recordedSha256 });
    expect(alert!.details.actualSha256).not.toBe(recordedSha256);
    // The refusal did not record a download, and the chain with the alert in it is intact.
    const downloads = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'agreement.pdf_downloaded'), eq(auditEvents.targetId, agreementId)));
    expect(downloads).toHaveLength(3);
    expect((await verifyAuditChain(getDb())).ok).toBe(true);
  });
});
