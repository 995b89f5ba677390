import { createHash } from 'node:crypto';
import type { Locale } from '@/lib/i18n/config';

// The sentence shown next to the sign button. The agreement stores the SHA-256 of exactly this
// text and the version it came from, so it lives in one place: the review page shows it and
// signAgreement() hashes it, both from the same inputs (language, organisation, DPA version).
// Versions are never edited or removed, only added: each one is stored in the consent_texts table
// the first time it is used (lib/dpa/consent-text-store.ts), so any old hash can be re-checked.

export type ConsentTextInput = { legalName: string; version: number };

/** Templates with {legalName} and {version}; the highest key is the one shown today. */
export const consentTemplates: Record<number, Record<Locale, string>> = {
  1: {
    de: 'Ich bestätige, dass ich berechtigt bin, {legalName} zu vertreten, und schließe den Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO in der Fassung {version} mit seinen Anlagen I bis IV, wie oben angezeigt, verbindlich in elektronischer Form ab.',
    en: 'I confirm that I am authorised to represent {legalName} and bindingly conclude, in electronic form, the data processing agreement under Art. 28 GDPR, version {version}, with its Annexes I to IV as shown above.',
  },
  // Art. 28(9) GDPR: "in an electronic format" (text form, § 126b BGB), not the qualified
  // "elektronische Form" of § 126a BGB, which this process does not meet.
  2: {
    de: 'Ich bestätige, dass ich berechtigt bin, {legalName} zu vertreten, und schließe den Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO in der Fassung {version} mit seinen Anlagen I bis IV, wie oben angezeigt, verbindlich in einem elektronischen Format (Art. 28 Abs. 9 DSGVO, Textform nach § 126b BGB) ab.',
    en: 'I confirm that I am authorised to represent {legalName} and bindingly conclude, in an electronic format (Art. 28(9) GDPR; text form under § 126b of the German Civil Code), the data processing agreement under Art. 28 GDPR, version {version}, with its Annexes I to IV as shown above.',
  },
};

export const CONSENT_TEXT_VERSION = Math.max(...Object.keys(consentTemplates).map(Number));

/** Fills a template; placeholders are replaced in one pass, a value is never expanded again. */
export function fillConsentTemplate(template: string, input: ConsentTextInput): string {
  return template.replace(/\{(legalName|version)\}/g, (_m, key: 'legalName' | 'version') => String(input[key]));
}

export function consentText(locale: Locale, input: ConsentTextInput, version = CONSENT_TEXT_VERSION): string {
  const template = consentTemplates[version]?.[locale];
  if (!template) throw new Error(`No consent text version ${version} in ${locale}`);
  return fillConsentTemplate(template, input);
}

export function consentTextSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
