import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dpaTemplateVersions } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { AppError } from '@/lib/errors';
import { assertAllowed, auditActorOf, VERSION_LOCKS, type VersionActor } from './version-actor';
import type { CreateDraftInput } from './version-input';

/**
 * Starts the next DPA template version as a copy of `copyOf`. There is at most one draft at a
 * time (version numbers are handed out in order, and a second draft would only compete with the
 * first), so when one exists it is returned instead: a double click opens the same draft.
 */
export async function createTemplateDraft(tx: Tx, actor: VersionActor, input: CreateDraftInput) {
  assertAllowed(actor, 'versions.manage');
  await tx.execute(sql`select pg_advisory_xact_lock(${VERSION_LOCKS.dpa})`);

  const [existing] = await tx
    .select({ id: dpaTemplateVersions.id, version: dpaTemplateVersions.version })
    .from(dpaTemplateVersions)
    .where(eq(dpaTemplateVersions.status, 'draft'))
    .limit(1);
  if (existing) return { ...existing, created: false };

  const [source] = await tx.select().from(dpaTemplateVersions).where(eq(dpaTemplateVersions.id, input.copyOf)).limit(1);
  if (!source) throw new AppError('NOT_FOUND');
  const [latest] = await tx
    .select({ version: dpaTemplateVersions.version })
    .from(dpaTemplateVersions)
    .orderBy(desc(dpaTemplateVersions.version))
    .limit(1);
  const version = (latest?.version ?? 0) + 1;

  const [row] = await tx
    .insert(dpaTemplateVersions)
    .values({
      version,
      status: 'draft',
      title: source.title,
      body: source.body,
      changeSummary: { de: '', en: '' },
      createdBy: actor.userId,
    })
    .returning({ id: dpaTemplateVersions.id, version: dpaTemplateVersions.version });

  await writeAuditEvent(tx, auditActorOf(actor), {
    action: 'dpa_template.draft_created',
    targetType: 'dpa_template_version',
    targetId: row!.id,
    details: { version, copyOf: source.version },
  });
  return { ...row!, created: true };
}
