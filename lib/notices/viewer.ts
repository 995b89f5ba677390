import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { settings, type MembershipRole } from '@/db/schema';
import type { ActorRoles } from '@/lib/auth/permissions';
import { DEFAULT_TIME_ZONE } from '@/lib/change-notices/compute-effective-date';

// Who is looking at an organisation's notices: one of its people (with their role) or staff.
export type NoticeViewer = { kind: 'member'; role: MembershipRole } | { kind: 'staff' };

export function noticeViewerOf(actor: ActorRoles, orgId: string): NoticeViewer | null {
  const membership = actor.memberships.find((m) => m.orgId === orgId);
  if (membership) return { kind: 'member', role: membership.role };
  return actor.staffRoles.length > 0 ? { kind: 'staff' } : null;
}

/** Route parameters are any 8-4-4-4-12 hex id (seeded ids need not be RFC version-4 UUIDs). */
export const isId = (value: string) => z.guid().safeParse(value).success;

/** Dates are shown and days counted in the provider's time zone (settings.time_zone). */
export async function providerTimeZone(): Promise<string> {
  const [row] = await getDb().select({ timeZone: settings.timeZone }).from(settings).limit(1);
  return row?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** What the notice detail needs of the provider: its time zone and where to turn (termination). */
export async function providerContact() {
  const [row] = await getDb()
    .select({ timeZone: settings.timeZone, email: settings.supportEmail, phone: settings.supportPhone })
    .from(settings)
    .limit(1);
  return { timeZone: row?.timeZone ?? DEFAULT_TIME_ZONE, email: row?.email ?? '', phone: row?.phone ?? '' };
}
