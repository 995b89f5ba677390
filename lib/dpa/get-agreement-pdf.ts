import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { agreements, dpaTemplateVersions, organisations } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn, type ActorRoles } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { agreementFileName } from './agreement-file-name';

export type PdfActor = ActorRoles & { userId: string; ip?: string | null; userAgent?: string | null };

const guid = z.guid();

/**
 * A signed agreement's PDF for download, scoped by organisation AND agreement id. The stored bytes
 * are hashed again on every download: a file that no longer matches the hash recorded at signing is
 * never served, and the refusal is written to the audit log (committed on its own, so the alert
 * survives the refusal). Every successful download is a sensitive read and is audited too.
 *
 * Sample agreements from the seed carry no PDF; they are answered NOT_FOUND rather than rendered
 * now, because a file made today would not be the evidence of what was shown at signing.
 */
export async function getAgreementPdf(actor: PdfActor, orgId: string, agreementId: string) {
  const viewer = actor.memberships.some((m) => m.orgId === orgId) || actor.staffRoles.length > 0;
  if (!viewer || !guid.safeParse(orgId).success || !guid.safeParse(agreementId).success) throw new AppError('NOT_FOUND');
  const db = getDb();
  const [row] = await db
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

  const audit = { userId: actor.userId, role: roleIn(actor, orgId), ip: actor.ip ?? null, userAgent: actor.userAgent ?? null };
  const actualSha256 = createHash('sha256').update(row.pdf).digest('hex');
  if (actualSha256 !== row.pdfSha256) {
    await db.transaction((tx) =>
      writeAuditEvent(tx, audit, {
        action: 'agreement.pdf_integrity_failed',
        orgId,
        targetType: 'agreement',
        targetId: agreementId,
        details: { recordedSha256: row.pdfSha256, actualSha256, bytes: row.pdf!.length },
      }),
    );
    console.error(`[agreement] PDF of ${agreementId} no longer matches its recorded SHA-256; download refused`);
    throw new AppError('CONFLICT', 'dpa.pdf.integrityFailed');
  }

  await db.transaction((tx) =>
    writeAuditEvent(tx, audit, {
      action: 'agreement.pdf_downloaded',
      orgId,
      targetType: 'agreement',
      targetId: agreementId,
      details: { pdfSha256: row.pdfSha256 },
    }),
  );
  return { bytes: row.pdf, sha256: row.pdfSha256, fileName: agreementFileName(row) };
}
