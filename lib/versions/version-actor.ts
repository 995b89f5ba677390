import { AppError } from '@/lib/errors';
import { decide, roleIn, type ActorRoles, type Permission } from '@/lib/auth/permissions';
import type { AuditActor } from '@/lib/audit/write-audit-event';

/** Who works on versions: the signed-in staff member, with the request's IP and user agent. */
export type VersionActor = ActorRoles & { userId: string; ip?: string | null; userAgent?: string | null };

/**
 * The callers (pages, actions) authorize already; the use cases check once more because they are
 * the last line before the database and a forgotten authorize() must not publish a contract text.
 */
export function assertAllowed(actor: ActorRoles, permission: Extract<Permission, 'versions.view' | 'versions.manage'>) {
  if (decide(actor, permission) !== 'allow') throw new AppError('FORBIDDEN');
}

export function auditActorOf(actor: VersionActor): AuditActor {
  return { userId: actor.userId, role: roleIn(actor), ip: actor.ip ?? null, userAgent: actor.userAgent ?? null };
}

/** Serialises draft creation per kind, so two clicks never race for the same version number. */
export const VERSION_LOCKS = { dpa: 7_226_010, toms: 7_226_011 } as const;
