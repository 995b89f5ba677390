import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { tomsVersions } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { AppError } from '@/lib/errors';
import { createContext } from '@/lib/core/context';
import { hashTomsContent, TOMS_SECTION_ORDER } from '@/lib/toms/hash-toms-version';
import { queueSignatoryMails } from './queue-signatory-mails';
import { assertAllowed, auditActorOf, type VersionActor } from './version-actor';
import type { PublishTomsInput } from './version-input';

/**
 * Publishes a TOMs draft. The publisher must confirm that the level of protection is not lowered
 * (Art. 28(3)(c) with Art. 32: measures may evolve, never fall below what was agreed); without it
 * nothing is written. Signatories of every organisation with an active agreement are mailed.
 */
export async function publishTomsVersion(tx: Tx, actor: VersionActor, input: PublishTomsInput) {
  assertAllowed(actor, 'versions.manage');
  const confirmations: Record<string, string[]> = {};
  if (!input.protectionNotLowered) confirmations.protectionNotLowered = ['versions.error.confirmProtection'];
  if (!input.confirmIrreversible) confirmations.confirmIrreversible = ['versions.error.confirmIrreversible'];
  if (Object.keys(confirmations).length > 0) {
    throw new AppError('VALIDATION', 'versions.error.confirmations', confirmations);
  }

  const [row] = await tx.select().from(tomsVersions).where(eq(tomsVersions.id, input.id)).for('update').limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status === 'published') throw new AppError('CONFLICT', 'versions.error.published');

  const fieldErrors: Record<string, string[]> = {};
  for (const key of TOMS_SECTION_ORDER) {
    const measures = row.sections[key] ?? [];
    if (measures.length === 0 || measures.some((m) => !m.de.trim() || !m.en.trim())) fieldErrors[`${key}De`] = ['versions.error.measuresRequired'];
  }
  if (!row.changeSummary.de.trim()) fieldErrors.changeSummaryDe = ['versions.error.summaryRequired'];
  if (!row.changeSummary.en.trim()) fieldErrors.changeSummaryEn = ['versions.error.summaryRequired'];
  if (Object.keys(fieldErrors).length > 0) throw new AppError('VALIDATION', 'versions.error.incomplete', fieldErrors);

  const contentSha256 = hashTomsContent({ sections: row.sections, changeSummary: row.changeSummary });
  const publishedAt = new Date();
  await tx
    .update(tomsVersions)
    .set({
      status: 'published',
      protectionNotLowered: true,
      contentSha256,
      publishedAt,
      publishedBy: actor.userId,
      updatedAt: publishedAt,
    })
    .where(eq(tomsVersions.id, row.id));

  const notified = await queueSignatoryMails(createContext({ actor: null, db: tx }), {
    orgs: sql`true`,
    template: 'toms-updated',
    params: (org) => ({ orgName: org.legalName, version: row.version, url: org.url('/toms') }),
  });

  await writeAuditEvent(tx, auditActorOf(actor), {
    action: 'toms.published',
    targetType: 'toms_version',
    targetId: row.id,
    details: { version: row.version, contentSha256, protectionNotLowered: true, notifiedSignatories: notified },
  });
  return { id: row.id, version: row.version, contentSha256, notified };
}
