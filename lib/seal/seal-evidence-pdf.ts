import 'server-only';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { providerSeal } from './seal-certificate';
import { sealPdf } from './seal-pdf';

export type SealedEvidencePdf = {
  pdf: Uint8Array;
  /** SHA-256 of the seal certificate (hex, lower case), recorded with the agreement. */
  certificateSha256: string;
  sealedBy: string;
  /** The TSA's time when a timestamp was obtained, else null (B-B only). */
  timestamp: Date | null;
};

/**
 * Seals an evidence PDF with the provider's seal at the signing time. With TSA_URL the seal gets
 * an RFC 3161 timestamp; if the authority cannot be reached the PDF is sealed without one (B-B)
 * rather than the signature failing, and the log says so (docs/decisions/0085).
 */
export async function sealEvidencePdf(
  pdf: Uint8Array,
  input: { signedAt: Date; locale: Locale; providerName: string; agreementId: string; appUrl: string },
): Promise<SealedEvidencePdf> {
  const seal = providerSeal();
  const t = translator(input.locale);
  const options = {
    signingTime: input.signedAt,
    reason: t('seal.pdf.reason', { provider: input.providerName, agreementId: input.agreementId }),
    location: input.providerName,
    contactInfo: `${input.appUrl.replace(/\/+$/, '')}/verify`,
  };
  const tsaUrl = env().TSA_URL ?? null;
  let sealed;
  try {
    sealed = await sealPdf(pdf, seal, { ...options, tsaUrl });
  } catch (error) {
    if (!tsaUrl) throw error;
    console.error(`[seal] no timestamp from ${tsaUrl} (${(error as Error).message}); sealing agreement ${input.agreementId} without one`);
    sealed = await sealPdf(pdf, seal, { ...options, tsaUrl: null });
  }
  return {
    pdf: sealed.pdf,
    certificateSha256: seal.certificate.fingerprint256.replaceAll(':', '').toLowerCase(),
    sealedBy: seal.certificate.subject.split('\n').join(', '),
    timestamp: sealed.timestamp,
  };
}
