import { hyphenateSync as hyphenateDe } from 'hyphen/de';
import { hyphenateSync as hyphenateEn } from 'hyphen/en';
import type { Locale } from '@/lib/i18n/config';

// Narrow columns (Annex IV on a phone, the staff preview) must break long compounds
// ("Unterauftragsverarbeiter") with a hyphen, not mid-word. CSS `hyphens: auto` does that only where
// the browser has a dictionary, and Chromium on Linux and Windows has none, so the renderer puts
// soft hyphens (U+00AD) into long words itself: invisible unless a line breaks there.

/** Words shorter than this never need a break inside them. */
const minWordLength = 10;

export function softHyphens(text: string, locale: Locale): string {
  return locale === 'de' ? hyphenateDe(text, { minWordLength }) : hyphenateEn(text, { minWordLength });
}
