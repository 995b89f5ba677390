import type { DpaReview } from '@/lib/dpa/get-dpa-review';
import type { Locale } from '@/lib/i18n/config';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Translate } from '@/lib/i18n/translate';
import { SignForm } from './sign-form';

// The end of the review page: the signing form for a signatory who can sign, a note naming the
// signatories for a member, nothing for staff (the page says at the top that staff do not sign).

type Props = { review: DpaReview; t: Translate; locale: Locale };

/** The schema's message keys, translated for the form's check before the dialog opens. */
const schemaMessages: MessageKey[] = [
  'dpa.sign.fullNameRequired',
  'dpa.sign.fullNameTooShort',
  'dpa.sign.positionRequired',
  'dpa.sign.positionTooShort',
  'dpa.sign.confirmRequired',
  'validation.tooLong',
  'validation.invalid',
];

export function SignPanel({ review, t, locale }: Props) {
  const { viewer, org, template } = review;
  if (viewer.kind === 'staff') return null;

  if (viewer.role !== 'signatory') {
    if (!review.eligible || review.agreement?.isCurrent) return null;
    const names = review.signatories.join(', ');
    return (
      <section id="sign" className="card dpa-sign" aria-labelledby="sign-title">
        <h2 id="sign-title">{t('dpa.sign.title')}</h2>
        <p>
          {names
            ? t('dpa.sign.onlySignatories', { names })
            : t('dpa.sign.noSignatories', { email: review.contact.supportEmail })}
        </p>
      </section>
    );
  }

  if (!review.canSign || !template || !review.consentText) return null;
  return (
    <section id="sign" className="card dpa-sign" aria-labelledby="sign-title">
      <h2 id="sign-title">{t('dpa.sign.title')}</h2>
      <p>{t('dpa.sign.intro')}</p>
      <SignForm
        orgId={org.id}
        templateVersionId={template.id}
        locale={locale}
        legalName={org.legalName}
        versionLabel={`${t('dpa.pageTitle')}, ${t('dpa.versionValue', { version: template.version })}`}
        consentText={review.consentText}
        prefill={review.prefill}
        messages={Object.fromEntries(schemaMessages.map((key) => [key, t(key)]))}
        labels={{
          consentHeading: t('dpa.sign.consentHeading'),
          confirmAuthority: t('dpa.sign.confirmAuthority', { org: org.legalName }),
          fullName: t('dpa.sign.fullName'),
          fullNameHint: t('dpa.sign.fullNameHint'),
          position: t('dpa.sign.position'),
          positionHint: t('dpa.sign.positionHint'),
          submit: t('dpa.sign.submit'),
          dialogTitle: t('dpa.sign.dialogTitle'),
          dialogText: t('dpa.sign.dialogText'),
          summaryOrg: t('dpa.sign.summary.org'),
          summaryVersion: t('dpa.sign.summary.version'),
          summarySigner: t('dpa.sign.summary.signer'),
          confirm: t('dpa.sign.confirm'),
          cancel: t('dpa.sign.cancel'),
          signing: t('dpa.sign.signing'),
          fixErrors: t('dpa.sign.fixErrors'),
          done: t('dpa.sign.done'),
          reload: t('dpa.sign.reload'),
        }}
      />
    </section>
  );
}
