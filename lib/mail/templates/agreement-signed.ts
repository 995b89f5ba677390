import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

// Sent to the signer right after signing, with the signed PDF attached (the outbox attaches it
// from the agreement at send time). German and English; the signer's signing language decides.

export type AgreementSignedMail = {
  legalName: string;
  customerNumber: string;
  version: number;
  signerName: string;
  signedAtText: string;
  pdfSha256: string;
  reviewUrl: string;
  verifyUrl: string;
};

export function agreementSignedMail(locale: Locale, mail: AgreementSignedMail) {
  const t = translator(locale);
  const { legalName, customerNumber, version } = mail;
  const lines = [
    t('mail.greetingName', { name: mail.signerName }),
    t('mail.agreementSigned.body', { signedAt: mail.signedAtText, version, legalName, customerNumber }),
    t('mail.agreementSigned.checksum', { sha256: mail.pdfSha256 }),
    t('mail.agreementSigned.verify', { url: mail.verifyUrl }),
  ];
  const action = t('mail.agreementSigned.action');
  return {
    subject: t('mail.agreementSigned.subject', { version, legalName }),
    text: `${lines.join('\n\n')}\n\n${action}: ${mail.reviewUrl}\n`,
    html: htmlMail(t('mail.agreementSigned.title'), lines, { label: action, url: mail.reviewUrl }),
  };
}
