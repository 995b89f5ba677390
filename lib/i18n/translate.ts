import type { Locale } from './config';
import { messages, type MessageKey } from './messages';

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Looks a key up in the locale's dictionary; `{name}` placeholders are filled from vars. */
export function translator(locale: Locale): Translate {
  const dictionary = messages[locale];
  return (key, vars) => {
    const template = dictionary[key] ?? messages.de[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    );
  };
}

export function isMessageKey(key: string): key is MessageKey {
  return key in messages.de;
}
