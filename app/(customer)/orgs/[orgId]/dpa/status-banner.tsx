import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { buttonClass, ButtonRow } from '@/app/_components/ui/button';
import type { DpaReview } from '@/lib/dpa/get-dpa-review';
import { Checksum, Facts } from '../_components/facts';
import styles from './dpa.module.css';
import { ShowHeading } from './show-heading';

// The answer to "where do we stand?" at the top of the review page: signed and current, signed
// just now, a new version to sign, not signed, or not eligible (why, and whom to ask). Signing is
// the page's main action wherever it is possible: then "Unterzeichnen" is the primary button.

const tone = { current: 'success', outdated: 'warning', none: 'danger', not_eligible: 'info' } as const;

export async function StatusBanner({ review, signedNow }: { review: DpaReview; signedNow: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('dpa'), getLocale()]);
  const { org, agreement, template, status, contact } = review;
  const vars = { org: org.legalName, provider: contact.providerName };
  const title = signedNow ? t('status.signedNow.title') : t(`status.${status}.title`);
  const text = signedNow
    ? t('status.signedNow.text', vars)
    : status === 'outdated'
      ? t('status.outdated.text', { signed: agreement?.version ?? '', current: template?.version ?? '' })
      : t(`status.${status}.text`, vars);

  return (
    <section
      id="status"
      className={`${styles.status} ${styles[signedNow ? 'success' : tone[status]]}`}
      aria-labelledby="dpa-status-title"
      role={signedNow ? 'status' : undefined}
    >
      <h2 id="dpa-status-title" tabIndex={signedNow ? -1 : undefined}>
        {title}
      </h2>
      {signedNow ? <ShowHeading id="dpa-status-title" /> : null}
      <p>{text}</p>
      {status === 'not_eligible' ? (
        <>
          <p>{t('status.not_eligible.contact', vars)}</p>
          <ul className={styles.contacts}>
            <li>
              {t('contact.email')}: <a href={`mailto:${contact.supportEmail}`}>{contact.supportEmail}</a>
            </li>
            <li>
              {t('contact.phone')}: <a href={`tel:${contact.supportPhone.replace(/[^+\d]/g, '')}`}>{contact.supportPhone}</a>
            </li>
          </ul>
        </>
      ) : null}
      {!template && status !== 'not_eligible' ? <p>{t('status.noVersion')}</p> : null}
      {agreement ? (
        <Facts
          items={[
            { label: t('agreement.version'), value: t('versionValue', { version: agreement.version }) },
            { label: t('agreement.signedAt'), value: formatDateTime(agreement.signedAt, locale, review.timeZone) },
            {
              label: t('agreement.signedBy'),
              value: (
                <>
                  {agreement.signerName}
                  <span className="muted">, {agreement.signerPosition}</span>
                </>
              ),
            },
            agreement.pdfSha256 ? { label: t('agreement.pdfSha256'), value: <Checksum value={agreement.pdfSha256} testId="pdf-sha256" />, wide: true } : null,
          ]}
        />
      ) : null}
      {agreement && !agreement.hasPdf ? <p className="muted">{t('agreement.noPdf')}</p> : null}
      <div className={styles.actions}>
        <ButtonRow>
          {review.canSign ? (
            <a className={buttonClass({ variant: 'primary' })} href="#sign">
              {t('toc.sign')}
            </a>
          ) : null}
          {agreement?.hasPdf ? (
            <a className={buttonClass({ variant: review.canSign ? 'secondary' : 'primary' })} href={`/api/orgs/${org.id}/agreements/${agreement.id}/pdf`} download>
              {t('agreement.download')}
            </a>
          ) : null}
          {status === 'outdated' ? (
            <Link className={buttonClass({ variant: 'secondary' })} href={`/orgs/${org.id}/dpa/changes`}>
              {t('link.changes')}
            </Link>
          ) : null}
          {agreement?.hasPdf ? (
            <Link className={buttonClass({ variant: 'ghost' })} href="/verify">
              {t('agreement.verify')}
            </Link>
          ) : null}
        </ButtonRow>
      </div>
    </section>
  );
}
