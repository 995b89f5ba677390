import { z } from 'zod';
import type { MembershipRole } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';

// Who is looking at an organisation's notices: one of its people (with their role) or staff. For
// display and read markers only; what a viewer may do is decided by can() (lib/auth/can.ts).
export type NoticeViewer = { kind: 'member'; role: MembershipRole } | { kind: 'staff' };

export function noticeViewerOf(actor: UserActor, orgId: string): NoticeViewer | null {
  const membership = actor.memberships.find((m) => m.orgId === orgId);
  if (membership) return { kind: 'member', role: membership.role };
  return actor.staffRoles.length > 0 ? { kind: 'staff' } : null;
}

/** Route parameters are any 8-4-4-4-12 hex id (seeded ids need not be RFC version-4 UUIDs). */
export const isId = (value: string) => z.guid().safeParse(value).success;
