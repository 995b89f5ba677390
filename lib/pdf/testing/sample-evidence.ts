import { createHash } from 'node:crypto';
import { dpaTemplateV2 } from '@/scripts/demo-seed/texts/dpa-template';
import { tomsV2 } from '@/scripts/demo-seed/texts/toms';
import { hashAnnexSnapshot } from '@/lib/dpa/hash-annex-snapshot';
import { hashTemplateContent } from '@/lib/dpa/hash-template-version';
import { sampleAnnexSnapshot } from '@/lib/dpa/testing/sample-dpa-input';
import { hashTomsContent } from '@/lib/toms/hash-toms-version';
import type { EvidenceOptions, SigningEvidence } from '../evidence-blocks';

// Signing evidence matching lib/dpa/testing/sample-dpa-input.ts, with real hashes of the sample
// texts, for the PDF tests and the benchmark.

export const sampleEvidence: SigningEvidence = {
  agreementId: '3f0c2a9e-7b41-4c1d-9e55-2d8a6b0f4c17',
  signer: { name: 'Anna Becker', position: 'Geschäftsführerin' },
  organisation: { legalName: 'Bäckerei Hofmann GmbH & Co. KG', customerNumber: 'K-10001' },
  // 15:42:07 in Berlin (CEST) on a summer day.
  signedAt: new Date('2025-07-14T13:42:07Z'),
  ip: '203.0.113.47',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  template: { version: 2, sha256: hashTemplateContent(dpaTemplateV2) },
  toms: { version: 2, sha256: hashTomsContent(tomsV2) },
  annexSha256: hashAnnexSnapshot(sampleAnnexSnapshot()),
  consentTextSha256: createHash('sha256')
    .update('Ich bestätige, dass ich berechtigt bin, Bäckerei Hofmann GmbH & Co. KG zu vertreten, und schließe den Vertrag zur Auftragsverarbeitung mit seinen Anlagen in der angezeigten Fassung ab.')
    .digest('hex'),
};

export const sampleRenderOptions: EvidenceOptions = { appUrl: 'https://portal.nordwind-it.example', timeZone: 'Europe/Berlin' };
