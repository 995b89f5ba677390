import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { tomsVersions } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { AppError } from '@/lib/errors';
import { assertAllowed, auditActorOf, VERSION_LOCKS, type VersionActor } from './version-actor';
import type { CreateDraftInput } from './version-input';

/** Starts the next TOMs version as a copy of `copyOf`; an existing draft is returned instead. */
export async function createTomsDraft(tx: Tx, actor: VersionActor, input: CreateDraftInput) {
  assertAllowed(actor, 'versions.manage');
  await tx.execute(sql`select pg_advisory_xact_lock(${VERSION_LOCKS.toms})`);

  const [existing] = await tx
    .select({ id: tomsVersions.id, version: tomsVersions.version })
    .from(tomsVersions)
    .where(eq(tomsVersions.status, 'draft'))
    .limit(1);
  if (existing) return { ...existing, created: false };

  const [source] = await tx.select().from(tomsVersions).where(eq(tomsVersions.id, input.copyOf)).limit(1);
  if (!source) throw new AppError('NOT_FOUND');
  const [latest] = await tx
    .select({ version: tomsVersions.version })
    .from(tomsVersions)
    .orderBy(desc(tomsVersions.version))
    .limit(1);
  const version = (latest?.version ?? 0) + 1;

  const [row] = await tx
    .insert(tomsVersions)
    .values({
      version,
      status: 'draft',
      sections: source.sections,
      changeSummary: { de: '', en: '' },
      // The publisher confirms this anew for every version; a copy never inherits it.
      protectionNotLowered: false,
      createdBy: actor.userId,
    })
    .returning({ id: tomsVersions.id, version: tomsVersions.version });

  await writeAuditEvent(tx, auditActorOf(actor), {
    action: 'toms.draft_created',
    targetType: 'toms_version',
    targetId: row!.id,
    details: { version, copyOf: source.version },
  });
  return { ...row!, created: true };
}
