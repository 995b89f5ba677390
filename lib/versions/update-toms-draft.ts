import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { tomsVersions, type TomsSections } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { AppError } from '@/lib/errors';
import { assertAllowed, auditActorOf, type VersionActor } from './version-actor';
import { measureLines, TOMS_KEYS, type TomsDraftInput } from './version-input';

/** The measures as stored: German and English lines paired by position. */
export function sectionsFromInput(input: TomsDraftInput): TomsSections {
  const sections = {} as TomsSections;
  for (const key of TOMS_KEYS) {
    const de = measureLines(input[`${key}De`]);
    const en = measureLines(input[`${key}En`]);
    sections[key] = de.map((text, i) => ({ de: text, en: en[i] ?? '' }));
  }
  return sections;
}

/** Saves a TOMs draft; a published version is refused by the server (and by the trigger behind it). */
export async function updateTomsDraft(tx: Tx, actor: VersionActor, input: TomsDraftInput) {
  assertAllowed(actor, 'versions.manage');
  const [row] = await tx
    .select({ id: tomsVersions.id, version: tomsVersions.version, status: tomsVersions.status })
    .from(tomsVersions)
    .where(eq(tomsVersions.id, input.id))
    .for('update')
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status === 'published') throw new AppError('CONFLICT', 'versions.error.published');

  await tx
    .update(tomsVersions)
    .set({
      sections: sectionsFromInput(input),
      changeSummary: { de: input.changeSummaryDe, en: input.changeSummaryEn },
      updatedAt: new Date(),
    })
    .where(eq(tomsVersions.id, row.id));

  await writeAuditEvent(tx, auditActorOf(actor), {
    action: 'toms.draft_updated',
    targetType: 'toms_version',
    targetId: row.id,
    details: { version: row.version },
  });
  return { id: row.id, version: row.version };
}
