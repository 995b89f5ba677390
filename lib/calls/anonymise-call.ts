import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { callListEntries } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';

export const anonymiseCallInput = z.object({ callId: z.string().trim().min(1, { error: 'validation.required' }).max(100, { error: 'validation.tooLong' }) });

/** The caller objected: the call's entries keep their time and lose everything else. Audited. */
export async function anonymiseCall(ctx: Ctx<UserActor>, { callId }: z.output<typeof anonymiseCallInput>) {
  assertCan(ctx, 'calls.anonymise');
  const rows = await ctx.db
    .update(callListEntries)
    .set({ callId: null, numberHmac: null, orgId: null, contactId: null, serviceContract: null, anonymisedAt: ctx.now })
    .where(eq(callListEntries.callId, callId))
    .returning({ id: callListEntries.id });
  if (rows.length === 0) throw new AppError('NOT_FOUND');
  // The audit event names the entries, not the call id (which could lead back to the caller).
  await ctx.audit({ action: 'calls.anonymised', targetType: 'call_list_entry', targetId: rows[0]!.id, details: { entries: rows.map((r) => r.id) } });
  return { anonymised: rows.length };
}
