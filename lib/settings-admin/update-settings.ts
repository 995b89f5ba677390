import 'server-only';
import { eq } from 'drizzle-orm';
import { settings } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { changedFields } from '@/lib/orgs/organisation-snapshot';
import type { SettingsInput } from './settings-input';

/**
 * An admin changes the provider settings (the one row, id = 1), audited with each changed value
 * before and after. A new notice period applies to agreements signed afterwards: each agreement
 * keeps the period frozen at its signing (DESIGN.md, "Agreement terms"), and this use case writes
 * to the settings row only, never to agreements.
 */
export async function updateSettings(ctx: Ctx, input: SettingsInput): Promise<{ changed: boolean }> {
  assertCan(ctx, 'admin.settings.manage');
  const [current] = await ctx.db.select().from(settings).where(eq(settings.id, 1)).for('update');
  const before = current
    ? {
        providerName: current.providerName,
        providerAddress: current.providerAddress,
        managingDirector: current.managingDirector,
        dpoName: current.dpoName,
        dpoEmail: current.dpoEmail,
        supportEmail: current.supportEmail,
        supportPhone: current.supportPhone,
        noticePeriodDays: current.noticePeriodDays,
        timeZone: current.timeZone,
      }
    : null;
  const diff = before ? changedFields(before, input) : { before: null, after: input, changed: true };
  if (!diff.changed) return { changed: false };
  await ctx.db
    .insert(settings)
    .values({ id: 1, ...input, updatedAt: ctx.now })
    .onConflictDoUpdate({ target: settings.id, set: { ...input, isSample: false, updatedAt: ctx.now } });
  await ctx.audit({ action: 'settings.update', targetType: 'settings', targetId: '1', details: { before: diff.before, after: diff.after } });
  return { changed: true };
}
