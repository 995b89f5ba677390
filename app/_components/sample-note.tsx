import { getTranslations } from 'next-intl/server';
import styles from './sample-note.module.css';

/** "Demo data: every company, person and address is invented", wherever demo data shows. */
export async function SampleNote() {
  const t = await getTranslations('footer');
  return <p className={styles.note}>{t('sample')}</p>;
}
