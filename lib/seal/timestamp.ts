import crypto from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './oids';

// RFC 3161: asks a time-stamping authority to sign the hash of our signature value. The token
// goes into the signer's unsigned attributes (signature-time-stamp), which makes the seal PAdES B-T.

const TSA_TIMEOUT_MS = 15_000;

const sha256 = (bytes: Uint8Array) => new Uint8Array(crypto.createHash('sha256').update(bytes).digest());
const toArrayBuffer = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;

export type TimestampToken = { token: pkijs.ContentInfo; genTime: Date };

/** Reads a token: the TSTInfo inside, its time and the imprint it vouches for. */
export function readTimestampToken(token: pkijs.ContentInfo): { genTime: Date; imprint: Uint8Array; signedData: pkijs.SignedData } {
  if (token.contentType !== OID.signedData) throw new Error('The timestamp token is not CMS SignedData');
  const signedData = new pkijs.SignedData({ schema: token.content });
  const content = signedData.encapContentInfo;
  if (content.eContentType !== OID.tstInfo || !content.eContent) throw new Error('The timestamp token carries no TSTInfo');
  const tstInfo = pkijs.TSTInfo.fromBER(content.eContent.getValue());
  if (tstInfo.messageImprint.hashAlgorithm.algorithmId !== OID.sha256) throw new Error('The timestamp imprint is not SHA-256');
  return { genTime: tstInfo.genTime, imprint: new Uint8Array(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView), signedData };
}

/** Requests a timestamp over `signature`; throws when the TSA refuses or answers for other data. */
export async function requestTimestamp(tsaUrl: string, signature: Uint8Array): Promise<TimestampToken> {
  const imprint = sha256(signature);
  const nonce = crypto.randomBytes(8);
  nonce[0]! &= 0x7f;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(imprint) }),
    }),
    nonce: new asn1js.Integer({ valueHex: toArrayBuffer(nonce) }),
    certReq: true,
  });
  const response = await fetch(tsaUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query' },
    body: Buffer.from(request.toSchema().toBER()),
    signal: AbortSignal.timeout(TSA_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`The time-stamping authority answered HTTP ${response.status}`);
  const answer = pkijs.TimeStampResp.fromBER(await response.arrayBuffer());
  // 0 granted, 1 granted with modifications; anything else is a refusal.
  if (answer.status.status > 1 || !answer.timeStampToken) throw new Error(`The time-stamping authority refused (status ${answer.status.status})`);
  const { genTime, imprint: stamped } = readTimestampToken(answer.timeStampToken);
  if (Buffer.compare(Buffer.from(stamped), Buffer.from(imprint)) !== 0) throw new Error('The timestamp is for other data than our signature');
  return { token: answer.timeStampToken, genTime };
}
