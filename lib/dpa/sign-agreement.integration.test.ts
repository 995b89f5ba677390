import { createHash } from 'node:crypto';
import { and, eq, sql as dsql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDpaSchema } from './sign-dpa-schema';
import { getDb } from '@/db/client';
import { agreements, auditEvents, dpaTemplateVersions, mails, organisations } from '@/db/schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { AppError } from '@/lib/errors';
import { actorFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { renderedMails } from '@/lib/testing/mails';
import { consentText, consentTextSha256 } from './consent-text';
import { hashAnnexSnapshot } from './hash-annex-snapshot';
import { signAgreement, type SignAgreementInput } from './sign-agreement';

// signAgreement() against a real, seeded database: the evidence it stores, superseding, exactly
// one agreement under 20 concurrent requests, and refusals that write nothing.

const meta = { ip: '198.51.100.23', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) IntegrationTest/1.0' };
const PARALLEL_ORG = 'K-10010'; // Physiotherapie Keller: eligible (e-mail), no agreement
const PARALLEL_SIGNER = 's.keller@physio-keller.example';

const ids: Record<string, string> = {};
let v1Id = '';
let v2Id = '';

async function counts(orgId: string) {
  const [row] = await sql<{ agreements: number; mails: number; audits: number }>`
    select (select count(*)::int from agreements where org_id = ${orgId}) as agreements,
           (select count(*)::int from mails) as mails,
           (select count(*)::int from audit_events where action = 'agreement.signed') as audits`;
  return row!;
}

const input = (orgId: string, overrides: Partial<SignAgreementInput> = {}): SignAgreementInput => ({
  orgId,
  templateVersionId: v2Id,
  fullName: 'Lena Krause',
  position: 'Rechtsanwältin, Partnerin',
  confirmAuthority: true,
  locale: 'de',
  ...overrides,
});

const sign = async (email: string, value: SignAgreementInput) => {
  const actor = await actorFor(email);
  return runAs(actor, (ctx) => signAgreement(ctx, value), { request: meta });
};

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  for (const number of [demoOrgs.current, demoOrgs.none, demoOrgs.outdated, demoOrgs.notEligible, PARALLEL_ORG]) {
    const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, number));
    ids[number] = org!.id;
  }
  const versions = await getDb().select({ id: dpaTemplateVersions.id, version: dpaTemplateVersions.version }).from(dpaTemplateVersions);
  v1Id = versions.find((v) => v.version === 1)!.id;
  v2Id = versions.find((v) => v.version === 2)!.id;
});

describe('signAgreement', () => {
  it('creates one active agreement with every piece of evidence, an audit event and a mail with the PDF', async () => {
    const orgId = ids[demoOrgs.none]!;
    const signer = await actorFor(demoAccounts.otherSignatory);
    const result = await sign(demoAccounts.otherSignatory, input(orgId));

    const rows = await getDb().select().from(agreements).where(eq(agreements.orgId, orgId));
    expect(rows).toHaveLength(1);
    const a = rows[0]!;
    expect(a).toMatchObject({
      id: result.agreementId,
      status: 'active',
      templateVersionId: v2Id,
      signerUserId: signer.userId,
      signerName: 'Lena Krause',
      signerPosition: 'Rechtsanwältin, Partnerin',
      authorityConfirmed: true,
      ip: meta.ip,
      userAgent: meta.userAgent,
      locale: 'de',
      supersededAt: null,
      supersededById: null,
      isSample: false,
    });
    for (const column of ['tomsVersionId', 'annexSnapshot', 'annexSha256', 'signedAt', 'consentTextSha256', 'pdf', 'pdfSha256'] as const) {
      expect(a[column], column).toBeTruthy();
    }
    expect(a.annexSha256).toBe(hashAnnexSnapshot(a.annexSnapshot));
    expect(a.annexSnapshot.parties.customer.customerNumber).toBe(demoOrgs.none);
    expect(a.annexSnapshot.services.map((s) => s.code).sort()).toEqual(['email', 'webhosting']);
    expect(a.annexSnapshot.subprocessors.length).toBeGreaterThan(0);
    const [org] = await getDb().select().from(organisations).where(eq(organisations.id, orgId));
    expect(a.consentTextSha256).toBe(consentTextSha256(consentText('de', { legalName: org!.legalName, version: 2 })));
    expect(a.pdfSha256).toBe(createHash('sha256').update(a.pdf!).digest('hex'));
    expect(result.pdfSha256).toBe(a.pdfSha256);
    expect(Buffer.from(a.pdf!.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

    const [audit] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'agreement.signed'), eq(auditEvents.targetId, a.id)));
    expect(audit).toMatchObject({ orgId, actorUserId: signer.userId, actorRole: 'signatory', ip: meta.ip });
    expect(audit!.details).toMatchObject({ version: 2, pdfSha256: a.pdfSha256, supersedes: null });

    const queued = await getDb().select().from(mails).where(eq(mails.attachmentAgreementId, a.id));
    expect(queued).toHaveLength(1);
    expect(queued[0]!.to).toBe(demoAccounts.otherSignatory);
    const [mail] = await renderedMails({ where: eq(mails.attachmentAgreementId, a.id) });
    expect(mail!.subject).toContain('Kanzlei Krause');
    expect(mail!.text).toContain(a.pdfSha256!);
  });

  it('signing the new version supersedes the agreement on the older one', async () => {
    const orgId = ids[demoOrgs.outdated]!;
    const [old] = await getDb().select().from(agreements).where(and(eq(agreements.orgId, orgId), eq(agreements.status, 'active')));
    expect(old!.templateVersionId).toBe(v1Id);

    const result = await sign(demoAccounts.outdatedSignatory, input(orgId, { fullName: 'Mehmet Yilmaz', position: 'Managing Director', locale: 'en' }));

    const [previous] = await getDb().select().from(agreements).where(eq(agreements.id, old!.id));
    const [current] = await getDb().select().from(agreements).where(eq(agreements.id, result.agreementId));
    expect(previous).toMatchObject({ status: 'superseded', supersededById: result.agreementId });
    expect(previous!.supersededAt!.getTime()).toBe(current!.signedAt.getTime());
    expect(current).toMatchObject({ status: 'active', templateVersionId: v2Id, locale: 'en' });
    expect(result.supersedes).toBe(old!.id);
    const [audit] = await getDb().select().from(auditEvents).where(eq(auditEvents.targetId, result.agreementId));
    expect(audit!.details).toMatchObject({ supersedes: old!.id });
    const active = await getDb().select().from(agreements).where(and(eq(agreements.orgId, orgId), eq(agreements.status, 'active')));
    expect(active).toHaveLength(1);
  });

  it('20 parallel signatures for one organisation and version yield exactly one agreement', async () => {
    const orgId = ids[PARALLEL_ORG]!;
    const before = await counts(orgId);
    const actor = await actorFor(PARALLEL_SIGNER);
    const value = input(orgId, { fullName: 'Stefan Keller', position: 'Inhaber' });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => runAs(actor, (ctx) => signAgreement(ctx, value), { request: meta })),
    );

    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(19);
    for (const r of rejected) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).code).toBe('ALREADY_DONE');
      expect((r.reason as AppError).message).toBe('dpa.sign.alreadySigned');
    }
    const after = await counts(orgId);
    expect(after).toEqual({ agreements: before.agreements + 1, mails: before.mails + 1, audits: before.audits + 1 });
  });

  it('a second signature on the same version is ALREADY_DONE and writes nothing', async () => {
    const orgId = ids[demoOrgs.none]!;
    const before = await counts(orgId);
    const error = await rejection(sign(demoAccounts.otherSignatory, input(orgId)));
    expect(error).toMatchObject({ code: 'ALREADY_DONE' });
    expect(await counts(orgId)).toEqual(before);
  });

  it('refuses a member, a stranger, an old version and a not-eligible organisation, writing nothing', async () => {
    const current = ids[demoOrgs.current]!;
    const none = ids[PARALLEL_ORG]!;
    const cases: [string, SignAgreementInput, string, string | undefined][] = [
      [demoAccounts.member, input(current), 'FORBIDDEN', 'dpa.sign.notSignatory'],
      // The signatory of another organisation: refused by the use case itself, not only by authorize(),
      // and as NOT_FOUND, so a stranger does not learn that the organisation exists.
      [demoAccounts.signatory, input(ids[demoOrgs.notEligible]!), 'NOT_FOUND', 'NOT_FOUND'],
      [demoAccounts.outdatedSignatory, input(ids[demoOrgs.outdated]!, { templateVersionId: v1Id }), 'CONFLICT', 'dpa.sign.versionChanged'],
      ['p.lindner@gaertnerei-lindner.example', input(ids[demoOrgs.notEligible]!), 'CONFLICT', 'dpa.sign.notEligible'],
    ];
    for (const [email, value, code, message] of cases) {
      const before = await counts(value.orgId);
      const error = await rejection(sign(email, value));
      expect(error, email).toMatchObject({ code, message });
      expect(await counts(value.orgId)).toEqual(before);
    }
    expect((await counts(none)).agreements).toBe(1);
  });

  it('bad input gets field messages from the schema, and what slips past it is refused by the database', async () => {
    const orgId = ids[demoOrgs.notEligible]!;
    const parsed = signDpaSchema.safeParse({ orgId, templateVersionId: v2Id, fullName: '  ', position: 'Inhaberin', locale: 'de' });
    expect(parsed.success).toBe(false);
    const fields = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(fields).toEqual({ fullName: 'dpa.sign.fullNameRequired', confirmAuthority: 'dpa.sign.confirmRequired' });
    expect(signDpaSchema.safeParse({ orgId, templateVersionId: v2Id, fullName: 'A', position: 'x'.repeat(201), confirmAuthority: 'off', locale: 'fr' }).error!.issues.map((i) => i.path[0]).sort()).toEqual(
      ['confirmAuthority', 'fullName', 'locale', 'position'],
    );

    // A caller that skips the schema: the check constraint on signer_name rolls everything back.
    const [fresh] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, 'K-10021'));
    const before = await counts(fresh!.id);
    const error = await rejection(sign('d.koch@fahrschule-koch.example', input(fresh!.id, { fullName: ' ', position: 'Inhaber' })));
    expect(error).not.toBeInstanceOf(AppError);
    expect(await counts(fresh!.id)).toEqual(before);
  });

  it('the database refuses to change a published template version', async () => {
    const error = await rejection(getDb().execute(dsql`update dpa_template_versions set body = '{"de":"geändert","en":"changed"}'::jsonb where status = 'published'`));
    expect(String((error as Error).cause ?? error)).toMatch(/published and immutable/);
    const [v2] = await sql<{ body: { de: string } }>`select body from dpa_template_versions where id = ${v2Id}`;
    expect(v2!.body.de).not.toBe('geändert');
  });
});
