import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { safeguards, subprocessorStatuses, type RegisterFilters } from '@/lib/register/register-filters';
import { countryName } from './register-table';

/** The register's filters as a GET form: every view lives in the URL and can be shared. */
export function RegisterFiltersForm({
  action,
  t,
  locale,
  day,
  filters,
  services,
  countries,
  view,
}: {
  action: string;
  t: Translate;
  locale: Locale;
  day: string;
  filters: RegisterFilters;
  services: { id: string; name: { de: string; en: string } }[];
  countries: string[];
  /** Staff only: the register on a day, or every entry (with a status filter). */
  view?: 'register' | 'all';
}) {
  return (
    <form className="toolbar register-filters" method="get" action={action} aria-label={t('register.filters')}>
      {view ? (
        <div className="field">
          <label htmlFor="view">{t('register.filter.viewLabel')}</label>
          <select id="view" name="view" defaultValue={view}>
            <option value="register">{t('register.filter.view.register')}</option>
            <option value="all">{t('register.filter.view.all')}</option>
          </select>
        </div>
      ) : null}
      {view !== 'all' ? (
        <div className="field">
          <label htmlFor="asOf">{t('register.filter.asOf')}</label>
          <input id="asOf" name="asOf" type="date" defaultValue={day} aria-describedby="asOf-hint" />
          <p id="asOf-hint" className="field-hint">
            {t('register.filter.asOfHint')}
          </p>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="status">{t('register.filter.status')}</label>
          <select id="status" name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('register.filter.any')}</option>
            {subprocessorStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`register.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="service">{t('register.filter.service')}</label>
        <select id="service" name="service" defaultValue={filters.serviceId ?? ''}>
          <option value="">{t('register.filter.any')}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name[locale]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="country">{t('register.filter.country')}</label>
        <select id="country" name="country" defaultValue={filters.country ?? ''}>
          <option value="">{t('register.filter.any')}</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c, locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="safeguard">{t('register.filter.safeguard')}</label>
        <select id="safeguard" name="safeguard" defaultValue={filters.safeguard ?? ''}>
          <option value="">{t('register.filter.any')}</option>
          {safeguards.map((s) => (
            <option key={s} value={s}>
              {t(`register.safeguard.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-actions">
        <button type="submit" className="button button-primary">
          {t('register.filter.apply')}
        </button>
        <Link href={action} className="button button-ghost">
          {t('register.filter.reset')}
        </Link>
      </div>
    </form>
  );
}
