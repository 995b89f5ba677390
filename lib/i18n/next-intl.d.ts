import type { Catalogue } from './catalogues';
import type { Locale } from './config';

// Typed keys everywhere: t('dpa.sign.title') type-checks against the German catalogue (the
// reference; lib/i18n/catalogues.test.ts proves English has the same keys).
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Catalogue;
  }
}
