// npm run bench - measures the portal against a bare Next.js route in the same run and writes
// bench/results.md. Method: bench/README.md. Benchmarks report; they never fail the build.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchPdf } from './pdf';

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3200);
const origin = `http://127.0.0.1:${port}`;
const workDir = path.join(root, '.data', 'bench');
const pgliteDir = path.join(workDir, 'pglite');
const CONNECTIONS = 20;
const WARMUP_S = 3;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const SINGLE_S = 5;

type Target = { name: string; what: string; path: string; headers?: Record<string, string>; expect: (body: string) => boolean };
type Figures = { rps: number; p50: number; p99: number; p50single: number; bytes: number; non2xx: number; errors: number };

function bin(name: string) {
  return path.join(root, 'node_modules', '.bin', name);
}

function ensureBuild() {
  if (fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  console.log('no production build: running next build ...');
  const built = spawnSync(bin('next'), ['build'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('next build failed');
}

function prepareDatabase(): { orgId: string; sessionToken: string } {
  fs.rmSync(workDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir };
  delete env.DATABASE_URL;
  const prepared = spawnSync(bin('tsx'), ['--conditions=react-server', 'bench/prepare-db.ts'], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (prepared.status !== 0) throw new Error('preparing the benchmark database failed');
  return JSON.parse(prepared.stdout.trim().split('\n').at(-1)!) as { orgId: string; sessionToken: string };
}

async function startServer(): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PGLITE_DIR: pgliteDir,
    APP_URL: `http://localhost:${port}`,
    AUTH_SECRET: 'bench-only-secret-0123456789abcdefghijklmn',
    AUTH_TRUST_HOST: 'true',
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  // server.mjs, as `npm start` runs it (plain `next start` is refused in production, decision 0008).
  const server = spawn(process.execPath, ['server.mjs'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
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

function load(url: string, headers: Record<string, string>, connections: number, duration: number) {
  return autocannon({ url, headers, connections, duration, timeout: 30 });
}

async function measure(target: Target): Promise<Figures> {
  const url = `${origin}${target.path}`;
  const response = await fetch(url, { headers: target.headers, redirect: 'manual' });
  const body = await response.text();
  if (response.status !== 200 || !target.expect(body)) {
    throw new Error(`${target.name}: ${target.path} answered ${response.status} without the expected content`);
  }
  process.stdout.write(`${target.name}: warm-up ${WARMUP_S} s, `);
  await load(url, target.headers ?? {}, CONNECTIONS, WARMUP_S);
  process.stdout.write(`${CONNECTIONS} connections ${DURATION_S} s, `);
  const loaded = await load(url, target.headers ?? {}, CONNECTIONS, DURATION_S);
  process.stdout.write(`1 connection ${SINGLE_S} s\n`);
  const single = await load(url, target.headers ?? {}, 1, SINGLE_S);
  return {
    rps: loaded.requests.average,
    p50: loaded.latency.p50,
    p99: loaded.latency.p99,
    p50single: single.latency.p50,
    bytes: Buffer.byteLength(body),
    non2xx: loaded.non2xx + single.non2xx,
    errors: loaded.errors + loaded.timeouts + single.errors + single.timeouts,
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

function writeResults(rows: { target: Target; figures: Figures }[], loadBefore: number, extra: string) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const table = rows.map(
    ({ target, figures: f }) =>
      `| ${target.name} | ${target.what} | ${Math.round(f.rps)} | ${f.p50} | ${f.p99} | ${f.p50single} | ${kb(f.bytes)} |` +
      (f.non2xx || f.errors ? ` ${f.non2xx} non-2xx, ${f.errors} errors |` : ' - |'),
  );
  const [dashboard, bare] = rows;
  const ratio = dashboard && bare ? (dashboard.figures.rps / bare.figures.rps) * 100 : NaN;
  const text = `# Benchmark results

Measured ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version},
commit ${gitCommit()}, load average ${loadBefore.toFixed(2)} before the run; \`next start\` (production build) on a fresh embedded database (PGlite) with the demo data.
autocannon on the same machine: ${CONNECTIONS} connections for ${DURATION_S} s after a ${WARMUP_S} s warm-up,
then 1 connection for ${SINGLE_S} s. Latencies in ms. How and why: bench/README.md.

## 1. Customer dashboard next to a bare Next.js route

| what | request | req/s (${CONNECTIONS} conn.) | p50 | p99 | p50 (1 conn.) | response | problems |
|---|---|---:|---:|---:|---:|---:|---|
${table.join('\n')}

The dashboard serves ${Number.isFinite(ratio) ? ratio.toFixed(1) : '?'} % of the bare dynamic route's throughput.

${extra}`;
  fs.writeFileSync(path.join(root, 'bench', 'results.md'), text);
}

async function main() {
  const loadBefore = os.loadavg()[0]!;
  ensureBuild();
  console.log('preparing a fresh embedded database (migrate, seed, one session) ...');
  const { orgId, sessionToken } = prepareDatabase();
  const server = await startServer();
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  try {
    const cookie = { cookie: `authjs.session-token=${sessionToken}` };
    const targets: Target[] = [
      {
        name: 'customer dashboard',
        what: 'GET /orgs/:id of K-10001, signed in as the demo signatory',
        path: `/orgs/${orgId}`,
        headers: cookie,
        expect: (body) => body.includes('Bäckerei Hofmann'),
      },
      {
        name: 'bare dynamic route',
        what: 'GET /api/health (route handler, `select 1`)',
        path: '/api/health',
        expect: (body) => body.includes('"ok"'),
      },
      {
        name: 'static file',
        what: 'a JS chunk from .next/static',
        path: staticAsset(),
        expect: (body) => body.length > 0,
      },
    ];
    const rows: { target: Target; figures: Figures }[] = [];
    for (const target of targets) rows.push({ target, figures: await measure(target) });
    stop();
    console.log('measuring the DPA PDF renderer ...');
    // The PostgreSQL benchmarks run in processes of their own: each opens its own scratch database
    // and reads the environment once.
    const alone = (file: string) =>
      spawnSync('npx', ['tsx', '--conditions=react-server', file], { encoding: 'utf8', env: process.env }).stdout.trim();
    console.log('measuring announce and delivery on PostgreSQL ...');
    writeResults(rows, loadBefore, [await benchPdf(), alone('bench/notices.ts'), alone('bench/deliveries.ts')].join('\n\n'));
    console.log(fs.readFileSync(path.join(root, 'bench', 'results.md'), 'utf8'));
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
