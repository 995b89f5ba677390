import { getLocale, getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/app/_actions/set-locale';
import { locales, type Locale } from '@/lib/i18n/config';
import styles from './language-switch.module.css';

const names: Record<Locale, string> = { de: 'Deutsch', en: 'English' };

/**
 * One tiny form per language, so switching works without JavaScript too. The button's name starts
 * with what it shows ("DE Deutsch"): speech input users say what they see; aria-pressed tells
 * which language is on.
 */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('nav')]);
  return (
    <div className={styles.switch} role="group" aria-label={t('language')}>
      {locales.map((code) => (
        <form key={code} action={setLocaleAction}>
          <input type="hidden" name="locale" value={code} />
          <button type="submit" className={styles.button} lang={code} aria-pressed={code === locale} title={names[code]}>
            {code.toUpperCase()}
            <span className="visually-hidden"> {names[code]}</span>
          </button>
        </form>
      ))}
    </div>
  );
}
