import { createTranslator, type MessageKeys, type NestedKeyOf } from 'next-intl';
import { catalogues, type Catalogue } from './catalogues';
import type { Locale } from './config';

/** Every message key, as a full dotted path: 'dpa.sign.title'. */
export type MessageKey = MessageKeys<Catalogue, NestedKeyOf<Catalogue>>;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** The same for every translator in and outside a request (lib/i18n/request.ts uses it too). */
export const timeZone = 'Europe/Berlin';

export function onIntlError(error: Error) {
  // A missing message or a broken ICU pattern shows as its key (getMessageFallback); the log says why.
  console.error(`[i18n] ${error.message}`);
}

const cache = new Map<Locale, Translate>();

/**
 * Full-key translation for code outside a request: mails, PDFs, the worker; and, through getT(),
 * for pages not yet moved to getTranslations(namespace). ICU messages ({count, plural, …}).
 *
 * Without vars, a message with placeholders comes back as its raw pattern: client components that
 * still get label bags fill `{email}` themselves. That goes away with the last label bag.
 */
export function translator(locale: Locale): Translate {
  let t = cache.get(locale);
  if (!t) {
    const intl = createTranslator({ locale, messages: catalogues[locale], timeZone, onError: onIntlError });
    t = (key, vars) => (vars === undefined && intl.raw(key).includes('{') ? (intl.raw(key) as string) : intl(key, vars));
    cache.set(locale, t);
  }
  return t;
}

export function isMessageKey(key: string): key is MessageKey {
  let node: unknown = catalogues.de;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}
