import type { Locale } from '@/lib/i18n/config';
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

const copy = {
  de: {
    subject: (m: AgreementSignedMail) => `Ihr AV-Vertrag (Version ${m.version}) für ${m.legalName} ist unterzeichnet`,
    title: 'AV-Vertrag unterzeichnet',
    lines: (m: AgreementSignedMail) => [
      `Guten Tag ${m.signerName},`,
      `Sie haben am ${m.signedAtText} den Vertrag zur Auftragsverarbeitung (Version ${m.version}) für ${m.legalName} (Kundennummer ${m.customerNumber}) im AV-Portal unterzeichnet. Das unterzeichnete PDF mit allen Anlagen und dem Nachweis des Vertragsschlusses finden Sie im Anhang.`,
      `SHA-256-Prüfsumme des PDF: ${m.pdfSha256}`,
      `Ob ein PDF von uns ausgestellt wurde, können Sie jederzeit hier prüfen: ${m.verifyUrl}`,
    ],
    action: 'Vertrag im Portal ansehen',
  },
  en: {
    subject: (m: AgreementSignedMail) => `Your data processing agreement (version ${m.version}) for ${m.legalName} is signed`,
    title: 'Data processing agreement signed',
    lines: (m: AgreementSignedMail) => [
      `Hello ${m.signerName},`,
      `on ${m.signedAtText} you signed the data processing agreement (version ${m.version}) for ${m.legalName} (customer number ${m.customerNumber}) in the DPA Portal. The signed PDF with all annexes and the evidence of conclusion is attached.`,
      `SHA-256 checksum of the PDF: ${m.pdfSha256}`,
      `You can check at any time whether a PDF was issued by us: ${m.verifyUrl}`,
    ],
    action: 'View the agreement in the portal',
  },
} as const;

export function agreementSignedMail(locale: Locale, mail: AgreementSignedMail) {
  const c = copy[locale];
  const lines = c.lines(mail);
  return {
    subject: c.subject(mail),
    text: `${lines.join('\n\n')}\n\n${c.action}: ${mail.reviewUrl}\n`,
    html: htmlMail(c.title, lines, { label: c.action, url: mail.reviewUrl }),
  };
}
