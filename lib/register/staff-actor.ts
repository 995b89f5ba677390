import { AppError } from '@/lib/errors';
import { decide, roleIn, type ActorRoles, type Permission } from '@/lib/auth/permissions';
import type { AuditActor } from '@/lib/audit/write-audit-event';

/** Privacy staff at work on the register and change notices, with the request's IP and user agent. */
export type StaffActor = ActorRoles & { userId: string; ip?: string | null; userAgent?: string | null };

/**
 * The actions authorize already; the use cases check once more because they are the last line
 * before the database, and a forgotten authorize() must not change the register.
 */
export function assertStaffAllowed(actor: ActorRoles, permission: Extract<Permission, 'register.manage' | 'notices.manage'>) {
  if (decide(actor, permission) !== 'allow') throw new AppError('FORBIDDEN');
}

export function staffAuditActor(actor: StaffActor): AuditActor {
  return { userId: actor.userId, role: roleIn(actor), ip: actor.ip ?? null, userAgent: actor.userAgent ?? null };
}
