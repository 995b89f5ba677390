import { useLocale, useTranslations } from 'next-intl';
import { CheckIcon, CrossIcon } from '@/app/_components/icons';
import { Badge } from '@/app/_components/ui/badge';
import { Callout } from '@/app/_components/ui/callout';
import { formatInTimeZone, formatUtc } from '@/lib/pdf/evidence-time';
import type { SealView } from '@/lib/verify/verify-document';
import styles from './verify.module.css';

type Props = { seal: SealView; providerName: string; timeZone: string };

/** The PAdES seal of the checked file: valid (by whom, when, timestamp), invalid (why) or absent. */
export function SealResultView({ seal, providerName, timeZone }: Props) {
  const t = useTranslations('seal.verify');
  const locale = useLocale();
  const when = (iso: string) => `${formatInTimeZone(new Date(iso), timeZone, locale)} (${formatUtc(new Date(iso))})`;

  if (seal.status === 'absent') {
    return (
      <Callout tone="info">
        <h3 className={styles.outcomeTitle}>{t('absentTitle')}</h3>
        <p>{t('absentText')}</p>
      </Callout>
    );
  }
  if (seal.status === 'invalid') {
    const why = { modified: t('invalid.modified'), signature: t('invalid.signature'), format: t('invalid.format') };
    return (
      <Callout tone="danger">
        <h3 className={`${styles.outcomeTitle} ${styles.notIssued}`}>
          <span className={styles.outcomeIcon}>
            <CrossIcon />
          </span>
          {t('invalidTitle')}
        </h3>
        <p>{why[seal.reason]}</p>
      </Callout>
    );
  }
  return (
    <Callout tone={seal.provider ? 'success' : 'warning'}>
      <h3 className={`${styles.outcomeTitle} ${seal.provider ? styles.issued : ''}`}>
        <span className={styles.outcomeIcon}>
          <CheckIcon />
        </span>
        {t('validTitle')}
      </h3>
      <p>{seal.provider ? t('providerSeal', { provider: providerName }) : t('foreignSeal', { provider: providerName })}</p>
      <dl className={styles.facts}>
        <div>
          <dt>{t('sealedBy')}</dt>
          <dd>{seal.sealedBy}</dd>
        </div>
        <div>
          <dt>{t('level')}</dt>
          <dd>
            <Badge tone={seal.level === 'B-T' ? 'success' : 'neutral'}>{seal.level === 'B-T' ? t('levelBT') : t('levelBB')}</Badge>
          </dd>
        </div>
        <div className={styles.wide}>
          <dt>{t('sealedAt')}</dt>
          <dd>{seal.sealedAt ? when(seal.sealedAt) : t('notStated')}</dd>
        </div>
        <div className={styles.wide}>
          <dt>{t('timestamp')}</dt>
          <dd>{seal.timestamp ? t('timestampValue', { time: when(seal.timestamp.time), authority: seal.timestamp.authority }) : t('noTimestamp')}</dd>
        </div>
        <div className={styles.wide}>
          <dt>{t('subject')}</dt>
          <dd>{seal.subject}</dd>
        </div>
        <div className={styles.wide}>
          <dt>{t('certificate')}</dt>
          <dd>
            <code>{seal.certificateSha256}</code>
          </dd>
        </div>
      </dl>
    </Callout>
  );
}
