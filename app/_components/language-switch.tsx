import { setLocaleAction } from '@/app/_actions/set-locale';
import { locales, type Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';

const names: Record<Locale, string> = { de: 'Deutsch', en: 'English' };

/** One tiny form per language, so switching works without JavaScript too. */
export function LanguageSwitch({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <div className="lang-switch" role="group" aria-label={t('nav.language')}>
      {locales.map((code) => (
        <form key={code} action={setLocaleAction}>
          <input type="hidden" name="locale" value={code} />
          <button
            type="submit"
            className="lang-switch-button"
            lang={code}
            aria-pressed={code === locale}
            aria-label={code === locale ? t('nav.languageCurrent', { language: names[code] }) : names[code]}
            title={names[code]}
          >
            {code.toUpperCase()}
          </button>
        </form>
      ))}
    </div>
  );
}
