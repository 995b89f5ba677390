import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import type { Locale } from '@/lib/i18n/config';

/** A person's language for pages, mails and PDFs; audited with the old and new value. */
export async function setUserLocale(ctx: Ctx, input: { locale: Locale }) {
  if (ctx.actor.locale === input.locale) return;
  await ctx.db.update(users).set({ locale: input.locale }).where(eq(users.id, ctx.actor.userId));
  await ctx.audit({
    action: 'user.locale_changed',
    targetType: 'user',
    targetId: ctx.actor.userId,
    details: { from: ctx.actor.locale, to: input.locale },
  });
}
