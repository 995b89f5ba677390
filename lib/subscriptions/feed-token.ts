import 'server-only';
import { eq } from 'drizzle-orm';
import { organisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { FeedTokenInput } from './schemas';
import { newSecretToken, sha256Hex } from './secret-token';

export function feedUrls(token: string) {
  const base = `${env().APP_URL.replace(/\/$/, '')}/api/feeds/${token}`;
  return { atom: `${base}/atom`, calendar: `${base}/calendar` };
}

/**
 * (Re)generates the organisation's feed secret. Only its sha256 is stored, so the URLs are shown
 * once, now; generating again is the rotation and makes the old URLs answer 404 at once.
 */
export async function rotateFeedToken(ctx: Ctx, input: Pick<FeedTokenInput, 'orgId'>) {
  assertCan(ctx, 'subscriptions.manage', input.orgId);
  const token = newSecretToken();
  const [org] = await ctx.db
    .update(organisations)
    .set({ feedTokenHash: sha256Hex(token), updatedAt: ctx.now })
    .where(eq(organisations.id, input.orgId))
    .returning({ id: organisations.id });
  if (!org) throw new AppError('NOT_FOUND');
  await ctx.audit({ action: 'subscriptions.feed.rotate', orgId: org.id, targetType: 'organisation', targetId: org.id });
  return feedUrls(token);
}

/** The organisation a feed URL belongs to, or null (the route answers 404). */
export async function orgForFeedToken(ctx: Ctx<Actor | null>, input: { token: string }) {
  const { token } = input;
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [org] = await ctx.db
    .select({ id: organisations.id, legalName: organisations.legalName })
    .from(organisations)
    .where(eq(organisations.feedTokenHash, sha256Hex(token)));
  return org ?? null;
}
