import type { ActorRoles } from '@/lib/auth/permissions';

/** Who changes a subscription (a signatory) and from where, for the audit event. */
export type SubscriptionActor = ActorRoles & { userId: string };
export type RequestMeta = { ip: string | null; userAgent: string | null };
