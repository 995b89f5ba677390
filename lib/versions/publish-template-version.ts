import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dpaTemplateVersions } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { hashTemplateContent } from '@/lib/dpa/hash-template-version';
import { AppError } from '@/lib/errors';
import { createContext } from '@/lib/core/context';
import { templatePlaceholderProblems } from './check-template-placeholders';
import { queueSignatoryMails } from './queue-signatory-mails';
import { assertAllowed, auditActorOf, type VersionActor } from './version-actor';
import type { PublishDpaInput } from './version-input';

/**
 * Publishes a DPA template draft: from now on its text is evidence and never changes. In the same
 * transaction every signatory of every organisation whose active agreement is on an older version
 * is mailed, so the announcement exists exactly when the version does.
 */
export async function publishTemplateVersion(tx: Tx, actor: VersionActor, input: PublishDpaInput) {
  assertAllowed(actor, 'versions.manage');
  if (!input.confirmIrreversible) {
    throw new AppError('VALIDATION', 'versions.error.confirmIrreversible', {
      confirmIrreversible: ['versions.error.confirmIrreversible'],
    });
  }
  const [row] = await tx.select().from(dpaTemplateVersions).where(eq(dpaTemplateVersions.id, input.id)).for('update').limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status === 'published') throw new AppError('CONFLICT', 'versions.error.published');

  const problems = templatePlaceholderProblems({
    titleDe: row.title.de,
    titleEn: row.title.en,
    bodyDe: row.body.de,
    bodyEn: row.body.en,
  });
  const fieldErrors: Record<string, string[]> = {};
  for (const field of Object.keys(problems)) fieldErrors[field] = ['versions.error.placeholderField'];
  for (const [field, value] of Object.entries({ titleDe: row.title.de, titleEn: row.title.en, bodyDe: row.body.de, bodyEn: row.body.en })) {
    if (value.trim() === '') fieldErrors[field] = ['validation.required'];
  }
  if (!row.changeSummary?.de.trim()) fieldErrors.changeSummaryDe = ['versions.error.summaryRequired'];
  if (!row.changeSummary?.en.trim()) fieldErrors.changeSummaryEn = ['versions.error.summaryRequired'];
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError('VALIDATION', Object.keys(problems).length ? 'versions.error.placeholders' : 'versions.error.incomplete', fieldErrors);
  }

  const contentSha256 = hashTemplateContent({ title: row.title, body: row.body });
  const publishedAt = new Date();
  await tx
    .update(dpaTemplateVersions)
    .set({ status: 'published', contentSha256, publishedAt, publishedBy: actor.userId, updatedAt: publishedAt })
    .where(eq(dpaTemplateVersions.id, row.id));

  const notified = await queueSignatoryMails(createContext({ actor: null, db: tx }), {
    orgs: sql`a.template_version_id in (select id from dpa_template_versions where version < ${row.version})`,
    template: 'dpa-new-version',
    params: (org) => ({ orgName: org.legalName, version: row.version, url: org.url('/dpa/changes') }),
  });

  await writeAuditEvent(tx, auditActorOf(actor), {
    action: 'dpa_template.published',
    targetType: 'dpa_template_version',
    targetId: row.id,
    details: { version: row.version, contentSha256, notifiedSignatories: notified },
  });
  return { id: row.id, version: row.version, contentSha256, notified };
}
