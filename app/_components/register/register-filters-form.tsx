import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button';
import fieldStyles from '@/app/_components/ui/field.module.css';
import { getLocale } from '@/lib/i18n/server';
import { safeguards, subprocessorStatuses, type RegisterFilters } from '@/lib/register/register-filters';
import { countryName } from './register-table';
import styles from './register.module.css';

type Choice = { value: string; label: string };

/** A labelled select of a GET form (server-rendered: no client code for a filter). */
function FilterSelect({ id, label, value, choices }: { id: string; label: string; value: string; choices: readonly Choice[] }) {
  return (
    <div className={`${fieldStyles.field} ${styles.filterField}`}>
      <label htmlFor={id} className={fieldStyles.label}>
        {label}
      </label>
      <select id={id} name={id} defaultValue={value} className={fieldStyles.control}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The register's filters as a GET form: every view lives in the URL and can be shared. */
export async function RegisterFiltersForm({
  action,
  day,
  filters,
  services,
  countries,
  view,
}: {
  action: string;
  day: string;
  filters: RegisterFilters;
  services: { id: string; name: { de: string; en: string } }[];
  countries: string[];
  /** Staff only: the register on a day, or every entry (with a status filter). */
  view?: 'register' | 'all';
}) {
  const [t, locale] = await Promise.all([getTranslations('register'), getLocale()]);
  const any = { value: '', label: t('filter.any') };
  return (
    <form className={styles.filters} method="get" action={action} aria-label={t('filters')}>
      {view ? (
        <FilterSelect
          id="view"
          label={t('filter.viewLabel')}
          value={view}
          choices={[
            { value: 'register', label: t('filter.view.register') },
            { value: 'all', label: t('filter.view.all') },
          ]}
        />
      ) : null}
      {view !== 'all' ? (
        <div className={`${fieldStyles.field} ${styles.filterField}`}>
          <label htmlFor="asOf" className={fieldStyles.label}>
            {t('filter.asOf')}
          </label>
          <input id="asOf" name="asOf" type="date" defaultValue={day} aria-describedby="asOf-hint" className={fieldStyles.control} />
          <p id="asOf-hint" className={fieldStyles.hint}>
            {t('filter.asOfHint')}
          </p>
        </div>
      ) : (
        <FilterSelect
          id="status"
          label={t('filter.status')}
          value={filters.status ?? ''}
          choices={[any, ...subprocessorStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
      )}
      <FilterSelect
        id="service"
        label={t('filter.service')}
        value={filters.serviceId ?? ''}
        choices={[any, ...services.map((s) => ({ value: s.id, label: s.name[locale] }))]}
      />
      <FilterSelect
        id="country"
        label={t('filter.country')}
        value={filters.country ?? ''}
        choices={[any, ...countries.map((c) => ({ value: c, label: countryName(c, locale) }))]}
      />
      <FilterSelect
        id="safeguard"
        label={t('filter.safeguard')}
        value={filters.safeguard ?? ''}
        choices={[any, ...safeguards.map((s) => ({ value: s, label: t(`safeguard.${s}`) }))]}
      />
      <div className={styles.filterActions}>
        <button type="submit" className={buttonClass()}>
          {t('filter.apply')}
        </button>
        <Link href={action} className={buttonClass({ variant: 'ghost' })}>
          {t('filter.reset')}
        </Link>
      </div>
    </form>
  );
}
