import { describe, expect, it } from 'vitest';
import { sha256OfBytes, toVerificationResult, type IssuedAgreement } from './verify-document';

describe('sha256OfBytes', () => {
  it('is the standard SHA-256 in lower-case hex', () => {
    expect(sha256OfBytes(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256OfBytes(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('toVerificationResult', () => {
  const agreement: IssuedAgreement = {
    id: '00000000-0000-4000-8000-000000000001',
    status: 'superseded',
    organisation: { legalName: 'Kanzlei Krause', customerNumber: 'K-10002' },
    templateVersion: 1,
    tomsVersion: 1,
    signedAt: new Date('2025-01-10T09:00:00Z'),
    supersededAt: new Date('2025-06-01T08:00:00Z'),
    terminatedAt: null,
  };

  it('says "not issued" with the hash that was checked', () => {
    expect(toVerificationResult('ab'.repeat(32), null)).toEqual({ issued: false, sha256: 'ab'.repeat(32) });
  });

  it('gives the agreement with ISO times, ready for JSON', () => {
    const result = toVerificationResult('cd'.repeat(32), agreement);
    expect(result).toEqual({
      issued: true,
      sha256: 'cd'.repeat(32),
      agreement: { ...agreement, signedAt: '2025-01-10T09:00:00.000Z', supersededAt: '2025-06-01T08:00:00.000Z', terminatedAt: null },
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
