import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdf from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import { createCadesSignature } from './cades';
import type { Seal } from './seal-certificate';

// Seals a finished PDF: a signature field whose value is a PAdES signature (ETSI.CAdES.detached)
// over the whole file except the signature's own /Contents. The placeholder and byte ranges are
// @signpdf's; the CMS is ours (lib/seal/cades.ts), because B-B needs signing-certificate-v2 and
// no signing-time attribute.

/** Room for the CMS: certificate chain plus an RFC 3161 token fit easily. */
const SIGNATURE_BYTES = 16_384;

export type SealOptions = {
  /** The seal time written to the signature dictionary's /M (PAdES: not in the CMS). */
  signingTime: Date;
  reason: string;
  location: string;
  contactInfo: string;
  tsaUrl?: string | null;
};

export type SealedPdf = { pdf: Uint8Array; timestamp: Date | null };

class CadesSigner extends Signer {
  timestamp: Date | null = null;
  constructor(
    private readonly seal: Seal,
    private readonly tsaUrl: string | null,
  ) {
    super();
  }
  async sign(content: Buffer): Promise<Buffer> {
    const { cms, timestamp } = await createCadesSignature(content, this.seal, { tsaUrl: this.tsaUrl });
    this.timestamp = timestamp;
    return Buffer.from(cms);
  }
}

/** The common name of a certificate subject ("CN=..." line of X509Certificate.subject). */
export function commonName(subject: string): string {
  return subject.split('\n').find((line) => line.startsWith('CN='))?.slice(3) ?? subject;
}

export async function sealPdf(bytes: Uint8Array, seal: Seal, options: SealOptions): Promise<SealedPdf> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: options.reason,
    contactInfo: options.contactInfo,
    name: commonName(seal.certificate.subject),
    location: options.location,
    signingTime: options.signingTime,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'DPA portal',
  });
  // No object streams: the signature dictionary must stay findable as plain bytes.
  const withPlaceholder = await doc.save({ useObjectStreams: false });
  const signer = new CadesSigner(seal, options.tsaUrl ?? null);
  const signed = await signpdf.sign(Buffer.from(withPlaceholder), signer);
  return { pdf: new Uint8Array(signed), timestamp: signer.timestamp };
}
