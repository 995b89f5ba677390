import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { agreements, dpaTemplateVersions, organisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { agreementFileName } from './agreement-file-name';

const guid = z.guid();

/**
 * A signed agreement's PDF for download, scoped by organisation AND agreement id. The stored bytes
 * are hashed again on every download: a file that no longer matches the hash recorded at signing is
 * never served, and the refusal is written to the audit log (committed on its own, so the alert
 * survives the refusal). Every successful download is a sensitive read and is audited too.
 *
 * An agreement without a stored PDF (sample agreements from the seed, except the demo customer's
 * current one) is answered NOT_FOUND rather than rendered now, because a file made today would not
 * be the evidence of what was shown at signing.
 */
export async function getAgreementPdf(ctx: Ctx, input: { orgId: string; agreementId: string }) {
  const { orgId, agreementId } = input;
  if (!guid.safeParse(orgId).success || !guid.safeParse(agreementId).success) throw new AppError('NOT_FOUND');
  assertCan(ctx, 'agreement.download', orgId);
  const [row] = await ctx.db
    .select({
      pdf: agreements.pdf,
      pdfSha256: agreements.pdfSha256,
      signedAt: agreements.signedAt,
      locale: agreements.locale,
      version: dpaTemplateVersions.version,
      customerNumber: organisations.customerNumber,
    })
    .from(agreements)
    .innerJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
    .innerJoin(organisations, eq(organisations.id, agreements.orgId))
    .where(and(eq(agreements.id, agreementId), eq(agreements.orgId, orgId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  if (!row.pdf || !row.pdfSha256) throw new AppError('NOT_FOUND', 'dpa.pdf.notAvailable');

  // ctx.audit commits each event on its own when the read runs outside a transaction (a download does).
  const actualSha256 = createHash('sha256').update(row.pdf).digest('hex');
  if (actualSha256 !== row.pdfSha256) {
    await ctx.audit({
      action: 'agreement.pdf_integrity_failed',
      orgId,
      targetType: 'agreement',
      targetId: agreementId,
      details: { recordedSha256: row.pdfSha256, actualSha256, bytes: row.pdf.length },
    });
    console.error(`[agreement] PDF of ${agreementId} no longer matches its recorded SHA-256; download refused`);
    throw new AppError('CONFLICT', 'dpa.pdf.integrityFailed');
  }

  await ctx.audit({
    action: 'agreement.pdf_downloaded',
    orgId,
    targetType: 'agreement',
    targetId: agreementId,
    details: { pdfSha256: row.pdfSha256 },
  });
  return { bytes: row.pdf, sha256: row.pdfSha256, fileName: agreementFileName(row) };
}
