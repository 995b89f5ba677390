import { createHash } from 'node:crypto';
import type { Locale } from '@/lib/i18n/config';

// The sentence shown next to the sign button. The agreement stores the SHA-256 of exactly this
// text, so it lives in one place: the review page shows it and signAgreement() hashes it, and
// both compute it from the same three inputs (language, organisation, version).

export type ConsentTextInput = { legalName: string; version: number };

const consent: Record<Locale, (input: ConsentTextInput) => string> = {
  de: ({ legalName, version }) =>
    `Ich bestätige, dass ich berechtigt bin, ${legalName} zu vertreten, und schließe den Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO in der Fassung ${version} mit seinen Anlagen I bis IV, wie oben angezeigt, verbindlich in einem elektronischen Format (Textform, § 126b BGB) ab.`,
  en: ({ legalName, version }) =>
    `I confirm that I am authorised to represent ${legalName} and bindingly conclude, in an electronic format (text form), the data processing agreement under Art. 28 GDPR, version ${version}, with its Annexes I to IV as shown above.`,
};

export function consentText(locale: Locale, input: ConsentTextInput): string {
  return consent[locale](input);
}

export function consentTextSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
