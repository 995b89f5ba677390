import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiTokens } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import { sha256Hex } from '@/lib/auth/hash-token';
import { apiScopes, type UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';

/** A form posts one checkbox per scope (`scope:support:read=on`); a JSON caller sends `scopes: [...]`. */
export const createApiTokenInput = z.preprocess(
  (raw) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const record = raw as Record<string, unknown>;
    const fromBoxes = Object.keys(record).filter((k) => k.startsWith('scope:') && record[k]).map((k) => k.slice('scope:'.length));
    return { name: record.name, scopes: Array.isArray(record.scopes) ? record.scopes : fromBoxes };
  },
  z.object({
    name: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(80, { error: 'validation.tooLong' }),
    scopes: z.array(z.enum(apiScopes, { error: 'validation.invalid' })).min(1, { error: 'supportDesk.tokens.scopeRequired' }),
  }),
);

export const revokeApiTokenInput = z.object({ tokenId: z.guid({ error: 'validation.invalid' }) });

/**
 * An admin creates a scoped token for a machine (ticket system, phone system). The secret is shown
 * once, here; only its SHA-256 is stored (it has 256 random bits, so a plain hash is enough), with a
 * short prefix to recognise it in the list.
 */
export async function createApiToken(ctx: Ctx<UserActor>, input: z.output<typeof createApiTokenInput>) {
  assertCan(ctx, 'api.tokens.manage');
  const secret = `dpa_${randomBytes(32).toString('base64url')}`;
  const [row] = await ctx.db
    .insert(apiTokens)
    .values({ name: input.name, tokenHash: sha256Hex(secret), prefix: secret.slice(0, 10), scopes: [...new Set(input.scopes)], createdBy: ctx.actor.userId, createdAt: ctx.now })
    .returning({ id: apiTokens.id });
  await ctx.audit({ action: 'api.token.created', targetType: 'api_token', targetId: row!.id, details: { name: input.name, scopes: input.scopes } });
  return { tokenId: row!.id, secret };
}

export async function revokeApiToken(ctx: Ctx<UserActor>, { tokenId }: { tokenId: string }) {
  assertCan(ctx, 'api.tokens.manage');
  const [row] = await ctx.db
    .update(apiTokens)
    .set({ revokedAt: ctx.now })
    .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (!row) throw new AppError('NOT_FOUND');
  await ctx.audit({ action: 'api.token.revoked', targetType: 'api_token', targetId: row.id });
  return { tokenId: row.id };
}

export async function listApiTokens(ctx: Ctx<UserActor>) {
  assertCan(ctx, 'api.tokens.manage');
  return ctx.db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .orderBy(desc(apiTokens.createdAt));
}
