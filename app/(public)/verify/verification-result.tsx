import { useLocale, useTranslations } from 'next-intl';
import { formatDateTime } from '@/app/_components/format';
import { CheckIcon, CrossIcon } from '@/app/_components/icons';
import { Badge, type Tone } from '@/app/_components/ui/badge';
import { Callout } from '@/app/_components/ui/callout';
import { formatInTimeZone, formatUtc } from '@/lib/pdf/evidence-time';
import type { VerificationResult } from '@/lib/verify/verify-document';
import { SealResultView } from './seal-result';
import styles from './verify.module.css';

type Props = {
  result: VerificationResult;
  /** What was submitted: a file that matches nothing may have been altered; a hash may be mistyped. */
  checked: 'file' | 'sha256';
  providerName: string;
  supportEmail: string | null;
  timeZone: string;
};

const statusTone: Record<'active' | 'superseded' | 'terminated', Tone> = {
  active: 'success',
  superseded: 'warning',
  terminated: 'neutral',
};

/** The answer: "issued by us" with the agreement's public facts, or "not issued by us". */
export function VerificationResultView(props: Props) {
  const { result, providerName, timeZone } = props;
  return (
    <>
      <IssuedResultView {...props} />
      {result.seal ? <SealResultView seal={result.seal} providerName={providerName} timeZone={timeZone} /> : null}
    </>
  );
}

function IssuedResultView({ result, checked, providerName, supportEmail, timeZone }: Props) {
  const t = useTranslations('verify.result');
  const locale = useLocale();
  const fingerprint = (
    <p className={styles.fingerprint}>
      <span className="muted">{t('fingerprint')}</span>
      <code>{result.sha256}</code>
    </p>
  );

  if (!result.issued) {
    return (
      <Callout tone="danger">
        <h3 className={`${styles.outcomeTitle} ${styles.notIssued}`}>
          <span className={styles.outcomeIcon}>
            <CrossIcon />
          </span>
          {t('notIssuedTitle', { provider: providerName })}
        </h3>
        <p>{t(checked === 'file' ? 'notIssuedFile' : 'notIssuedHash')}</p>
        {supportEmail ? (
          <p>
            {t('notIssuedHelp')} <a href={`mailto:${supportEmail}`}>{supportEmail}</a>
          </p>
        ) : null}
        {fingerprint}
      </Callout>
    );
  }

  const { agreement } = result;
  const signedAt = new Date(agreement.signedAt);
  // Times the same way the PDF's evidence page states them, so the two can be compared side by side.
  return (
    <Callout tone="success">
      <h3 className={`${styles.outcomeTitle} ${styles.issued}`}>
        <span className={styles.outcomeIcon}>
          <CheckIcon />
        </span>
        {t('issuedTitle', { provider: providerName })}
      </h3>
      <p>{t('issuedText')}</p>
      <dl className={styles.facts}>
        <div>
          <dt>{t('organisation')}</dt>
          <dd>{agreement.organisation.legalName}</dd>
        </div>
        <div>
          <dt>{t('customerNumber')}</dt>
          <dd>{agreement.organisation.customerNumber}</dd>
        </div>
        <div>
          <dt>{t('version')}</dt>
          <dd>{t('versionValue', { dpa: agreement.templateVersion, toms: agreement.tomsVersion })}</dd>
        </div>
        <div>
          <dt>{t('statusLabel')}</dt>
          <dd>
            <Badge tone={statusTone[agreement.status]}>{t(`status.${agreement.status}`)}</Badge>
          </dd>
        </div>
        <div>
          <dt>{t('signedUtc')}</dt>
          <dd>{formatUtc(signedAt)}</dd>
        </div>
        <div>
          <dt>{t('signedLocal', { timeZone })}</dt>
          <dd>{formatInTimeZone(signedAt, timeZone, locale)}</dd>
        </div>
        <div className={styles.wide}>
          <dt>{t('agreement')}</dt>
          <dd>
            <code>{agreement.id}</code>
          </dd>
        </div>
      </dl>
      {agreement.status === 'superseded' && agreement.supersededAt ? (
        <Callout tone="warning">{t('superseded', { date: formatDateTime(new Date(agreement.supersededAt), locale, timeZone) })}</Callout>
      ) : null}
      {agreement.status === 'terminated' && agreement.terminatedAt ? (
        <Callout tone="warning">{t('terminated', { date: formatDateTime(new Date(agreement.terminatedAt), locale, timeZone) })}</Callout>
      ) : null}
      {fingerprint}
    </Callout>
  );
}
