import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as asn1js from 'asn1js';
import { and, eq } from 'drizzle-orm';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agreements, dpaTemplateVersions, organisations } from '@/db/schema';
import { signAgreement } from '@/lib/dpa/sign-agreement';
import { reloadEnvForTests } from '@/lib/env';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { verifyDocument } from '@/lib/verify/verify-document';
import { verifyInputSchema } from '@/lib/verify/verify-schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { OID } from './oids';
import { forgetProviderSealForTests } from './seal-certificate';
import { makeTestSealP12, startTestTsa, type TestTsa } from './testing/test-tsa';
import { verifySeal } from './verify-seal';

// The PAdES seal on a freshly signed agreement, checked by tools that are not ours: Poppler's
// pdfsig (signature valid, signer = the configured seal, whole document signed) and, for the
// RFC 3161 timestamp, `openssl ts -verify` against the test TSA's CA. One changed byte -> invalid.

const SEAL_NAME = 'Nordwind IT-Service GmbH Evidence Seal';
const PASSWORD = 'seal-test-password';
const configured = makeTestSealP12(SEAL_NAME, PASSWORD);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seal-test-'));
let tsa: TestTsa;
let versionId = '';

function useSeal(tsaUrl: string | null) {
  process.env.SEAL_P12_BASE64 = Buffer.from(configured.p12).toString('base64');
  process.env.SEAL_P12_PASSWORD = PASSWORD;
  if (tsaUrl) process.env.TSA_URL = tsaUrl;
  else delete process.env.TSA_URL;
  reloadEnvForTests();
  forgetProviderSealForTests();
}

async function signFor(customerNumber: string, email: string) {
  const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, customerNumber));
  const actor = await actorFor(email);
  const result = await runAs(actor, (ctx) =>
    signAgreement(ctx, { orgId: org!.id, templateVersionId: versionId, fullName: 'Lena Krause', position: 'Partnerin', confirmAuthority: true, locale: 'de' }),
  { request: { ip: '198.51.100.7', userAgent: 'SealTest/1.0' } });
  const [row] = await getDb().select().from(agreements).where(and(eq(agreements.id, result.agreementId), eq(agreements.orgId, org!.id)));
  return row!;
}

function pdfsig(bytes: Uint8Array, name: string) {
  const file = path.join(work, name);
  fs.writeFileSync(file, bytes);
  const run = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`;
}

/** The CMS in the PDF's /Contents, parsed. */
function cmsOf(bytes: Uint8Array) {
  const text = Buffer.from(bytes).toString('latin1');
  const m = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(text)!;
  const hex = text.slice(Number(m[2]) + 1, Number(m[3]) - 1);
  const info = new pkijs.ContentInfo({ schema: asn1js.fromBER(Buffer.from(hex, 'hex')).result });
  return new pkijs.SignedData({ schema: info.content });
}

beforeAll(async () => {
  tsa = await startTestTsa();
  const versions = await getDb().select({ id: dpaTemplateVersions.id, version: dpaTemplateVersions.version }).from(dpaTemplateVersions);
  versionId = versions.reduce((a, b) => (b.version > a.version ? b : a)).id;
});

afterAll(async () => {
  await tsa?.close();
  fs.rmSync(work, { recursive: true, force: true });
  delete process.env.SEAL_P12_BASE64;
  delete process.env.TSA_URL;
});

describe('the PAdES seal on a signed agreement', () => {
  it('is valid for pdfsig, names the configured seal, covers the whole file, and is B-B without a signing time in the CMS', async () => {
    useSeal(null);
    const row = await signFor(demoOrgs.none, demoAccounts.otherSignatory);
    const pdf = new Uint8Array(row.pdf!);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(row.pdfSha256);

    const report = pdfsig(pdf, 'bb.pdf');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${SEAL_NAME}`);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');

    const signerInfo = cmsOf(pdf).signerInfos[0]!;
    const types = signerInfo.signedAttrs!.attributes.map((a) => a.type);
    expect(types).toEqual(expect.arrayContaining([OID.contentType, OID.messageDigest, OID.signingCertificateV2]));
    expect(types).not.toContain(OID.signingTime);
    expect(signerInfo.unsignedAttrs).toBeUndefined();

    const certificate = new X509Certificate(configured.certPem);
    expect(row.sealCertificateSha256).toBe(certificate.fingerprint256.replaceAll(':', '').toLowerCase());
    expect(row.sealTimestamp).toBeNull();
    const check = await verifySeal(pdf);
    expect(check).toMatchObject({ status: 'valid', level: 'B-B', sealedBy: SEAL_NAME, timestamp: null });
    // The signature dictionary's /M is the signing time (PDF dates have whole seconds).
    if (check.status === 'valid') expect(check.sealedAt!.getTime()).toBe(Math.floor(row.signedAt.getTime() / 1000) * 1000);
  });

  it('with a TSA carries an RFC 3161 timestamp over the signature that openssl verifies (B-T)', async () => {
    useSeal(tsa.url);
    const before = tsa.requests;
    const row = await signFor(demoOrgs.outdated, demoAccounts.outdatedSignatory);
    const pdf = new Uint8Array(row.pdf!);
    expect(tsa.requests).toBe(before + 1);

    const report = pdfsig(pdf, 'bt.pdf');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${SEAL_NAME}`);
    expect(report).toContain('Total document signed');

    // The token, checked by openssl against the TSA's CA and the signature value it stamps.
    const signerInfo = cmsOf(pdf).signerInfos[0]!;
    const token = signerInfo.unsignedAttrs!.attributes.find((a) => a.type === OID.signatureTimeStampToken)!.values[0]!;
    fs.writeFileSync(path.join(work, 'token.der'), Buffer.from(token.toBER()));
    fs.writeFileSync(path.join(work, 'signature.bin'), Buffer.from(signerInfo.signature.valueBlock.valueHexView));
    const verified = execFileSync(
      'openssl',
      ['ts', '-verify', '-in', 'token.der', '-token_in', '-data', 'signature.bin', '-CAfile', tsa.caFile],
      { cwd: work, encoding: 'utf8' },
    );
    expect(verified).toContain('Verification: OK');

    expect(row.sealTimestamp).toBeInstanceOf(Date);
    const check = await verifySeal(pdf);
    expect(check).toMatchObject({ status: 'valid', level: 'B-T', sealedBy: SEAL_NAME, timestamp: { authority: 'Test TSA' } });
    if (check.status === 'valid') expect(check.timestamp!.time.getTime()).toBe(row.sealTimestamp!.getTime());
  });

  it('is invalid after one changed byte, for pdfsig and for /verify', async () => {
    const signed = (await getDb().select({ pdf: agreements.pdf }).from(agreements)).map((r) => r.pdf).find((p) => p && Buffer.from(p).includes('ETSI.CAdES.detached'));
    const pdf = new Uint8Array(signed!);
    // One letter of the signature dictionary's /Location (in the signed part after /Contents).
    const at = Buffer.from(pdf).indexOf('/Location (Nordwind') + '/Location ('.length;
    expect(at).toBeGreaterThan(0);
    const changed = pdf.slice();
    changed[at] = 'd'.charCodeAt(0);

    expect(pdfsig(pdf, 'original.pdf')).toContain('Signature is Valid.');
    const report = pdfsig(changed, 'changed.pdf');
    expect(report).not.toContain('Signature is Valid.');
    expect(report).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
    expect(await verifySeal(changed)).toEqual({ status: 'invalid', reason: 'modified' });
  });

  it('is checked by /verify: who sealed the file and when, for an uploaded file and for a pasted hash', async () => {
    useSeal(null);
    const [row] = await getDb().select().from(agreements).where(eq(agreements.sealCertificateSha256, new X509Certificate(configured.certPem).fingerprint256.replaceAll(':', '').toLowerCase())).limit(1);
    const pdf = new Uint8Array(row!.pdf!);
    const anonymous = contextFor(null);
    const byFile = await verifyDocument(anonymous, await verifyInputSchema.parseAsync({ file: new File([pdf], 'dpa.pdf', { type: 'application/pdf' }) }));
    expect(byFile).toMatchObject({
      issued: true,
      agreement: { id: row!.id },
      seal: { status: 'valid', provider: true, sealedBy: SEAL_NAME, certificateSha256: row!.sealCertificateSha256 },
    });
    const byHash = await verifyDocument(anonymous, await verifyInputSchema.parseAsync({ sha256: row!.pdfSha256! }));
    expect(byHash.seal).toEqual(byFile.seal);

    const changed = pdf.slice();
    const at = Buffer.from(pdf).indexOf('/Location (Nordwind') + '/Location ('.length;
    changed[at] = 'M'.charCodeAt(0);
    const altered = await verifyDocument(anonymous, await verifyInputSchema.parseAsync({ file: new File([changed], 'dpa.pdf', { type: 'application/pdf' }) }));
    expect(altered).toMatchObject({ issued: false, seal: { status: 'invalid', reason: 'modified' } });
  });
});
