'use server';

import { eq } from 'drizzle-orm';
import { cookies, headers } from 'next/headers';
import { z } from 'zod';
import { users } from '@/db/schema';
import { action } from '@/lib/action';
import type { Actor } from '@/lib/auth/authorize';
import { roleIn } from '@/lib/auth/permissions';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { localeCookie, locales } from '@/lib/i18n/config';

const setLocaleInput = z.object({ locale: z.enum(locales) });

const oneYear = 60 * 60 * 24 * 365;

/**
 * The language switch. Public, because the sign-in page has it too; the choice is remembered in a
 * cookie and, for a signed-in user, in users.locale (mails and PDFs use it), with an audit event.
 */
const setLocale = action<typeof setLocaleInput, { locale: string }, Actor | null>(
  { permission: 'public', schema: setLocaleInput },
  async ({ actor, input, tx, meta }) => {
    const h = await headers();
    const https =
      h.get('x-forwarded-proto') === 'https' || (process.env.APP_URL ?? '').startsWith('https://');
    (await cookies()).set(localeCookie, input.locale, {
      path: '/',
      maxAge: oneYear,
      sameSite: 'lax',
      secure: https,
      httpOnly: false,
    });
    if (actor && actor.locale !== input.locale) {
      await tx.update(users).set({ locale: input.locale }).where(eq(users.id, actor.userId));
      await writeAuditEvent(
        tx,
        { userId: actor.userId, role: roleIn(actor), ip: meta.ip, userAgent: meta.userAgent },
        {
          action: 'user.locale_changed',
          targetType: 'user',
          targetId: actor.userId,
          details: { from: actor.locale, to: input.locale },
        },
      );
    }
    return { locale: input.locale };
  },
);

/** For `<form action={setLocaleAction}>`: works without JavaScript (the page re-renders in the new language). */
export async function setLocaleAction(formData: FormData): Promise<void> {
  await setLocale(formData);
}
