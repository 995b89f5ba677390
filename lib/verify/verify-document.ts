import 'server-only';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { agreements, dpaTemplateVersions, organisations, tomsVersions } from '@/db/schema';
import { hitRateLimit } from '@/lib/auth/rate-limit';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
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
};

/**
 * What anyone holding the file may learn: only what the document itself states (agreement id,
 * organisation, versions, signing time) plus its status today. Not the signer, IP or user agent:
 * they are in the file for its holder, but a bare hash must not reveal them to whoever has it.
 */
export type VerificationResult =
  | { issued: false; sha256: string }
  | {
      issued: true;
      sha256: string;
      agreement: Omit<IssuedAgreement, 'signedAt' | 'supersededAt' | 'terminatedAt'> & {
        signedAt: string;
        supersededAt: string | null;
        terminatedAt: string | null;
      };
    };

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** JSON-safe (ISO times), the same shape for the page and the API. */
export function toVerificationResult(sha256: string, agreement: IssuedAgreement | null): VerificationResult {
  if (!agreement) return { issued: false, sha256 };
  return {
    issued: true,
    sha256,
    agreement: {
      ...agreement,
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

/** Checks a parsed input: hashes the uploaded bytes (never stored) or takes the pasted fingerprint. */
export async function verifyDocument(ctx: VerifyCtx, input: VerifyInput): Promise<VerificationResult> {
  const sha256 = input.file ? sha256OfBytes(new Uint8Array(await input.file.arrayBuffer())) : input.sha256;
  if (!sha256) throw new AppError('VALIDATION', 'verify.missing');
  return toVerificationResult(sha256, await findIssuedAgreement(ctx, sha256));
}

/**
 * Counts one verification for the caller's IP and refuses beyond the limit. Called before the
 * lookup, so probing unknown hashes costs the same as checking real ones.
 */
export async function limitVerification(ctx: VerifyCtx): Promise<void> {
  if (!(await hitRateLimit(ctx, 'verify:ip', ctx.request.ip ?? 'unknown', VERIFY_LIMIT_PER_IP))) throw new AppError('RATE_LIMITED');
}
