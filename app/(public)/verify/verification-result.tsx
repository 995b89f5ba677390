import { formatDateTime } from '@/app/_components/format';
import { CheckIcon, CrossIcon } from '@/app/_components/icons';
import { Badge, type Tone } from '@/app/_components/status-badge';
import type { Locale } from '@/lib/i18n/config';
import { formatInTimeZone, formatUtc } from '@/lib/pdf/evidence-blocks';
import type { VerificationResult } from '@/lib/verify/verify-document';
import type { VerifyText } from './verify-form';

type Props = {
  result: VerificationResult;
  /** What was submitted: a file that matches nothing may have been altered; a hash may be mistyped. */
  checked: 'file' | 'sha256';
  text: VerifyText;
  locale: Locale;
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
export function VerificationResultView({ result, checked, text, locale, providerName, supportEmail, timeZone }: Props) {
  const fingerprint = (
    <p className="verify-fingerprint">
      <span className="muted small">{text('verify.result.fingerprint')}</span>
      <code>{result.sha256}</code>
    </p>
  );

  if (!result.issued) {
    return (
      <section className="callout callout-danger verify-outcome" aria-labelledby="verify-outcome-title">
        <h3 id="verify-outcome-title" className="verify-outcome-title">
          <span className="verify-outcome-icon">
            <CrossIcon />
          </span>
          {text('verify.result.notIssuedTitle', { provider: providerName })}
        </h3>
        <p>{text(checked === 'file' ? 'verify.result.notIssuedFile' : 'verify.result.notIssuedHash')}</p>
        {supportEmail ? (
          <p className="small">
            {text('verify.result.notIssuedHelp')} <a href={`mailto:${supportEmail}`}>{supportEmail}</a>
          </p>
        ) : null}
        {fingerprint}
      </section>
    );
  }

  const { agreement } = result;
  const signedAt = new Date(agreement.signedAt);
  // Times the same way the PDF's evidence page states them, so the two can be compared side by side.
  return (
    <section className="callout callout-success verify-outcome" aria-labelledby="verify-outcome-title">
      <h3 id="verify-outcome-title" className="verify-outcome-title">
        <span className="verify-outcome-icon">
          <CheckIcon />
        </span>
        {text('verify.result.issuedTitle', { provider: providerName })}
      </h3>
      <p>{text('verify.result.issuedText')}</p>
      <dl className="verify-facts">
        <div>
          <dt>{text('verify.result.organisation')}</dt>
          <dd>{agreement.organisation.legalName}</dd>
        </div>
        <div>
          <dt>{text('verify.result.customerNumber')}</dt>
          <dd>{agreement.organisation.customerNumber}</dd>
        </div>
        <div>
          <dt>{text('verify.result.version')}</dt>
          <dd>
            {text('verify.result.versionValue', {
              dpa: String(agreement.templateVersion),
              toms: String(agreement.tomsVersion),
            })}
          </dd>
        </div>
        <div>
          <dt>{text('verify.result.status')}</dt>
          <dd>
            <Badge tone={statusTone[agreement.status]}>{text(`verify.result.status.${agreement.status}`)}</Badge>
          </dd>
        </div>
        <div>
          <dt>{text('verify.result.signedUtc')}</dt>
          <dd>{formatUtc(signedAt)}</dd>
        </div>
        <div>
          <dt>{text('verify.result.signedLocal', { timeZone })}</dt>
          <dd>{formatInTimeZone(signedAt, timeZone, locale)}</dd>
        </div>
        <div className="verify-facts-wide">
          <dt>{text('verify.result.agreement')}</dt>
          <dd>
            <code>{agreement.id}</code>
          </dd>
        </div>
      </dl>
      {agreement.status === 'superseded' && agreement.supersededAt ? (
        <p className="notice notice-warning">
          {text('verify.result.superseded', { date: formatDateTime(new Date(agreement.supersededAt), locale, timeZone) })}
        </p>
      ) : null}
      {agreement.status === 'terminated' && agreement.terminatedAt ? (
        <p className="notice notice-warning">
          {text('verify.result.terminated', { date: formatDateTime(new Date(agreement.terminatedAt), locale, timeZone) })}
        </p>
      ) : null}
      {fingerprint}
    </section>
  );
}
