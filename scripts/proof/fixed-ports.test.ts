import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 15, item 8: every test server, SMTP receiver and database of the suite takes a free port
// (listen on 0, or e2e/support/free-ports.mjs). A fixed port makes the suite fail on a shared
// machine where something else holds it, or when a second copy of the suite runs. This scans the
// test code for the ways a fixed port slips in, and proves each pattern fires.

const root = path.resolve(__dirname, '../..');

type Finding = { file: string; line: number; text: string; rule: string };

const rules: { rule: string; pattern: RegExp; scope: 'all' | 'servers' }[] = [
  // server.listen(2525) / listen(3000, host): the literal 0 is the one allowed.
  { rule: 'listens on a fixed port', pattern: /\.listen\(\s*(?!0\s*[,)])\d+/, scope: 'all' },
  { rule: 'listens on a fixed port', pattern: /\blisten\(\s*\{[^}]*\bport\s*:\s*(?!0\b)\d+/, scope: 'all' },
  // Number(process.env.SMTP_PORT ?? 2525): a default that is used whenever the caller forgets.
  { rule: 'falls back to a fixed port', pattern: /PORT\w*\s*(\?\?|\|\|)\s*['"`]?[1-9]\d{1,4}\b/, scope: 'all' },
  // PORT: '3000', SMTP_SINK_PORT=2525
  { rule: 'sets a fixed port', pattern: /PORT\w*['"]?\s*[:=]\s*['"`]?[1-9]\d{1,4}\b/, scope: 'servers' },
  // A loopback URL with a port: something is expected to listen there. Integration tests call
  // handlers directly and need no listening origin (use a port-less host like https://portal.example);
  // e2e specs take the origin from baseURL. Unit tests of URL parsing may spell such strings.
  // The PostgreSQL server is given to the suite (DATABASE_URL), not started by it: its URL may.
  {
    rule: 'names a fixed loopback port',
    pattern: /^(?!.*postgres(ql)?:\/\/).*\b(localhost|127\.0\.0\.1|\[::1\]):[1-9]\d{1,4}\b/,
    scope: 'servers',
  },
];

/** Test code that starts or reaches servers: e2e, integration tests, test support, proofs, CI steps. */
function serverScope(file: string) {
  return (
    file.startsWith('e2e/') ||
    file.startsWith('.ci/') ||
    file.startsWith('scripts/proof/') ||
    file.endsWith('.integration.test.ts') ||
    /(^|\/)testing\//.test(file) ||
    /^playwright[\w.]*\.ts$/.test(file)
  );
}

function isTestCode(file: string) {
  return serverScope(file) || /\.test\.ts$/.test(file);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (['node_modules', '.next', '.data', 'test-results', '.git'].includes(entry.name)) continue;
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(rel, out);
    else if (/\.(ts|tsx|mjs|js)$/.test(entry.name) || dir === '.ci') out.push(rel);
  }
  return out;
}

export function findFixedPorts(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  source.split('\n').forEach((text, index) => {
    for (const { rule, pattern, scope } of rules) {
      if (scope === 'servers' && !serverScope(file)) continue;
      if (pattern.test(text)) findings.push({ file, line: index + 1, text: text.trim(), rule });
    }
  });
  return findings;
}

const self = path.relative(root, __filename);

describe('the suite takes free ports only', () => {
  it('no test file, test server or CI step uses a fixed port', () => {
    const files = ['e2e', 'lib', 'db', 'scripts', 'app', 'bench', '.ci']
      .filter((dir) => fs.existsSync(path.join(root, dir)))
      .flatMap((dir) => walk(dir))
      .concat(fs.readdirSync(root).filter((f) => /^playwright[\w.]*\.ts$/.test(f)))
      .filter((file) => isTestCode(file) && file !== self);
    expect(files.length).toBeGreaterThan(50);
    const findings = files.flatMap((file) => findFixedPorts(file, fs.readFileSync(path.join(root, file), 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.text}`)).toEqual([]);
  });

  it.each([
    ['e2e/support/smtp-sink.ts', 'const SMTP_PORT = Number(process.env.SMTP_SINK_PORT ?? 2525);'],
    ['e2e/support/x.ts', 'server.listen(3000, "127.0.0.1");'],
    ['lib/mail/x.integration.test.ts', 'await new Promise((r) => smtp.listen({ host: "127.0.0.1", port: 2526 }, r));'],
    ['playwright.config.ts', "env: { PORT: '3401' },"],
    ['.ci/production-steps', 'export SMTP_URL="smtp://127.0.0.1:2525"'],
    ['lib/api/x.integration.test.ts', "const base = 'http://localhost:3000';"],
    ['e2e/x.spec.ts', "await page.goto('http://127.0.0.1:3400/sign-in');"],
  ])('finds the fixed port in %s', (file, line) => {
    expect(findFixedPorts(file, line)).not.toEqual([]);
  });

  it.each([
    ['lib/mail/x.integration.test.ts', "await new Promise((r) => smtp.listen(0, '127.0.0.1', r));"],
    ['e2e/support/x.mjs', "server.listen(0, '127.0.0.1', resolve);"],
    ['playwright.config.ts', 'env: { ...appEnv, APP_URL: appOrigin(port), PORT: String(port) },'],
    ['lib/api/x.integration.test.ts', "const base = 'https://portal.example';"],
    ['lib/auth/safe-callback-url.test.ts', "const APP_URL = 'http://127.0.0.1:3400';"],
    ['lib/http/same-origin.test.ts', "expect(appOrigin({ PORT: '3401' })).toBe('http://localhost:3401');"],
    ['.ci/run', 'export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${db}"'],
  ])('lets a free port or a port-less host pass in %s', (file, line) => {
    expect(findFixedPorts(file, line)).toEqual([]);
  });
});
