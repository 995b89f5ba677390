// use-intl/core, not 'next-intl': the worker runs outside Next.js with the react-server condition,
// where next-intl's entry point pulls in its client provider.
import { createTranslator, type MessageKeys, type NestedKeyOf } from 'use-intl/core';
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
 * A message's pattern with its {placeholders}, from the catalogue as JSON (tests, scripts) or as
 * precompiled by the Next.js build (["Hallo ", ["name"], "!"]); null for plurals and selects.
 */
export function patternOf(raw: unknown): string | null {
  if (typeof raw === 'string') return raw;
  if (!Array.isArray(raw)) return null;
  let pattern = '';
  for (const node of raw) {
    if (typeof node === 'string') pattern += node;
    else if (Array.isArray(node) && node.length === 1 && typeof node[0] === 'string') pattern += `{${node[0]}}`;
    else return null;
  }
  return pattern;
}

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
    t = (key, vars) => {
      if (vars === undefined) {
        const pattern = patternOf(intl.raw(key));
        if (pattern?.includes('{')) return pattern;
      }
      return intl(key, vars);
    };
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
  // A message is a string, or an array once the build has precompiled it.
  return typeof node === 'string' || Array.isArray(node);
}
