import 'server-only';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { agreements, dpaTemplateVersions, organisations, tomsVersions } from '@/db/schema';
import { hitRateLimit } from '@/lib/auth/rate-limit';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { providerSeal } from '@/lib/seal/seal-certificate';
import { type SealCheck, verifySeal } from '@/lib/seal/verify-seal';
import type { VerifyInput } from './verify-schema';

// Did the provider issue this PDF? The signing flow records the SHA-256 of every PDF it issues in
// agreements.pdf_sha256 (unique); a file is ours exactly when its fingerprint is one of those.

/** Anyone may verify, signed in or not: the hash (or the file) is the credential. */
type VerifyCtx = Ctx<UserActor | null>;

/** Verifications per IP address and 15-minute window: enough for people, too few to enumerate hashes. */
export const VERIFY_LIMIT_PER_IP = 60;

export type IssuedAgreement = {
  id: string;
  status: 'active' | 'superseded' | 'terminated';
  organisation: { legalName: string; customerNumber: string };
  templateVersion: number;
  tomsVersion: number;
  signedAt: Date;
  supersededAt: Date | null;
  terminatedAt: Date | null;
  /** The seal certificate recorded at signing (not shown; tells whether a seal is the provider's). */
  sealCertificateSha256?: string | null;
};

/**
 * The PAdES seal of the checked file (lib/seal/verify-seal), JSON-safe. `provider` says whether the
 * sealing certificate is the provider's: the one the agreement was sealed with, or today's seal.
 */
export type SealView =
  | { status: 'absent' }
  | { status: 'invalid'; reason: 'modified' | 'signature' | 'format' }
  | {
      status: 'valid';
      level: 'B-B' | 'B-T';
      provider: boolean;
      sealedBy: string;
      subject: string;
      certificateSha256: string;
      sealedAt: string | null;
      timestamp: { time: string; authority: string } | null;
    };

/**
 * What anyone holding the file may learn: only what the document itself states (agreement id,
 * organisation, versions, signing time) plus its status today. Not the signer, IP or user agent:
 * they are in the file for its holder, but a bare hash must not reveal them to whoever has it.
 */
export type VerificationResult =
  | { issued: false; sha256: string; seal?: SealView }
  | {
      issued: true;
      sha256: string;
      seal?: SealView;
      agreement: Omit<IssuedAgreement, 'signedAt' | 'supersededAt' | 'terminatedAt' | 'sealCertificateSha256'> & {
        signedAt: string;
        supersededAt: string | null;
        terminatedAt: string | null;
      };
    };

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The seal check for the page and the API; `known` are the certificate hashes that are the provider's. */
export function toSealView(check: SealCheck, known: readonly string[]): SealView {
  if (check.status !== 'valid') return check;
  const certificateSha256 = check.fingerprint256.replaceAll(':', '').toLowerCase();
  return {
    status: 'valid',
    level: check.level,
    provider: known.includes(certificateSha256),
    sealedBy: check.sealedBy,
    subject: check.subject,
    certificateSha256,
    sealedAt: check.sealedAt?.toISOString() ?? null,
    timestamp: check.timestamp ? { time: check.timestamp.time.toISOString(), authority: check.timestamp.authority } : null,
  };
}

/** JSON-safe (ISO times), the same shape for the page and the API; `seal` only where a file was checked. */
export function toVerificationResult(sha256: string, agreement: IssuedAgreement | null, seal?: SealView): VerificationResult {
  const sealPart = seal ? { seal } : {};
  if (!agreement) return { issued: false, sha256, ...sealPart };
  const { sealCertificateSha256: _recorded, ...publicFacts } = agreement;
  return {
    issued: true,
    sha256,
    ...sealPart,
    agreement: {
      ...publicFacts,
      signedAt: agreement.signedAt.toISOString(),
      supersededAt: agreement.supersededAt?.toISOString() ?? null,
      terminatedAt: agreement.terminatedAt?.toISOString() ?? null,
    },
  };
}

/**
 * The agreement whose PDF has this fingerprint, of any organisation: the caller is anonymous and
 * the hash itself is the credential, so there is no tenant to scope by (the unique index makes it
 * one row at most). `sha256` must already be normalised to 64 lower-case hex digits.
 */
export async function findIssuedAgreement(ctx: VerifyCtx, sha256: string): Promise<IssuedAgreement | null> {
  const [row] = await ctx.db
    .select({
      id: agreements.id,
      status: agreements.status,
      legalName: organisations.legalName,
      customerNumber: organisations.customerNumber,
      templateVersion: dpaTemplateVersions.version,
      tomsVersion: tomsVersions.version,
      signedAt: agreements.signedAt,
      supersededAt: agreements.supersededAt,
      terminatedAt: agreements.terminatedAt,
      sealCertificateSha256: agreements.sealCertificateSha256,
    })
    .from(agreements)
    .innerJoin(organisations, eq(organisations.id, agreements.orgId))
    .innerJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
    .innerJoin(tomsVersions, eq(tomsVersions.id, agreements.tomsVersionId))
    .where(eq(agreements.pdfSha256, sha256))
    .limit(1);
  if (!row) return null;
  const { legalName, customerNumber, ...agreement } = row;
  return { ...agreement, organisation: { legalName, customerNumber } };
}

/** The stored PDF of an issued agreement, to check its seal when only the hash was given. */
async function storedPdf(ctx: VerifyCtx, agreementId: string): Promise<Uint8Array | null> {
  const [row] = await ctx.db.select({ pdf: agreements.pdf }).from(agreements).where(eq(agreements.id, agreementId)).limit(1);
  return row?.pdf ? new Uint8Array(row.pdf) : null;
}

/**
 * Checks a parsed input: hashes the uploaded bytes (never stored) or takes the pasted fingerprint,
 * and checks the PAdES seal: of the uploaded file, or, for a pasted hash of an issued agreement, of
 * the file we stored (the same bytes, as the hash says).
 */
export async function verifyDocument(ctx: VerifyCtx, input: VerifyInput): Promise<VerificationResult> {
  const bytes = input.file ? new Uint8Array(await input.file.arrayBuffer()) : null;
  const sha256 = bytes ? sha256OfBytes(bytes) : input.sha256;
  if (!sha256) throw new AppError('VALIDATION', 'verify.missing');
  const agreement = await findIssuedAgreement(ctx, sha256);
  const sealed = bytes ?? (agreement ? await storedPdf(ctx, agreement.id) : null);
  if (!sealed) return toVerificationResult(sha256, agreement);
  const known = [agreement?.sealCertificateSha256, providerCertificateSha256()].filter((v): v is string => Boolean(v));
  return toVerificationResult(sha256, agreement, toSealView(await verifySeal(sealed), known));
}

/** Today's seal certificate; null if it cannot be loaded (verification must still answer). */
function providerCertificateSha256(): string | null {
  try {
    return providerSeal().certificate.fingerprint256.replaceAll(':', '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Counts one verification for the caller's IP and refuses beyond the limit. Called before the
 * lookup, so probing unknown hashes costs the same as checking real ones.
 */
export async function limitVerification(ctx: VerifyCtx): Promise<void> {
  if (!(await hitRateLimit(ctx, 'verify:ip', ctx.request.ip ?? 'unknown', VERIFY_LIMIT_PER_IP))) throw new AppError('RATE_LIMITED');
}
