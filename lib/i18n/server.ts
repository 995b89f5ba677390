import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { defaultLocale, isLocale, localeCookie, type Locale } from './config';
import { translator } from './translate';

/**
 * No locale in the URL (no i18n routing): the cookie wins (the user's choice, remembered); else the
 * browser's first supported language; else German. next-intl gets it from here (lib/i18n/request.ts).
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(localeCookie)?.value;
  if (isLocale(chosen)) return chosen;
  const accept = (await headers()).get('accept-language') ?? '';
  for (const part of accept.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
});

/**
 * Full-key translation in a request: `t('dpa.sign.title', vars)`. New code uses next-intl directly,
 * `getTranslations('dpa')` in async server components and `useTranslations('dpa')` elsewhere.
 */
export async function getT() {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}
