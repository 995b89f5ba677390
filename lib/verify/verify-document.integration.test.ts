import { beforeAll, describe, expect, it } from 'vitest';
import { demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { GET, POST } from '@/app/api/v1/verify/route';
import { RATE_WINDOW_MINUTES } from '@/lib/auth/rate-limit';
import { contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { findIssuedAgreement, limitVerification, sha256OfBytes, verifyDocument, VERIFY_LIMIT_PER_IP } from './verify-document';
import { MAX_PDF_BYTES, verifyInputSchema } from './verify-schema';

const windowMs = RATE_WINDOW_MINUTES * 60_000;

/** Waits, if the current rate-limit window ends within `margin` ms, until the next one has begun. */
async function clearOfWindowEnd(margin: number) {
  const left = windowMs - (Date.now() % windowMs);
  if (left < margin) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

// A PDF the provider "issued": bytes, their hash, and an agreement row for K-10002 that records
// them, inserted the way the signing flow stores one. Plus an older, superseded one.
const issuedPdf = new TextEncoder().encode('%PDF-1.7\n% issued by the verify test\n%%EOF\n');
const issuedSha = sha256OfBytes(issuedPdf);
const oldPdf = new TextEncoder().encode('%PDF-1.7\n% the older, superseded agreement\n%%EOF\n');
const oldSha = sha256OfBytes(oldPdf);
const unknownSha = 'ab'.repeat(32);
let activeId = '';
let supersededId = '';

async function insertAgreement(pdf: Uint8Array, sha: string, status: 'active' | 'superseded', signedAt: string) {
  const [row] = await sql<{ id: string }>`
    insert into agreements (org_id, template_version_id, toms_version_id, status, annex_snapshot, annex_sha256,
      signer_name, signer_position, authority_confirmed, signed_at, ip, user_agent, consent_text_sha256, locale,
      pdf, pdf_sha256, superseded_at)
    select o.id,
      (select id from dpa_template_versions where status = 'published' order by version desc limit 1),
      (select id from toms_versions where status = 'published' order by version desc limit 1),
      ${status}, '{"parties":{"provider":{},"customer":{}},"services":[],"subprocessors":[]}'::jsonb, ${'c'.repeat(64)},
      'Lena Krause', 'Geschäftsführerin', true, ${signedAt}::timestamptz, '203.0.113.9', 'vitest', ${'d'.repeat(64)}, 'de',
      ${Buffer.from(pdf)}, ${sha}, ${status === 'superseded' ? '2025-06-01T08:00:00Z' : null}::timestamptz
    from organisations o where o.customer_number = ${demoOrgs.none}
    returning id`;
  return row!.id;
}

beforeAll(async () => {
  activeId = await insertAgreement(issuedPdf, issuedSha, 'active', '2025-07-01T10:15:30Z');
  supersededId = await insertAgreement(oldPdf, oldSha, 'superseded', '2025-01-10T09:00:00Z');
});

/** A visitor who is not signed in, as the verify page and API see one. */
const anonymous = () => contextFor(null);

const request = (path: string, init: RequestInit & { ip?: string } = {}) =>
  new Request(`http://localhost${path}`, {
    ...init,
    headers: { 'x-forwarded-for': init.ip ?? '198.51.100.1', ...(init.headers as Record<string, string> | undefined) },
  });

describe('findIssuedAgreement', () => {
  it('finds the agreement whose PDF has this hash, with organisation and versions', async () => {
    const found = await findIssuedAgreement(anonymous(), issuedSha);
    const [version] = await sql<{ version: number }>`select max(version)::int as version from dpa_template_versions where status = 'published'`;
    expect(found).toMatchObject({
      id: activeId,
      status: 'active',
      organisation: { customerNumber: demoOrgs.none, legalName: expect.stringContaining('Krause') },
      templateVersion: version!.version,
      signedAt: new Date('2025-07-01T10:15:30Z'),
      supersededAt: null,
    });
    // Only what the document itself states: no signer, IP or user agent.
    expect(JSON.stringify(found)).not.toMatch(/Lena Krause|203\.0\.113\.9|vitest/);
  });

  it('says so when the agreement was superseded', async () => {
    const found = await findIssuedAgreement(anonymous(), oldSha);
    expect(found).toMatchObject({ id: supersededId, status: 'superseded', supersededAt: new Date('2025-06-01T08:00:00Z') });
  });

  it('finds nothing for a hash we never issued', async () => {
    expect(await findIssuedAgreement(anonymous(), unknownSha)).toBeNull();
  });
});

describe('verifyDocument', () => {
  it('hashes an uploaded file and recognises it; a file altered by one byte is not ours', async () => {
    const parsed = await verifyInputSchema.parseAsync({ file: new File([issuedPdf], 'vertrag.pdf') });
    const result = await verifyDocument(anonymous(), parsed);
    expect(result).toMatchObject({ issued: true, sha256: issuedSha, agreement: { id: activeId, signedAt: '2025-07-01T10:15:30.000Z' } });

    const altered = issuedPdf.slice();
    altered[12] = altered[12]! ^ 0x01; // one bit in the comment line
    const other = await verifyDocument(anonymous(), await verifyInputSchema.parseAsync({ file: new File([altered], 'vertrag.pdf') }));
    // These test bytes carry no seal; lib/seal/seal-pdf.integration.test.ts checks sealed files.
    expect(other).toEqual({ issued: false, sha256: sha256OfBytes(altered), seal: { status: 'absent' } });
  });

  it('accepts a pasted hash in upper case with spaces', async () => {
    const pasted = `${issuedSha.slice(0, 32).toUpperCase()}\n ${issuedSha.slice(32)}`;
    const result = await verifyDocument(anonymous(), await verifyInputSchema.parseAsync({ sha256: pasted }));
    expect(result).toMatchObject({ issued: true, sha256: issuedSha });
  });
});

describe('the verify schema on real input', () => {
  it('refuses non-PDF bytes, empty and oversized files with their message keys', async () => {
    const messages = async (file: File) =>
      (await verifyInputSchema.safeParseAsync({ file })).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(await messages(new File(['just text'], 'notes.pdf'))).toEqual([['file', 'verify.file.notPdf']]);
    expect(await messages(new File([], 'empty.pdf'))).toEqual([['file', 'verify.file.empty']]);
    const big = new Uint8Array(MAX_PDF_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.7'));
    expect(await messages(new File([big], 'big.pdf'))).toEqual([['file', 'verify.file.tooLarge']]);
  });
});

describe('GET and POST /api/v1/verify', () => {
  it('answers a known hash with the agreement and an unknown one with issued: false', async () => {
    const known = await GET(request(`/api/v1/verify?sha256=${issuedSha.toUpperCase()}`), undefined);
    expect(known.status).toBe(200);
    expect(await known.json()).toMatchObject({ issued: true, agreement: { id: activeId, status: 'active' } });
    const unknown = await GET(request(`/api/v1/verify?sha256=${unknownSha}`), undefined);
    expect(await unknown.json()).toEqual({ issued: false, sha256: unknownSha });
  });

  it('recognises a POSTed PDF', async () => {
    const response = await POST(
      request('/api/v1/verify', { method: 'POST', body: issuedPdf, headers: { 'content-type': 'application/pdf' } }),
      undefined,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ issued: true, sha256: issuedSha });
  });

  it('answers bad input with 4xx and a machine-readable code', async () => {
    const bad = await GET(request('/api/v1/verify?sha256=xyz'), undefined);
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({ error: 'VALIDATION', fieldErrors: { sha256: ['verify.sha256.invalid'] } });

    const missing = await GET(request('/api/v1/verify'), undefined);
    expect(missing.status).toBe(422);

    const text = await POST(request('/api/v1/verify', { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } }), undefined);
    expect([text.status, await text.json()]).toEqual([415, { error: 'UNSUPPORTED_MEDIA_TYPE' }]);

    const notPdf = await POST(
      request('/api/v1/verify', { method: 'POST', body: 'hello', headers: { 'content-type': 'application/pdf' } }),
      undefined,
    );
    expect([notPdf.status, await notPdf.json()]).toEqual([422, { error: 'VALIDATION', fieldErrors: { file: ['verify.file.notPdf'] } }]);

    const tooBig = await POST(
      request('/api/v1/verify', { method: 'POST', body: new Uint8Array(MAX_PDF_BYTES + 1), headers: { 'content-type': 'application/pdf' } }),
      undefined,
    );
    expect([tooBig.status, await tooBig.json()]).toEqual([413, { error: 'PAYLOAD_TOO_LARGE' }]);
  });

  it('answers an upload the client broke off with 400, not as an unreachable database', async () => {
    // What Node's request stream throws when the client closes the connection mid-body: "aborted",
    // code ECONNRESET - the code a cut database connection has too (db/unavailable.ts).
    const markKey = Symbol.for('dpa-portal.database-unavailable-at');
    const marks = globalThis as { [markKey]?: number };
    const before = marks[markKey];
    const brokenOff = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(issuedPdf.slice(0, 10));
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const response = await POST(
      request('/api/v1/verify', { method: 'POST', body: brokenOff, headers: { 'content-type': 'application/pdf' }, duplex: 'half' } as RequestInit),
      undefined,
    );
    expect([response.status, await response.json()]).toEqual([400, { error: 'BODY_INCOMPLETE' }]);
    expect(marks[markKey]).toBe(before);
  });

  it('limits each IP address, so hashes cannot be enumerated, and leaves others alone', async () => {
    // The route counts on the real clock: never start in a window's last seconds, or the count
    // would start again halfway (the limit counts in fixed 15-minute windows).
    await clearOfWindowEnd(30_000);
    const ip = '192.0.2.77';
    const statuses: number[] = [];
    for (let i = 0; i <= VERIFY_LIMIT_PER_IP; i++) {
      statuses.push((await GET(request(`/api/v1/verify?sha256=${i.toString(16).padStart(64, '0')}`, { ip }), undefined)).status);
    }
    expect(statuses.slice(0, VERIFY_LIMIT_PER_IP).every((s) => s === 200)).toBe(true);
    const refused = await GET(request(`/api/v1/verify?sha256=${issuedSha}`, { ip }), undefined);
    expect([statuses.at(-1), refused.status, await refused.json()]).toEqual([429, 429, { error: 'RATE_LIMITED' }]);
    expect((await GET(request(`/api/v1/verify?sha256=${issuedSha}`, { ip: '192.0.2.78' }), undefined)).status).toBe(200);
  });
});

describe('limitVerification (the action’s limit)', () => {
  it('refuses the call after the limit within one window, and writes nothing else', async () => {
    const ip = '192.0.2.99';
    // Counted in the middle of one window, whatever the clock says (see clearOfWindowEnd).
    const now = new Date(Math.floor(Date.now() / windowMs) * windowMs + windowMs / 2);
    const limit = () => runAs(null, limitVerification, { request: { ip, userAgent: 'vitest' }, now });
    for (let i = 0; i < VERIFY_LIMIT_PER_IP; i++) await limit();
    await expect(limit()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    const [{ n }] = (await sql<{ n: number }>`select count(*)::int as n from audit_events where action like 'verify%'`) as [{ n: number }];
    expect(n).toBe(0);
  });
});
