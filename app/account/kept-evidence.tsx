import { getTranslations } from 'next-intl/server';
import { getSettings } from '@/lib/core/settings';
import { retentionMessageValues, retentionPeriods } from '@/lib/records/retention';
import styles from './account.module.css';

/** What a deletion keeps as evidence, why and how long: on the account page and after the deletion. */
export async function KeptEvidence() {
  const [t, provider] = await Promise.all([getTranslations('account.delete'), getSettings()]);
  const years = retentionMessageValues(retentionPeriods(provider));
  return (
    <ul className={styles.kept}>
      <li>{t('keptAgreements', years)}</li>
      <li>{t('keptAudit', years)}</li>
      <li>{t('keptObjections')}</li>
    </ul>
  );
}
