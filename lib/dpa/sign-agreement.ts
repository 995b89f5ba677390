import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { agreements, organisations, type AnnexSnapshot } from '@/db/schema';
import { localDate } from '@/lib/change-notices/compute-effective-date';
import { assertCan, requireMembership } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { queueMail } from '@/lib/mail/queue-mail';
import { formatInTimeZone, type SigningEvidence } from '@/lib/pdf/evidence-blocks';
import { renderDpaPdf } from '@/lib/pdf/render-dpa-pdf';
import { sealEvidencePdf } from '@/lib/seal/seal-evidence-pdf';
import { fanOutPendingNotices } from '@/lib/change-notices/fan-out-pending-notices';
import { buildDpaDocument } from './build-dpa-document';
import { CONSENT_TEXT_VERSION, consentTextSha256, fillConsentTemplate } from './consent-text';
import { storedConsentTemplate } from './consent-text-store';
import { filledContractText, hashContract } from './frozen-terms';
import { withGoverningGerman } from './governing-text';
import { hashAnnexSnapshot } from './hash-annex-snapshot';
import type { SignDpaInput } from './sign-dpa-schema';
import { currentTemplateVersion, loadSigningInputs } from './signing-inputs';

/** The signing form's input, as signDpaSchema parses it (the schema is the one truth). */
export type SignAgreementInput = SignDpaInput;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A user agent is the client's to choose; a few hundred characters identify any real browser. */
const MAX_USER_AGENT = 500;

/** The partial unique index that allows one active agreement per organisation. */
function isSecondActiveAgreement(error: unknown): boolean {
  for (let e = error as { code?: string; constraint?: string; constraint_name?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') {
      const name = e.constraint_name ?? e.constraint ?? e.message ?? '';
      return name.includes('agreements_one_active_per_org');
    }
  }
  return false;
}

/**
 * Concludes the organisation's DPA on the current template version, in the caller's transaction:
 * the agreement with all its evidence, the PDF, the superseding of the previous agreement, the
 * audit event and the mail to the signer commit together or not at all.
 *
 * Concurrency: the organisation row is locked FOR UPDATE first, so signatures for one organisation
 * run one after another; the second sees the first's agreement and is answered ALREADY_DONE. The
 * partial unique index agreements_one_active_per_org backs this up in the database.
 */
export async function signAgreement(ctx: Ctx, input: SignAgreementInput) {
  assertCan(ctx, 'dpa.sign', input.orgId, 'dpa.sign.notSignatory');
  const { db: tx, actor, request } = ctx;
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, input.orgId)).for('update');
  if (!org) throw new AppError('NOT_FOUND');
  // The role as it is in the database now, in this transaction (not as the session loaded it).
  await requireMembership(ctx, input.orgId, ['signatory'], 'dpa.sign.notSignatory');

  const [previous] = await tx
    .select({ id: agreements.id, templateVersionId: agreements.templateVersionId })
    .from(agreements)
    .where(and(eq(agreements.orgId, input.orgId), eq(agreements.status, 'active')))
    .limit(1);
  if (previous?.templateVersionId === input.templateVersionId) throw new AppError('ALREADY_DONE', 'dpa.sign.alreadySigned');

  const [template, { toms, annex, provider }] = await Promise.all([currentTemplateVersion(ctx), loadSigningInputs(ctx, input.orgId)]);
  // Only the version the page showed may be signed, and only while it is the current one.
  if (!template || template.id !== input.templateVersionId) throw new AppError('CONFLICT', 'dpa.sign.versionChanged');
  if (!toms || !template.contentSha256 || !toms.contentSha256 || !provider) throw new AppError('CONFLICT', 'dpa.sign.notAvailable');
  if (!annex) throw new AppError('NOT_FOUND');
  if (!annex.eligible) throw new AppError('CONFLICT', 'dpa.sign.notEligible');

  const agreementId = crypto.randomUUID();
  const signedAt = ctx.now;
  const fullName = input.fullName.trim();
  const position = input.position.trim();
  const userAgent = request.userAgent?.slice(0, MAX_USER_AGENT) ?? null;
  // The consent text version shown, stored in consent_texts so that this hash can be re-checked.
  const consentTemplate = await storedConsentTemplate(ctx, CONSENT_TEXT_VERSION, input.locale);
  const consentSha256 = consentTextSha256(fillConsentTemplate(consentTemplate, { legalName: org.legalName, version: template.version }));
  // The terms frozen with this agreement: every settings value the contract text is filled with.
  const terms = { noticePeriodDays: provider.noticePeriodDays };
  const contractText = filledContractText(template, annex.snapshot, terms);
  const contractSha256 = hashContract(terms, contractText);
  const signedInAt = actor.signedInAt ?? null;
  // Annex I as signed: the snapshot gains the signature and date (local date in the provider's zone).
  const annexSnapshot: AnnexSnapshot = {
    ...annex.snapshot,
    signature: { name: fullName, position, email: actor.email, date: localDate(signedAt, provider.timeZone) },
  };
  const annexSha256 = hashAnnexSnapshot(annexSnapshot);

  const evidence: SigningEvidence = {
    agreementId,
    signer: { name: fullName, position },
    organisation: { legalName: org.legalName, customerNumber: org.customerNumber },
    signedAt,
    ip: request.ip,
    userAgent,
    template: { version: template.version, sha256: template.contentSha256 },
    toms: { version: toms.version, sha256: toms.contentSha256 },
    annexSha256,
    consentTextSha256: consentSha256,
    signerEmail: actor.email,
    signedInAt,
    locale: input.locale,
    noticePeriodDays: terms.noticePeriodDays,
    contractSha256,
    consentTextVersion: CONSENT_TEXT_VERSION,
  };
  // Signed in English: the PDF also carries the governing German contract text and says it governs.
  const document = withGoverningGerman(
    buildDpaDocument({ template, toms, annex: annexSnapshot, settings: terms, locale: input.locale }),
    contractText.de,
  );
  const appUrl = env().APP_URL.replace(/\/+$/, '');
  const rendered = await renderDpaPdf(document, evidence, { appUrl, timeZone: provider.timeZone });
  // The provider's PAdES seal over the whole file; the recorded hash is the sealed file's.
  const sealed = await sealEvidencePdf(rendered, { signedAt, locale: input.locale, providerName: document.providerName, agreementId, appUrl });
  const pdf = sealed.pdf;
  const pdfSha256 = sha256(pdf);

  // The old agreement steps aside first: the partial unique index allows one active row.
  if (previous) {
    await tx
      .update(agreements)
      .set({ status: 'superseded', supersededAt: signedAt, supersededById: agreementId })
      .where(and(eq(agreements.id, previous.id), eq(agreements.orgId, input.orgId), eq(agreements.status, 'active')));
  }
  try {
    await tx.insert(agreements).values({
      id: agreementId,
      orgId: input.orgId,
      templateVersionId: template.id,
      tomsVersionId: toms.id,
      status: 'active',
      annexSnapshot,
      annexSha256,
      signerUserId: actor.userId,
      signerName: fullName,
      signerPosition: position,
      authorityConfirmed: input.confirmAuthority,
      signedAt,
      ip: request.ip,
      userAgent,
      consentTextSha256: consentSha256,
      locale: input.locale,
      pdf,
      pdfSha256,
      sealCertificateSha256: sealed.certificateSha256,
      sealTimestamp: sealed.timestamp,
      signerEmail: actor.email,
      signerSignedInAt: signedInAt,
      noticePeriodDays: terms.noticePeriodDays,
      consentTextVersion: CONSENT_TEXT_VERSION,
      contractText,
      contractSha256,
      createdAt: signedAt,
    });
  } catch (error) {
    if (isSecondActiveAgreement(error)) throw new AppError('ALREADY_DONE', 'dpa.sign.alreadySigned');
    throw error;
  }

  await ctx.audit({
    action: 'agreement.signed',
    orgId: input.orgId,
    targetType: 'agreement',
    targetId: agreementId,
    details: {
      version: template.version,
      tomsVersion: toms.version,
      pdfSha256,
      annexSha256,
      sealCertificateSha256: sealed.certificateSha256,
      sealTimestamp: sealed.timestamp?.toISOString() ?? null,
      contractSha256,
      noticePeriodDays: terms.noticePeriodDays,
      supersedes: previous?.id ?? null,
    },
  });

  await queueMail(ctx, {
    to: actor.email,
    locale: input.locale,
    template: 'agreement-signed',
    params: {
      legalName: org.legalName,
      customerNumber: org.customerNumber,
      version: template.version,
      signerName: fullName,
      signedAtText: formatInTimeZone(signedAt, provider.timeZone, input.locale),
      pdfSha256,
      reviewUrl: `${appUrl}/orgs/${input.orgId}/dpa`,
      verifyUrl: `${appUrl}/verify`,
    },
    attachmentAgreementId: agreementId,
  });

  // Changes announced but not yet effective reach the new signer with its own deadline (decision 0081).
  await fanOutPendingNotices(ctx, { orgId: input.orgId });
  return { agreementId, version: template.version, pdfSha256, signedAt, supersedes: previous?.id ?? null };
}
