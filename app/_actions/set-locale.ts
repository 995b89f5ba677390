'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { publicAction } from '@/lib/core/action';
import { setUserLocale } from '@/lib/account/set-user-locale';
import { env } from '@/lib/env';
import { localeCookie, locales } from '@/lib/i18n/config';

const setLocaleInput = z.object({ locale: z.enum(locales) });

const oneYear = 60 * 60 * 24 * 365;

/**
 * The language switch. Public, because the sign-in page has it too; the choice is remembered in a
 * cookie and, for a signed-in user, in users.locale (mails and PDFs use it).
 */
const setLocale = publicAction({ schema: setLocaleInput }, async (ctx, input) => {
  (await cookies()).set(localeCookie, input.locale, {
    path: '/',
    maxAge: oneYear,
    sameSite: 'lax',
    secure: env().APP_URL.startsWith('https://'),
    httpOnly: false,
  });
  if (ctx.actor) await setUserLocale({ ...ctx, actor: ctx.actor }, input);
  return { locale: input.locale };
});

/** For `<form action={setLocaleAction}>`: works without JavaScript (the page re-renders in the new language). */
export async function setLocaleAction(formData: FormData): Promise<void> {
  await setLocale(formData);
}
