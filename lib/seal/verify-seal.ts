import crypto, { X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './oids';
import { commonName } from './seal-pdf';
import { readTimestampToken } from './timestamp';

// Checks the PAdES seal of a PDF as a verifier would, independently of how it was made: the byte
// ranges cover the whole file but the signature, the CMS message digest matches those bytes, the
// signature over the signed attributes verifies with the certificate it names, signing-certificate-v2
// names that certificate, and a signature timestamp (if any) is for this signature and signed by its TSA.

export type SealCheck =
  | { status: 'absent' }
  | { status: 'invalid'; reason: 'modified' | 'signature' | 'format' }
  | {
      status: 'valid';
      level: 'B-B' | 'B-T';
      sealedBy: string;
      subject: string;
      fingerprint256: string;
      /** The signature dictionary's /M: the seal time the provider states. */
      sealedAt: Date | null;
      /** The RFC 3161 time, vouched for by the time-stamping authority. */
      timestamp: { time: Date; authority: string } | null;
    };

const hexToBytes = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));
const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest();
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** PDF date "D:YYYYMMDDHHmmSS" with Z or an offset like +01'00'. */
export function parsePdfDate(value: string): Date | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:(Z)|([+-])(\d{2})'?(\d{2})'?)?/.exec(value);
  if (!m) return null;
  const utc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  const offset = m[8] ? (m[8] === '+' ? 1 : -1) * (+m[9]! * 60 + +m[10]!) * 60_000 : 0;
  return new Date(utc - offset);
}

type Located = { byteRange: [number, number, number, number]; contents: Uint8Array; signedBytes: Uint8Array; sealedAt: Date | null };

/** The last signature of the file: its byte ranges, the CMS from /Contents, and /M. */
function locateSignature(pdf: Uint8Array): Located | null | 'format' {
  const text = latin1(pdf);
  const at = text.lastIndexOf('/ByteRange [');
  if (at === -1) return null;
  const m = /^\/ByteRange \[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text.slice(at, at + 100));
  if (!m) return 'format';
  const byteRange = [+m[1]!, +m[2]!, +m[3]!, +m[4]!] as [number, number, number, number];
  const [a, b, c, d] = byteRange;
  if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length) return 'format';
  const hole = text.slice(b, c);
  const hex = /^<([0-9a-fA-F]*)>$/.exec(hole)?.[1];
  if (hex === undefined || hex.length % 2) return 'format';
  const signedBytes = new Uint8Array(b + d);
  signedBytes.set(pdf.subarray(0, b), 0);
  signedBytes.set(pdf.subarray(c, c + d), b);
  const date = /\/M\s*\((D:[^)]*)\)/.exec(text.slice(c, c + 4000))?.[1];
  return { byteRange, contents: hexToBytes(hex), signedBytes, sealedAt: date ? parsePdfDate(date) : null };
}

function attribute(attrs: pkijs.SignedAndUnsignedAttributes | undefined, type: string) {
  return attrs?.attributes.find((a) => a.type === type)?.values[0];
}

async function checkTimestamp(signerInfo: pkijs.SignerInfo): Promise<{ time: Date; authority: string } | 'invalid' | null> {
  const value = attribute(signerInfo.unsignedAttrs, OID.signatureTimeStampToken);
  if (!value) return null;
  try {
    const token = new pkijs.ContentInfo({ schema: value });
    const { genTime, imprint, signedData } = readTimestampToken(token);
    const signature = new Uint8Array(signerInfo.signature.valueBlock.valueHexView);
    if (!sha256(signature).equals(Buffer.from(imprint))) return 'invalid';
    // For a TSTInfo, pkijs checks the imprint against `data` as well as the TSA's signature.
    const ok = await signedData.verify({ signer: 0, checkChain: false, data: signature.slice().buffer });
    if (!ok) return 'invalid';
    const tsaCert = signedData.certificates?.find((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
    const authority = tsaCert ? commonName(new X509Certificate(new Uint8Array(tsaCert.toSchema().toBER())).subject) : '';
    return { time: genTime, authority };
  } catch {
    return 'invalid';
  }
}

export async function verifySeal(pdf: Uint8Array): Promise<SealCheck> {
  const located = locateSignature(pdf);
  if (located === null) return { status: 'absent' };
  if (located === 'format') return { status: 'invalid', reason: 'format' };
  // Anything after the signed part (an incremental update) is a change made after sealing.
  const [, , c, d] = located.byteRange;
  if (c + d !== pdf.length) return { status: 'invalid', reason: 'modified' };
  try {
    const parsed = asn1js.fromBER(located.contents);
    if (parsed.offset === -1) return { status: 'invalid', reason: 'format' };
    const contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
    if (contentInfo.contentType !== OID.signedData) return { status: 'invalid', reason: 'format' };
    const signedData = new pkijs.SignedData({ schema: contentInfo.content });
    const signerInfo = signedData.signerInfos[0];
    if (!signerInfo?.signedAttrs || !(signerInfo.sid instanceof pkijs.IssuerAndSerialNumber)) return { status: 'invalid', reason: 'format' };
    const sid = signerInfo.sid;
    const certificate = signedData.certificates?.find(
      (cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate && cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber),
    );
    if (!certificate) return { status: 'invalid', reason: 'format' };
    const certDer = new Uint8Array(certificate.toSchema().toBER());

    const digest = attribute(signerInfo.signedAttrs, OID.messageDigest);
    if (!(digest instanceof asn1js.OctetString) || !sha256(located.signedBytes).equals(Buffer.from(digest.valueBlock.valueHexView))) {
      return { status: 'invalid', reason: 'modified' };
    }
    const signedAttrs = new Uint8Array(signerInfo.signedAttrs.encodedValue.slice(0));
    signedAttrs[0] = 0x31;
    const x509 = new X509Certificate(certDer);
    const signature = new Uint8Array(signerInfo.signature.valueBlock.valueHexView);
    if (!crypto.verify('sha256', signedAttrs, x509.publicKey, signature)) return { status: 'invalid', reason: 'signature' };
    // signing-certificate-v2 must name this very certificate (its SHA-256).
    const essCertId = attribute(signerInfo.signedAttrs, OID.signingCertificateV2) as asn1js.Sequence | undefined;
    const certHash = ((essCertId?.valueBlock.value[0] as asn1js.Sequence | undefined)?.valueBlock.value[0] as asn1js.Sequence | undefined)?.valueBlock.value.find(
      (v): v is asn1js.OctetString => v instanceof asn1js.OctetString,
    );
    if (!certHash || !sha256(certDer).equals(Buffer.from(certHash.valueBlock.valueHexView))) return { status: 'invalid', reason: 'signature' };

    const timestamp = await checkTimestamp(signerInfo);
    if (timestamp === 'invalid') return { status: 'invalid', reason: 'signature' };
    return {
      status: 'valid',
      level: timestamp ? 'B-T' : 'B-B',
      sealedBy: commonName(x509.subject),
      subject: x509.subject.split('\n').join(', '),
      fingerprint256: x509.fingerprint256,
      sealedAt: located.sealedAt,
      timestamp,
    };
  } catch {
    return { status: 'invalid', reason: 'format' };
  }
}
