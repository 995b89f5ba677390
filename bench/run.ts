// npm run bench - measures every page type of the portal next to three baselines in the same run
// (a static page, a bare route handler, a bare server-rendered page of the same size), on the
// embedded database with the demo data and on PostgreSQL at production size (BENCH_DATABASE_URL,
// seeded by `npm run bench:seed`), and writes bench/results.md. Method: bench/README.md.
// Benchmarks report; they never fail the build.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchPdf } from './pdf';
import type { BenchFixture } from './prepare-db';
import { bareLookup, explainNameSearch } from './sql';

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3200);
const origin = `http://127.0.0.1:${port}`;
const workDir = path.join(root, '.data', 'bench');
const pgliteDir = path.join(workDir, 'pglite');
const CONNECTIONS = 20;
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 3);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const SINGLE_S = Math.max(1, Math.round(DURATION_S / 2));
const COUNT_REQUESTS = 5;
const postgresUrl = process.env.BENCH_DATABASE_URL;
/** BENCH_ONLY=dashboard,lookup measures only the targets whose name contains one of the words. */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);

type Request = { method?: 'GET' | 'POST'; body?: Buffer; headers?: Record<string, string>; varyAddress?: boolean };
type Target = Request & {
  name: string;
  what: string;
  path: string;
  /** Which baseline it is compared with: the bare page sized like it, or the bare route handler. */
  kind: 'page' | 'api' | 'baseline';
  expect: (body: string) => boolean;
};
type Figures = { rps: number; p50: number; p99: number; p50single: number; bytes: number; queries: number | null; non2xx: number; errors: number };
type Row = { target: Target; figures: Figures | null; problem?: string; baseline?: { name: string; rps: number } };

function bin(name: string) {
  return path.join(root, 'node_modules', '.bin', name);
}

function ensureBuild() {
  if (fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  console.log('no production build: running next build with BENCH_BASELINES=1 ...');
  const built = spawnSync(bin('next'), ['build'], { stdio: 'inherit', env: { ...process.env, BENCH_BASELINES: '1' } });
  if (built.status !== 0) throw new Error('next build failed');
}

function databaseEnv(database: 'pglite' | 'postgres'): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (database === 'postgres') {
    env.DATABASE_URL = postgresUrl;
    env.DEV_MAILBOX = 'true';
    delete env.PGLITE_DIR;
  } else {
    env.PGLITE_DIR = pgliteDir;
    delete env.DATABASE_URL;
  }
  delete env.SMTP_URL;
  return env;
}

function prepareDatabase(database: 'pglite' | 'postgres'): BenchFixture {
  if (database === 'pglite') fs.rmSync(workDir, { recursive: true, force: true });
  const prepared = spawnSync(bin('tsx'), ['--conditions=react-server', 'bench/prepare-db.ts'], {
    env: databaseEnv(database),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (prepared.status !== 0) throw new Error(`preparing the ${database} benchmark database failed`);
  return JSON.parse(prepared.stdout.trim().split('\n').at(-1)!) as BenchFixture;
}

async function startServer(database: 'pglite' | 'postgres'): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...databaseEnv(database),
    NODE_ENV: 'production',
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    AUTH_SECRET: 'bench-only-secret-0123456789abcdefghijklmn',
    AUTH_TRUST_HOST: 'true',
    // The baselines and the query counter exist only with these (app/bench-baseline, db/query-counter.ts).
    BENCH_BASELINES: '1',
    BENCH_QUERY_COUNT: '1',
    // No mail worker polling in the server: its queries would be counted as the pages'.
    MAIL_WORKER: 'off',
    // The load comes from one address: the verify limit is per client address, so the bench names
    // a different one per request behind one trusted hop, and the API limit per token is lifted.
    TRUSTED_PROXIES: '1',
    API_RATE_LIMIT_PER_MINUTE: '100000000',
  };
  // server.mjs, as `npm start` runs it (plain `next start` is refused in production, decision 0008).
  const server = spawn(process.execPath, startArguments(), { env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  server.stdout?.on('data', () => {}); // drained, not printed: the figures are the output
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) throw new Error('the server exited');
    if (Date.now() > deadline) throw new Error('the server did not become healthy within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

let addressCounter = 0;
function nextAddress() {
  addressCounter++;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

function requestHeaders(target: Request): Record<string, string> {
  return { ...target.headers, ...(target.varyAddress ? { 'x-forwarded-for': nextAddress() } : {}) };
}

function load(url: string, target: Request, connections: number, duration: number) {
  return autocannon({
    url,
    connections,
    duration,
    timeout: 30,
    method: target.method ?? 'GET',
    headers: target.headers,
    body: target.body,
    // Only when the address must vary (the per-address verify limit): a new header per request.
    ...(target.varyAddress ? { requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, headers: requestHeaders(target) }) }] } : {}),
  });
}

async function fetchOnce(target: Target) {
  const response = await fetch(`${origin}${target.path}`, {
    method: target.method ?? 'GET',
    headers: requestHeaders(target),
    body: target.body ? new Uint8Array(target.body) : undefined,
    redirect: 'manual',
  });
  return { status: response.status, body: await response.text() };
}

async function queryTotal(): Promise<number> {
  return ((await (await fetch(`${origin}/bench-baseline/queries`)).json()) as { count: number }).count;
}

/** Statements per request at the driver: the counter before and after requests sent one at a time. */
async function queriesPerRequest(target: Target): Promise<number> {
  // Requests of the load still in flight in the server would be counted too: wait until the
  // counter stands still for a second first.
  let before = await queryTotal();
  for (let i = 0; i < 30; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await queryTotal();
    if (now === before) break;
    before = now;
  }
  for (let i = 0; i < COUNT_REQUESTS; i++) await fetchOnce(target);
  return (await queryTotal() - before) / COUNT_REQUESTS;
}

function describe(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const text = error instanceof Error ? error.message : String(error);
  return cause ? `${text} (${describe(cause)})` : text;
}

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(30_000) })).ok;
  } catch {
    return false;
  }
}

/** One target's figures; a target that fails is a row with the reason, not the end of the run. */
async function measure(target: Target): Promise<Row> {
  try {
    return await measureOrThrow(target);
  } catch (error) {
    console.log(`\n  ${target.name}: ${describe(error)}`);
    return { target, figures: null, problem: describe(error) };
  }
}

async function measureOrThrow(target: Target): Promise<Row> {
  const url = `${origin}${target.path}`;
  const first = await fetchOnce(target);
  if (first.status !== 200 || !target.expect(first.body)) {
    return { target, figures: null, problem: `answered ${first.status} without the expected content` };
  }
  process.stdout.write(`  ${target.name}: warm-up ${WARMUP_S} s, `);
  await load(url, target, CONNECTIONS, WARMUP_S);
  const queries = await queriesPerRequest(target);
  process.stdout.write(`${CONNECTIONS} connections ${DURATION_S} s, `);
  const loaded = await load(url, target, CONNECTIONS, DURATION_S);
  process.stdout.write(`1 connection ${SINGLE_S} s\n`);
  const single = await load(url, target, 1, SINGLE_S);
  return {
    target,
    figures: {
      rps: loaded.requests.average,
      p50: loaded.latency.p50,
      p99: loaded.latency.p99,
      p50single: single.latency.p50,
      bytes: Buffer.byteLength(first.body),
      queries,
      non2xx: loaded.non2xx + single.non2xx,
      errors: loaded.errors + loaded.timeouts + single.errors + single.timeouts,
    },
  };
}

function staticAsset(): string {
  const chunks = path.join(root, '.next', 'static', 'chunks');
  const file = fs.readdirSync(chunks).find((f) => f.endsWith('.js'));
  if (!file) throw new Error('no static chunk in .next/static/chunks');
  return `/_next/static/chunks/${file}`;
}

function gitCommit() {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : 'unknown';
}

function pageTargets(f: BenchFixture): Target[] {
  const cookie = (persona: keyof BenchFixture['sessions']) => ({ cookie: `authjs.session-token=${f.sessions[persona]}` });
  const bearer = { authorization: `Bearer ${f.apiToken}` };
  const org = `/orgs/${f.orgId}`;
  const hasOrg = (body: string) => body.includes(f.orgName.replace('&', '&amp;'));
  const json = (key: string) => (body: string) => body.includes(`"${key}"`);
  const html = (body: string) => body.includes('</html>');
  const past = new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10);
  const phoneDigits = encodeURIComponent(f.phone);
  return [
    { kind: 'page', name: 'customer dashboard', what: `GET /orgs/:id (${f.orgName}, signatory)`, path: org, headers: cookie('signatory'), expect: hasOrg },
    { kind: 'page', name: 'DPA review', what: 'GET /orgs/:id/dpa', path: `${org}/dpa`, headers: cookie('signatory'), expect: html },
    { kind: 'page', name: 'TOMs', what: 'GET /orgs/:id/toms', path: `${org}/toms`, headers: cookie('signatory'), expect: html },
    { kind: 'page', name: 'register (today)', what: 'GET /orgs/:id/register', path: `${org}/register`, headers: cookie('signatory'), expect: html },
    { kind: 'page', name: 'register (past date)', what: `GET /orgs/:id/register?asOf=${past}`, path: `${org}/register?asOf=${past}`, headers: cookie('signatory'), expect: html },
    { kind: 'page', name: 'notices list', what: 'GET /orgs/:id/notices', path: `${org}/notices`, headers: cookie('signatory'), expect: html },
    { kind: 'page', name: 'one notice', what: 'GET /orgs/:id/notices/:id', path: `${org}/notices/${f.noticeId}`, headers: cookie('signatory'), expect: html },
    { kind: 'page', name: 'staff home, search', what: 'GET /staff?q=hofmann (support)', path: '/staff?q=hofmann', headers: cookie('support'), expect: (b) => b.includes('Hofmann') },
    { kind: 'page', name: 'staff register', what: 'GET /staff/register (privacy)', path: '/staff/register', headers: cookie('privacy'), expect: html },
    { kind: 'page', name: 'staff notice page', what: 'GET /staff/change-notices/:id (privacy)', path: `/staff/change-notices/${f.changeNoticeId}`, headers: cookie('privacy'), expect: html },
    { kind: 'page', name: 'objections list', what: 'GET /staff/objections (privacy)', path: '/staff/objections', headers: cookie('privacy'), expect: html },
    { kind: 'page', name: '/verify page', what: 'GET /verify (public)', path: '/verify', expect: html },
    {
      kind: 'api',
      name: 'verify a PDF',
      what: 'POST /api/v1/verify, the agreement PDF as body',
      path: '/api/v1/verify',
      method: 'POST',
      body: fs.readFileSync(f.pdfFile),
      headers: { 'content-type': 'application/pdf' },
      varyAddress: true,
      expect: (b) => b.includes('"issued":true'),
    },
    { kind: 'api', name: 'support lookup, phone', what: `GET /api/v1/support/lookup?phone=${f.phone}`, path: `/api/v1/support/lookup?phone=${phoneDigits}`, headers: bearer, expect: json('results') },
    { kind: 'api', name: 'support lookup, customer no.', what: 'GET /api/v1/support/lookup?customerNumber=K-10001', path: '/api/v1/support/lookup?customerNumber=K-10001', headers: bearer, expect: json('results') },
    { kind: 'api', name: 'calls/identify, phone', what: `GET /api/v1/calls/identify?number=${f.phone}`, path: `/api/v1/calls/identify?number=${phoneDigits}`, headers: bearer, expect: json('known') },
  ];
}

/** The node arguments of `npm start` (package.json: its V8 flags, then server.mjs), so that the bench serves what operators run. */
function startArguments(): string[] {
  const script: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start;
  const [command, ...args] = script.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`npm start runs ${command}, not node: bench/run.ts cannot start it the same way`);
  return args;
}

function baselineTargets(rows: number): Target[] {
  const html = (body: string) => body.includes('Rows baseline');
  return [
    { kind: 'baseline', name: 'static page', what: 'GET /bench-baseline/static (prerendered)', path: '/bench-baseline/static', expect: (b) => b.includes('Static baseline') },
    { kind: 'baseline', name: 'static file', what: 'a JS chunk from .next/static', path: staticAsset(), expect: (b) => b.length > 0 },
    { kind: 'baseline', name: 'empty route handler', what: 'GET /bench-baseline/handler?empty=1 (no query, JSON)', path: '/bench-baseline/handler?empty=1', expect: (b) => b === '{"results":[]}' },
    { kind: 'baseline', name: 'bare route handler', what: 'GET /bench-baseline/handler?rows=1 (one query, JSON)', path: '/bench-baseline/handler?rows=1', expect: (b) => b.includes('"results"') },
    { kind: 'baseline', name: 'bare route, phone lookup', what: 'GET /bench-baseline/handler?phone=… (one query)', path: '/bench-baseline/handler?phone=%2B497022123456', expect: (b) => b.includes('"results"') },
    { kind: 'baseline', name: 'bare page, 50 rows', what: 'GET /bench-baseline/rows?rows=50 (one query)', path: '/bench-baseline/rows?rows=50', expect: html },
    { kind: 'baseline', name: `bare page, ${rows} rows`, what: `GET /bench-baseline/rows?rows=${rows} (one query, sized like the dashboard)`, path: `/bench-baseline/rows?rows=${rows}`, expect: html },
  ];
}

/** How many rows make the bare page as large as the given response (from its 50-row size). */
async function rowsLike(bytes: number): Promise<number> {
  const small = (await fetchOnce({ kind: 'baseline', name: '', what: '', path: '/bench-baseline/rows?rows=10', expect: () => true })).body.length;
  const large = (await fetchOnce({ kind: 'baseline', name: '', what: '', path: '/bench-baseline/rows?rows=50', expect: () => true })).body.length;
  const perRow = (large - small) / 40;
  return Math.max(1, Math.min(2000, Math.round(50 + (bytes - large) / perRow)));
}

async function benchDatabase(database: 'pglite' | 'postgres'): Promise<{ rows: Row[]; extra: string; loadBefore: number; loadAfter: number }> {
  const loadBefore = os.loadavg()[0]!;
  console.log(`\n[${database}] preparing the database (sessions, API token) ...`);
  const fixture = prepareDatabase(database);
  let server = await startServer(database);
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  /** After a failed target: a server that died (or hangs) is restarted, and the run goes on. */
  const measureHere = async (target: Target) => {
    const row = await measure(target);
    if (!row.figures && !(await healthy())) {
      console.log(`  the server is gone after ${target.name}: restarting it`);
      row.problem = `${row.problem}; the server died and was restarted`;
      stop();
      await new Promise((resolve) => setTimeout(resolve, 2000));
      server = await startServer(database);
    }
    return row;
  };
  process.on('exit', stop);
  try {
    const counter = await fetch(`${origin}/bench-baseline/queries`);
    if (!counter.ok) throw new Error('the server has no query counter: is app/bench-baseline in the build?');
    const pages = pageTargets(fixture);
    const dashboardBytes = (await fetchOnce(pages[0]!)).body.length;
    const baselines = baselineTargets(await rowsLike(dashboardBytes));
    const sizedPage = baselines.at(-1)!;
    const selected = [...baselines, ...pages].filter((t) => !only || only.some((word) => t.name.toLowerCase().includes(word)));
    const rows: Row[] = [];
    // Each page between two measurements of the bare page of its own size, one right before and one
    // right after it, and its share is against their mean: the machine's speed drifts over a run
    // (other work, thermal, a neighbour on the host), and a baseline measured minutes apart made shares
    // swing by 20 points between runs of the same build; one measured only after the page still moved
    // a share by 30 points on a host that drifted within the minute (run 14).
    const barePage = (size: number, when: string): Target => ({
      ...sizedPage,
      name: `bare page, ${size} rows`,
      what: `GET /bench-baseline/rows?rows=${size} (sized like ${when})`,
      path: `/bench-baseline/rows?rows=${size}`,
    });
    for (const target of selected) {
      const before =
        target.kind === 'page'
          ? await measureHere(barePage(await rowsLike((await fetchOnce(target)).body.length), `${target.name}, right before it`))
          : null;
      if (before) rows.push(before);
      const row = await measureHere(target);
      rows.push(row);
      if (target.kind !== 'page' || !row.figures) continue;
      const size = await rowsLike(row.figures.bytes);
      const after = await measureHere(barePage(size, `${target.name}, right after it`));
      rows.push(after);
      const bare = [before, after].flatMap((r) => (r?.figures ? [r.figures.rps] : []));
      if (bare.length) {
        row.baseline = {
          name: `bare page, ${size} rows${bare.length === 2 ? ' (mean of before and after)' : ''}`,
          rps: bare.reduce((sum, rps) => sum + rps, 0) / bare.length,
        };
      }
    }
    const bareApi = rows.find((r) => r.target.name === 'bare route handler');
    for (const row of rows) {
      if (row.figures && row.target.kind === 'api' && bareApi?.figures) row.baseline = { name: bareApi.target.name, rps: bareApi.figures.rps };
    }
    stop();
    let extra = '';
    if (database === 'postgres' && (!only || only.some((w) => 'lookup'.includes(w)))) {
      console.log('  the lookup as one bare SQL query, and EXPLAIN of the name search ...');
      extra = [await bareLookup(postgresUrl!, fixture, CONNECTIONS, DURATION_S), await explainNameSearch(postgresUrl!, 'hofmann')].join('\n\n');
    }
    return { rows, extra, loadBefore, loadAfter: os.loadavg()[0]! };
  } finally {
    stop();
  }
}

function table(rows: Row[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = rows.map(({ target, figures: f, problem, baseline }) => {
    if (!f) return `| ${target.name} | ${target.what} | | | | | | | | ${problem} |`;
    const share = baseline ? `${((f.rps / baseline.rps) * 100).toFixed(0)} % of ${baseline.name}` : '';
    const issues = f.non2xx || f.errors ? `${f.non2xx} non-2xx, ${f.errors} errors` : '-';
    return `| ${target.name} | ${target.what} | ${Math.round(f.rps)} | ${f.p50} | ${f.p99} | ${f.p50single} | ${kb(f.bytes)} | ${f.queries ?? ''} | ${share} | ${issues} |`;
  });
  return `| what | request | req/s (${CONNECTIONS} conn.) | p50 | p99 | p50 (1 conn.) | response | queries/req | share of its baseline | problems |
|---|---|---:|---:|---:|---:|---:|---:|---|---|
${lines.join('\n')}`;
}

const databaseTitle = {
  pglite: 'Embedded database (PGlite), demo data',
  postgres: 'PostgreSQL at production size (npm run bench:seed: 100,000 organisations, 300,000 users and contacts, 1,000,000 audit events)',
};

function command(): string {
  const vars = ['BENCH_DATABASE_URL', 'BENCH_DATABASES', 'BENCH_DURATION', 'BENCH_WARMUP', 'BENCH_ONLY', 'BENCH_EXTRA'].filter((v) => process.env[v]).map((v) => `${v}=${process.env[v]}`);
  return [...vars, 'npm run bench'].join(' ');
}

async function main() {
  const loadStart = os.loadavg();
  ensureBuild();
  // BENCH_DATABASES=postgres (or pglite) measures one of them only.
  const databases = (postgresUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const)).filter((d) => !process.env.BENCH_DATABASES || process.env.BENCH_DATABASES.split(',').includes(d));
  const sections: string[] = [];
  for (const database of databases) {
    const result = await benchDatabase(database);
    sections.push(`## ${databaseTitle[database]}

Load average (1 min) ${result.loadBefore.toFixed(2)} before, ${result.loadAfter.toFixed(2)} after.

${table(result.rows)}
${result.extra ? `\n${result.extra}\n` : ''}`);
  }
  if (!postgresUrl) sections.push('PostgreSQL was not measured: set BENCH_DATABASE_URL to a database seeded with `npm run bench:seed`.');
  const firstLoad = spawnSync(process.execPath, ['bench/first-load-js.mjs'], { encoding: 'utf8' });
  sections.push(`## First-load JavaScript per page (gzip, bench/first-load-js.mjs)\n\n${firstLoad.status === 0 ? firstLoad.stdout.trim() : 'not measured: ' + firstLoad.stderr.trim()}`);
  if (process.env.BENCH_EXTRA !== '0') {
    console.log('measuring the DPA PDF renderer, announce and delivery ...');
    // The PostgreSQL benchmarks run in processes of their own: each opens its own scratch database
    // and reads the environment once.
    const alone = (file: string) =>
      spawnSync('npx', ['tsx', '--conditions=react-server', file], { encoding: 'utf8', env: process.env }).stdout.trim();
    sections.push(await benchPdf(), alone('bench/notices.ts'), alone('bench/deliveries.ts'));
  }
  const loadEnd = os.loadavg();
  const text = `# Benchmark results

Measured ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, commit ${gitCommit()}.
Command: \`${command()}\`.
Load average (1/5/15 min) ${loadStart.map((l) => l.toFixed(2)).join(' / ')} at the start, ${loadEnd.map((l) => l.toFixed(2)).join(' / ')} at the end:
the machine is shared with other work, so the absolute figures are noisy; compare rows of one run.
\`npm start\` (server.mjs, production build) with BENCH_BASELINES=1 and BENCH_QUERY_COUNT=1; autocannon on the same machine:
${CONNECTIONS} connections for ${DURATION_S} s after a ${WARMUP_S} s warm-up, then 1 connection for ${SINGLE_S} s. Latencies in ms.
Queries per request: statements counted at the driver (db/query-counter.ts) over ${COUNT_REQUESTS} requests sent one at a time.
"Share of its baseline": a page's req/s against the bare server-rendered page printing as much HTML from one query; an API
call's against the bare route handler. How and why: bench/README.md.

${sections.join('\n\n')}
`;
  fs.writeFileSync(path.join(root, 'bench', 'results.md'), text);
  console.log(text);
}

main().catch((error: unknown) => {
  // Reports, never fails a build: the reason is printed and the exit code stays 0.
  console.error(`bench could not measure: ${error instanceof Error ? error.message : String(error)}`);
});
