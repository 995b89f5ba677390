import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { organisations } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { newSecretToken, sha256Hex } from './secret-token';
import type { RequestMeta, SubscriptionActor } from './types';

export function feedUrls(token: string) {
  const base = `${env().APP_URL.replace(/\/$/, '')}/api/feeds/${token}`;
  return { atom: `${base}/atom`, calendar: `${base}/calendar` };
}

/**
 * (Re)generates the organisation's feed secret. Only its sha256 is stored, so the URLs are shown
 * once, now; generating again is the rotation and makes the old URLs answer 404 at once.
 */
export async function rotateFeedToken(tx: Tx, actor: SubscriptionActor, input: { orgId: string }, meta: RequestMeta) {
  const token = newSecretToken();
  const [org] = await tx
    .update(organisations)
    .set({ feedTokenHash: sha256Hex(token), updatedAt: new Date() })
    .where(eq(organisations.id, input.orgId))
    .returning({ id: organisations.id });
  if (!org) throw new AppError('NOT_FOUND');
  await writeAuditEvent(
    tx,
    { userId: actor.userId, role: roleIn(actor, org.id), ...meta },
    { action: 'subscriptions.feed.rotate', orgId: org.id, targetType: 'organisation', targetId: org.id },
  );
  return feedUrls(token);
}

/** The organisation a feed URL belongs to, or null (the route answers 404). */
export async function orgForFeedToken(db: Database | Tx, token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [org] = await db
    .select({ id: organisations.id, legalName: organisations.legalName })
    .from(organisations)
    .where(eq(organisations.feedTokenHash, sha256Hex(token)));
  return org ?? null;
}
