import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

// Test helpers for the seal: a PKCS#12 seal certificate and an RFC 3161 time-stamping authority,
// both made with the openssl command line (independent of the code under test), the TSA served
// over HTTP on a free loopback port.

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

/** A self-signed RSA seal certificate as PKCS#12, made by openssl. */
export function makeTestSealP12(commonName: string, password: string): { p12: Uint8Array; certPem: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seal-'));
  try {
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'seal.key', '-out', 'seal.crt', '-days', '30', '-subj', `/O=Test Provider GmbH/CN=${commonName}`, '-addext', 'keyUsage=critical,digitalSignature,nonRepudiation'], dir);
    openssl(['pkcs12', '-export', '-inkey', 'seal.key', '-in', 'seal.crt', '-out', 'seal.p12', '-passout', `pass:${password}`], dir);
    return { p12: new Uint8Array(fs.readFileSync(path.join(dir, 'seal.p12'))), certPem: fs.readFileSync(path.join(dir, 'seal.crt'), 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export type TestTsa = { url: string; caFile: string; dir: string; requests: number; close: () => Promise<void> };

/** A TSA made with `openssl ts`: a CA, a TSA certificate for timeStamping, served on 127.0.0.1. */
export async function startTestTsa(): Promise<TestTsa> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsa-'));
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '30', '-subj', '/CN=Test TSA CA', '-addext', 'basicConstraints=critical,CA:true', '-addext', 'keyUsage=critical,keyCertSign'], dir);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', '/CN=Test TSA'], dir);
  fs.writeFileSync(path.join(dir, 'tsa.ext'), 'extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\n');
  openssl(['x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'tsa.crt', '-days', '30', '-extfile', 'tsa.ext'], dir);
  fs.writeFileSync(path.join(dir, 'serial'), '01\n');
  fs.writeFileSync(
    path.join(dir, 'tsa.cnf'),
    [
      '[ tsa ]',
      'default_tsa = tsa_config',
      '[ tsa_config ]',
      `dir = ${dir}`,
      'serial = $dir/serial',
      'signer_cert = $dir/tsa.crt',
      'certs = $dir/ca.crt',
      'signer_key = $dir/tsa.key',
      'signer_digest = sha256',
      'default_policy = 1.2.3.4.1',
      'digests = sha256, sha384, sha512',
      'accuracy = secs:1',
      'ordering = yes',
      'tsa_name = yes',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
  const tsa: TestTsa = { url: '', caFile: path.join(dir, 'ca.crt'), dir, requests: 0, close: async () => {} };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      tsa.requests += 1;
      const query = path.join(dir, `q${tsa.requests}.tsq`);
      const reply = path.join(dir, `r${tsa.requests}.tsr`);
      fs.writeFileSync(query, Buffer.concat(chunks));
      try {
        openssl(['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', query, '-out', reply], dir);
        response.writeHead(200, { 'content-type': 'application/timestamp-reply' });
        response.end(fs.readFileSync(reply));
      } catch {
        response.writeHead(500).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  tsa.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
  tsa.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      fs.rmSync(dir, { recursive: true, force: true });
    });
  return tsa;
}
