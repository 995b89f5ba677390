import type { DocumentBlock } from '@/lib/dpa/dpa-document';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { translator } from '@/lib/i18n/translate';
import { formatInTimeZone, formatUtc } from './evidence-time';

// The evidence page that closes the signed PDF: who signed, when, from where, and the hashes that
// tie this file to the stored texts. The PDF's own SHA-256 cannot be inside the PDF, so the page
// says where it is recorded and how to check it.

export type SigningEvidence = {
  agreementId: string;
  signer: { name: string; position: string };
  organisation: { legalName: string; customerNumber: string };
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
  template: { version: number; sha256: string };
  toms: { version: number; sha256: string };
  annexSha256: string;
  consentTextSha256: string;
  /** Item 7 of issue 13: how the signer was authenticated, the language and the frozen terms. */
  signerEmail?: string | null;
  signedInAt?: Date | null;
  locale?: 'de' | 'en';
  noticePeriodDays?: number;
  contractSha256?: string;
  consentTextVersion?: number | null;
};

export type EvidenceOptions = { appUrl: string; timeZone: string };

export { formatInTimeZone, formatUtc };

export function evidenceBlocks(evidence: SigningEvidence, options: EvidenceOptions, locale: DocumentLocale): DocumentBlock[] {
  const t = translator(locale);
  const verifyUrl = `${options.appUrl.replace(/\/+$/, '')}/verify`;
  const notRecorded = t('evidence.notRecorded');
  return [
    { type: 'annex', anchor: 'evidence', label: t('evidence.label'), text: t('evidence.title') },
    { type: 'paragraph', text: t('evidence.intro', { orgName: evidence.organisation.legalName }) },
    { type: 'subheading', text: t('evidence.conclusion') },
    {
      type: 'fields',
      rows: [
        { label: t('evidence.signer'), value: evidence.signer.name },
        { label: t('evidence.position'), value: evidence.signer.position },
        { label: t('evidence.authority'), value: t('evidence.authorityConfirmed') },
        { label: t('evidence.organisation'), value: evidence.organisation.legalName },
        { label: t('evidence.customerNumber'), value: evidence.organisation.customerNumber },
        { label: t('evidence.timeUtc'), value: formatUtc(evidence.signedAt) },
        { label: t('evidence.timeLocal', { timeZone: options.timeZone }), value: formatInTimeZone(evidence.signedAt, options.timeZone, locale) },
        ...(evidence.signerEmail !== undefined ? [{ label: t('signingEvidence.signerEmail'), value: evidence.signerEmail ?? notRecorded }] : []),
        ...(evidence.signedInAt !== undefined ? [{ label: t('signingEvidence.signedInAt'), value: evidence.signedInAt ? formatUtc(evidence.signedInAt) : notRecorded }] : []),
        ...(evidence.locale ? [{ label: t('signingEvidence.language'), value: evidence.locale === 'de' ? t('signingEvidence.languageDe') : t('signingEvidence.languageEn') }] : []),
        ...(evidence.noticePeriodDays !== undefined ? [{ label: t('signingEvidence.noticePeriod'), value: t('signingEvidence.noticePeriodValue', { days: evidence.noticePeriodDays }) }] : []),
        { label: evidence.signerEmail !== undefined ? t('signingEvidence.ipSource') : t('evidence.ip'), value: evidence.ip ?? notRecorded },
        { label: t('evidence.userAgent'), value: evidence.userAgent ?? notRecorded },
        { label: t('evidence.agreementId'), value: evidence.agreementId },
      ],
    },
    { type: 'subheading', text: t('evidence.hashes') },
    {
      type: 'fields',
      rows: [
        { label: t('evidence.templateHash', { version: evidence.template.version }), value: evidence.template.sha256 },
        { label: t('evidence.tomsHash', { version: evidence.toms.version }), value: evidence.toms.sha256 },
        { label: t('evidence.annexHash'), value: evidence.annexSha256 },
        ...(evidence.contractSha256 ? [{ label: t('signingEvidence.contractHash'), value: evidence.contractSha256 }] : []),
        {
          label: evidence.consentTextVersion ? t('signingEvidence.consentVersion', { version: evidence.consentTextVersion }) : t('evidence.consentHash'),
          value: evidence.consentTextSha256,
        },
      ],
    },
    ...(evidence.signerEmail !== undefined
      ? [{ type: 'subheading' as const, text: t('signingEvidence.seal') }, { type: 'paragraph' as const, text: t('signingEvidence.sealText', { url: verifyUrl }) }]
      : []),
    { type: 'subheading', text: t('evidence.verify') },
    { type: 'paragraph', text: t('evidence.verifyText', { url: verifyUrl }) },
  ];
}

export const pageLabel = {
  de: (page: number, pages: number) => translator('de')('document.page', { page, pages }),
  en: (page: number, pages: number) => translator('en')('document.page', { page, pages }),
} as const;

export const evidenceTocEntry = (locale: DocumentLocale) => ({ anchor: 'evidence', text: translator(locale)('evidence.title'), level: 1 as const });
