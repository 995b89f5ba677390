import { createHash } from 'node:crypto';
import type { AnnexSnapshot, LocalizedText } from '@/db/schema';
import { partiesFromSnapshot } from './build-dpa-document';
import { fillTemplate } from './fill-template';
import { withProfessionalSecrecyClause } from './professional-secrecy-clause';

// The terms of one agreement, frozen at signing: every settings value filled into the contract
// text (today the notice period; the parties come from the annex snapshot). The agreement stores
// them, the contract text filled with them in both languages, and one SHA-256 over both, so that
// a later settings change can never alter what a customer signed (docs/decisions/0087).

export type AgreementTerms = { noticePeriodDays: number };

/** The contract body in German (governing) and English, filled as it is signed (with the professional-secrecy clause, if agreed). */
export function filledContractText(template: { version: number; body: LocalizedText }, annex: AnnexSnapshot, terms: AgreementTerms): LocalizedText {
  const fill = (locale: 'de' | 'en') =>
    withProfessionalSecrecyClause(
      fillTemplate(template.body[locale], { ...partiesFromSnapshot(annex.parties, locale), settings: { noticePeriodDays: terms.noticePeriodDays }, version: template.version }),
      annex.professionalSecrecyClause?.[locale],
    );
  return { de: fill('de'), en: fill('en') };
}

/** SHA-256 over the terms and the filled text, in a fixed key order. */
export function hashContract(terms: AgreementTerms, text: LocalizedText): string {
  const canonical = JSON.stringify({ terms: { noticePeriodDays: terms.noticePeriodDays }, text: { de: text.de, en: text.en } });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The terms an agreement was signed with; agreements from before freezing fall back to `current`. */
export function termsOf(agreement: { noticePeriodDays: number | null }, current: AgreementTerms): AgreementTerms {
  return { noticePeriodDays: agreement.noticePeriodDays ?? current.noticePeriodDays };
}
