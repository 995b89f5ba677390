import crypto from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './oids';
import type { Seal } from './seal-certificate';
import { requestTimestamp } from './timestamp';

// The CMS inside a PAdES signature (SubFilter ETSI.CAdES.detached), baseline B-B: detached
// SignedData over the PDF's byte ranges, signed attributes content-type, message-digest and
// signing-certificate-v2, and deliberately no signing-time attribute (PAdES takes the time from
// the signature dictionary's /M). With a TSA, a signature-time-stamp unsigned attribute (B-T).

const toArrayBuffer = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;
const sha256 = (bytes: Uint8Array) => new Uint8Array(crypto.createHash('sha256').update(bytes).digest());

/** ESS signing-certificate-v2 (RFC 5035): the seal certificate's SHA-256 and issuer/serial. */
function signingCertificateV2(certificate: pkijs.Certificate, der: Uint8Array) {
  return new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [
          new asn1js.Sequence({
            // hashAlgorithm omitted: its DEFAULT is id-sha256.
            value: [
              new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(der)) }),
              new asn1js.Sequence({
                value: [
                  new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })] }).toSchema(),
                  certificate.serialNumber,
                ],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

export type CadesResult = { cms: Uint8Array; timestamp: Date | null };

/** Signs `content` (the PDF without its /Contents hole) and returns the DER CMS to put in the hole. */
export async function createCadesSignature(content: Uint8Array, seal: Seal, options: { tsaUrl?: string | null } = {}): Promise<CadesResult> {
  if (seal.key.asymmetricKeyType !== 'rsa') throw new Error('The seal key must be an RSA key');
  const certDer = new Uint8Array(seal.certificate.raw);
  const certificate = pkijs.Certificate.fromBER(certDer);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
      new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(content)) })] }),
      new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(certificate, certDer)] }),
    ],
  });
  // The signature covers the attributes DER-encoded as a SET (tag 0x31), not as the [0] in the SignerInfo.
  const toSign = new Uint8Array(signedAttrs.toSchema().toBER());
  toSign[0] = 0x31;
  const signature = new Uint8Array(crypto.sign('sha256', toSign, seal.key));

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.rsaEncryption, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signature) }),
  });

  let timestamp: Date | null = null;
  if (options.tsaUrl) {
    const stamped = await requestTimestamp(options.tsaUrl, signature);
    timestamp = stamped.genTime;
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({ type: OID.signatureTimeStampToken, values: [stamped.token.toSchema()] })],
    });
  }

  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [certificate, ...seal.chain.map((c) => pkijs.Certificate.fromBER(new Uint8Array(c.raw)))],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return { cms: new Uint8Array(contentInfo.toSchema().toBER()), timestamp };
}
