import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dpaTemplateVersions } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { AppError } from '@/lib/errors';
import { assertAllowed, auditActorOf, type VersionActor } from './version-actor';
import type { DpaDraftInput } from './version-input';

/**
 * Saves a draft's texts. A published version is refused here, by the server, whatever the page
 * showed; the database trigger (migration 0001) refuses it again should this check ever be missed.
 */
export async function updateTemplateDraft(tx: Tx, actor: VersionActor, input: DpaDraftInput) {
  assertAllowed(actor, 'versions.manage');
  const [row] = await tx
    .select({ id: dpaTemplateVersions.id, version: dpaTemplateVersions.version, status: dpaTemplateVersions.status })
    .from(dpaTemplateVersions)
    .where(eq(dpaTemplateVersions.id, input.id))
    .for('update')
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status === 'published') throw new AppError('CONFLICT', 'versions.error.published');

  await tx
    .update(dpaTemplateVersions)
    .set({
      title: { de: input.titleDe, en: input.titleEn },
      body: { de: input.bodyDe, en: input.bodyEn },
      changeSummary: { de: input.changeSummaryDe, en: input.changeSummaryEn },
      updatedAt: new Date(),
    })
    .where(eq(dpaTemplateVersions.id, row.id));

  await writeAuditEvent(tx, auditActorOf(actor), {
    action: 'dpa_template.draft_updated',
    targetType: 'dpa_template_version',
    targetId: row.id,
    details: { version: row.version },
  });
  return { id: row.id, version: row.version };
}
