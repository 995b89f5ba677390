import 'server-only';
import crypto, { type KeyObject, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { env } from '@/lib/env';

/**
 * The provider's seal: the private key and certificate (with any chain) every evidence PDF is
 * sealed with. Production configures its own (PKCS#12 in SEAL_P12_BASE64 or at SEAL_P12_PATH, with
 * SEAL_P12_PASSWORD); without one a self-signed demo seal is made on first start and kept beside
 * the demo secret (.data/), so the demo's PDFs carry a seal that pdfsig and /verify can check.
 */
export type Seal = {
  key: KeyObject;
  certificate: X509Certificate;
  /** Further certificates of the chain (issuer first), without the seal certificate itself. */
  chain: X509Certificate[];
  /** True for the generated demo seal. */
  demo: boolean;
};

export type SealSource = { p12: Uint8Array; password: string; demo?: boolean };

const DEMO_FILE = path.join(process.cwd(), '.data', 'seal-demo.json');

/** Reads a PKCS#12 file: the key, the certificate that belongs to it, and the rest as its chain. */
export function sealFromP12({ p12, password, demo = false }: SealSource): Seal {
  const asn1 = forge.asn1.fromDer(forge.util.binary.raw.encode(p12));
  const store = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  const bags = (type: string) => store.getBags({ bagType: type })[type] ?? [];
  const keyBags = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bags(forge.pki.oids.keyBag!)];
  const forgeKey = keyBags.find((bag) => bag.key)?.key;
  if (!forgeKey) throw new Error('The seal PKCS#12 holds no private key (an RSA key is expected).');
  const key = crypto.createPrivateKey(forge.pki.privateKeyToPem(forgeKey));
  const certificates = bags(forge.pki.oids.certBag!)
    .filter((bag) => bag.cert)
    .map((bag) => new X509Certificate(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert!)).getBytes(), 'binary')));
  const certificate = certificates.find((c: X509Certificate) => c.checkPrivateKey(key));
  if (!certificate) throw new Error('The seal PKCS#12 holds no certificate for its private key.');
  return { key, certificate, chain: certificates.filter((c: X509Certificate) => c !== certificate), demo };
}

/** A self-signed seal certificate for the demo (never for production: nobody trusts it). */
export function makeDemoSealP12(commonName: string, password: string, now = new Date()): Uint8Array {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = `01${crypto.randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 86_400_000);
  const name = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'DPA portal demo (not for production)' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: 'aes256', friendlyName: commonName });
  return new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
}

/** The demo seal kept in .data/, made once; a second process that races to make it reads the winner's. */
function demoSealSource(): SealSource {
  // Tests never write into the developer's .data folder: a demo seal per test process.
  if (env().NODE_ENV === 'test') {
    const password = crypto.randomBytes(12).toString('base64url');
    return { p12: makeDemoSealP12('DPA portal test seal', password), password, demo: true };
  }
  try {
    const stored = JSON.parse(fs.readFileSync(DEMO_FILE, 'utf8')) as { p12: string; password: string };
    return { p12: Buffer.from(stored.p12, 'base64'), password: stored.password, demo: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const password = crypto.randomBytes(18).toString('base64url');
  const p12 = makeDemoSealP12('DPA portal demo seal', password);
  fs.mkdirSync(path.dirname(DEMO_FILE), { recursive: true });
  try {
    fs.writeFileSync(DEMO_FILE, JSON.stringify({ p12: Buffer.from(p12).toString('base64'), password }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return demoSealSource();
    throw error;
  }
  return { p12, password, demo: true };
}

let cached: Seal | undefined;

/** Tests only: read the seal configuration again (after changing SEAL_* in process.env). */
export function forgetProviderSealForTests() {
  cached = undefined;
}

/** The configured seal, read once per process; the demo seal when none is configured. */
export function providerSeal(): Seal {
  if (cached) return cached;
  const { SEAL_P12_BASE64, SEAL_P12_PATH, SEAL_P12_PASSWORD } = env();
  const password = SEAL_P12_PASSWORD ?? '';
  if (SEAL_P12_BASE64) cached = sealFromP12({ p12: Buffer.from(SEAL_P12_BASE64, 'base64'), password });
  else if (SEAL_P12_PATH) cached = sealFromP12({ p12: fs.readFileSync(SEAL_P12_PATH), password });
  else {
    if (!env().embedded) console.warn('[seal] no SEAL_P12_BASE64/SEAL_P12_PATH configured: evidence PDFs carry the self-signed demo seal');
    cached = sealFromP12(demoSealSource());
  }
  return cached;
}
