// Pieces the proofs of issue 15 (npm run proof:instances, proof:faults) share: free ports, a
// scratch PostgreSQL database, the production server and the worker as child processes, an SMTP
// receiver that counts what it accepts, and a TCP proxy that can be cut. Everything takes a free
// port (listen on 0) and a fresh database name; everything started here is stopped by stopAll().
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { SMTPServer } from 'smtp-server';
import { freePort } from '@/e2e/support/free-port';
import { parseMail, type ParsedMail } from '@/e2e/support/parse-mail';

export const root = path.resolve(__dirname, '../..');
const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void>)[] = [];


/** A fresh database next to DATABASE_URL's, migrated and seeded by the app's own code; dropped at the end. */
export async function scratchDatabase(label: string): Promise<{ url: string; sql: postgres.Sql; name: string }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('the proofs need DATABASE_URL: a PostgreSQL server where they may create databases');
  const name = `${new URL(adminUrl).pathname.slice(1)}_${label}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  });
  const prepared = await run(['--conditions=react-server', 'scripts/proof/prepare-database.ts'], { DATABASE_URL: url.toString() });
  if (prepared !== 0) throw new Error(`could not migrate and seed ${name}`);
  const sql = postgres(url.toString(), { max: 4, onnotice: () => {} });
  cleanups.unshift(() => sql.end({ timeout: 5 }));
  return { url: url.toString(), sql, name };
}

function run(args: string[], env: Record<string, string>): Promise<number> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

/** The environment every instance and worker of one deployment shares. */
export function deploymentEnv(databaseUrl: string, smtpPort: number): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'DPA-Portal <dpa-portal@nordwind-it.example>',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    MAIL_WORKER: 'off',
  };
}

export type Proc = { child: ChildProcess; log: () => string; kill: (signal?: NodeJS.Signals) => Promise<void> };

function start(command: string, args: string[], env: Record<string, string>, name: string): Proc {
  const logFile = path.join(os.tmpdir(), `dpa-proof-${name}-${process.pid}.log`);
  const out = fs.openSync(logFile, 'w');
  // Its own process group: tsx runs the script in a child, and SIGKILL must reach that one too.
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true });
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    log: () => fs.readFileSync(logFile, 'utf8'),
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // already gone
        }
        await exited;
      }
      children.delete(child);
    },
  };
}

/** `npm start` (node server.mjs) on a free port; resolves when /api/health answers. */
export async function startApp(env: Record<string, string>, name: string) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const proc = start(process.execPath, ['server.mjs'], { ...env, PORT: String(port), APP_URL: origin }, name);
  for (let i = 0; i < 240; i++) {
    if (proc.child.exitCode !== null) throw new Error(`${name} exited:\n${proc.log()}`);
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { ...proc, origin, port };
    await sleep(500);
  }
  throw new Error(`${name} did not answer /api/health:\n${proc.log()}`);
}

/** `npm run worker` (scripts/worker.ts) as its own process. */
export function startWorker(env: Record<string, string>, name = 'worker') {
  return start(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/worker.ts'], env, name);
}

export type Sink = {
  port: number;
  messages: ParsedMail[];
  perRecipient: () => Map<string, number>;
  accepted: () => number;
  /** Stops accepting connections (the relay is down) until up() is called. */
  down: () => Promise<void>;
  up: () => Promise<void>;
};

/** A real SMTP receiver on a free port that keeps every mail and counts them per recipient. */
export async function startSink(options: { keep?: (to: string[]) => boolean } = {}): Promise<Sink> {
  const counts = new Map<string, number>();
  const messages: ParsedMail[] = [];
  let total = 0;
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 25 * 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          total++;
          for (const address of to) counts.set(address, (counts.get(address) ?? 0) + 1);
          if (!options.keep || options.keep(to)) messages.push(await parseMail(Buffer.concat(chunks)));
          callback();
        });
      },
    });
  let server = make();
  const port = await freePort();
  const listen = () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen();
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  cleanups.push(close);
  return {
    port,
    messages,
    perRecipient: () => counts,
    accepted: () => total,
    down: async () => {
      await close();
    },
    up: async () => {
      server = make();
      await listen();
    },
  };
}

/** A TCP proxy on a free port in front of `target`; cut() drops every connection and refuses new ones. */
export async function startProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    port,
    cut: () => {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore: () => {
      open = true;
    },
  };
}

export async function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone
    }
  }
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** "<file relative to the repository>#<export>" -> the action id in this build. */
export function actionId(name: string): string {
  const file = path.join(root, '.next/server/server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => `${entry.filename}#${entry.exportedName}` === name);
  if (!found) throw new Error(`no server action ${name} in this build (npx next build first)`);
  return found[0];
}

/** Posts a server action the way a page of ours does (same origin, arguments as JSON). */
export function postAction(origin: string, page: string, id: string, args: unknown[], cookie?: string) {
  return fetch(`${origin}${page}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Next-Action': id,
      Origin: origin,
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: JSON.stringify(args),
  });
}

/** Where `npm run proof:*` writes its figures. */
export function writeFigures(name: string, figures: unknown) {
  const dir = path.join(root, 'test-results', 'proof');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), machine: machine(), ...(figures as object) }, null, 2));
  return file;
}

export function machine() {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** Writes a proof's figures, prints them with the machine and any shortfall: the exit code. */
export function report(name: string, label: string, figures: Record<string, unknown>, shortfalls: string[]): number {
  const file = writeFigures(name, { ...figures, shortfalls });
  console.log(`${machine()}\nfigures: ${file}`);
  if (shortfalls.length) {
    console.error(`SHORTFALL:\n- ${shortfalls.join('\n- ')}`);
    return 1;
  }
  console.log(`${label}: all properties hold`);
  return 0;
}

/** Runs a proof and stops every process it started, whatever happened; exit 2 on an error. */
export function runProof(main: () => Promise<number>) {
  main()
    .then(async (code) => {
      await stopAll();
      process.exit(code);
    })
    .catch(async (error: unknown) => {
      console.error(error);
      await stopAll();
      process.exit(2);
    });
}
