import Link from 'next/link';
import { formatDateTime } from '@/app/_components/format';
import type { DpaReview } from '@/lib/dpa/get-dpa-review';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';

// The answer to "where do we stand?" at the top of the review page: signed and current, signed
// just now, a new version to sign, not signed, or not eligible (why, and whom to ask).

type Props = { review: DpaReview; t: Translate; locale: Locale; signedNow: boolean };

const tone = { current: 'success', outdated: 'warning', none: 'danger', not_eligible: 'info' } as const;

export function StatusBanner({ review, t, locale, signedNow }: Props) {
  const { org, agreement, template, status, contact } = review;
  const vars = { org: org.legalName, provider: contact.providerName };
  const title = signedNow ? t('dpa.status.signedNow.title') : t(`dpa.status.${status}.title`);
  const text = signedNow
    ? t('dpa.status.signedNow.text', vars)
    : status === 'outdated'
      ? t('dpa.status.outdated.text', { signed: agreement?.version ?? '', current: template?.version ?? '' })
      : t(`dpa.status.${status}.text`, vars);

  return (
    <section
      id="status"
      className={`callout callout-${signedNow ? 'success' : tone[status]} dpa-status`}
      aria-labelledby="dpa-status-title"
      role={signedNow ? 'status' : undefined}
    >
      <h2 id="dpa-status-title">{title}</h2>
      <p>{text}</p>
      {status === 'not_eligible' ? (
        <>
          <p>{t('dpa.status.not_eligible.contact', vars)}</p>
          <ul className="plain-list">
            <li>
              {t('dpa.contact.email')}: <a href={`mailto:${contact.supportEmail}`}>{contact.supportEmail}</a>
            </li>
            <li>
              {t('dpa.contact.phone')}: <a href={`tel:${contact.supportPhone.replace(/[^+\d]/g, '')}`}>{contact.supportPhone}</a>
            </li>
          </ul>
        </>
      ) : null}
      {!template && status !== 'not_eligible' ? <p>{t('dpa.status.noVersion')}</p> : null}
      {agreement ? (
        <dl className="facts dpa-facts">
          <div>
            <dt>{t('dpa.agreement.version')}</dt>
            <dd>{t('dpa.versionValue', { version: agreement.version })}</dd>
          </div>
          <div>
            <dt>{t('dpa.agreement.signedAt')}</dt>
            <dd>{formatDateTime(agreement.signedAt, locale, review.timeZone)}</dd>
          </div>
          <div>
            <dt>{t('dpa.agreement.signedBy')}</dt>
            <dd>
              {agreement.signerName}
              <span className="muted">, {agreement.signerPosition}</span>
            </dd>
          </div>
          {agreement.pdfSha256 ? (
            <div className="dpa-facts-wide">
              <dt>{t('dpa.agreement.pdfSha256')}</dt>
              <dd>
                <code className="dpa-hash" data-testid="pdf-sha256">
                  {agreement.pdfSha256}
                </code>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {agreement && !agreement.hasPdf ? <p className="muted">{t('dpa.agreement.noPdf')}</p> : null}
      <div className="button-row">
        {agreement?.hasPdf ? (
          <a className="button button-primary" href={`/api/orgs/${org.id}/agreements/${agreement.id}/pdf`} download>
            {t('dpa.agreement.download')}
          </a>
        ) : null}
        {status === 'outdated' ? (
          <Link className="button button-secondary" href={`/orgs/${org.id}/dpa/changes`}>
            {t('dpa.link.changes')}
          </Link>
        ) : null}
        {review.canSign ? (
          <a className="button button-secondary" href="#sign">
            {t('dpa.toc.sign')}
          </a>
        ) : null}
        {agreement?.hasPdf ? (
          <Link className="button button-ghost" href="/verify">
            {t('dpa.agreement.verify')}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
