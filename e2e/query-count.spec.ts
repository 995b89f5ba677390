import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { mailFilterChangeNoticeId } from '../scripts/demo-seed/build-change-notice-rows';
import { demoOrgs, demoPhone } from '../scripts/demo-seed/demo-accounts';
import { orgIds, seeded } from './support/demo-ids';
import { freePort } from './support/free-port';

// The SQL statements a page needs are a small constant, whatever the number of rows it shows
// (issue 14): no N+1, nothing per row. This spec runs an app of its own (server.mjs on a fresh
// embedded database, with QUERY_COUNT_LOG: server.mjs counts the statements of each request at the
// driver, db/query-counter.ts), measures every main page on the demo data (one or two rows per
// list), stops the app, adds forty rows to every list (e2e/support/query-count-db.ts grow),
// starts it again and measures once more. Each page is requested twice per round and the second,
// warm request counts: caches that are filled once per process are allowed, per-row queries not.

type Persona = 'signatory' | 'privacy' | 'support' | 'api';
/** `budget`: the most statements the page may send per (warm) request; measured, with the reasons in docs/decisions/0106-query-count-test.md. */
type Measured = { name: string; persona: Persona; url: string; rows: RegExp; budget: number };

const customer = orgIds.current;
const pages: Measured[] = [
  { name: 'customer dashboard', persona: 'signatory', url: `/orgs/${customer}`, rows: /Messreihe/g, budget: 2 },
  { name: 'DPA review', persona: 'signatory', url: `/orgs/${customer}/dpa`, rows: /Messreihe Rechenzentrum/g, budget: 10 },
  { name: 'TOMs', persona: 'signatory', url: `/orgs/${customer}/toms`, rows: /$^/g, budget: 3 },
  { name: 'register', persona: 'signatory', url: `/orgs/${customer}/register`, rows: /Messreihe Rechenzentrum/g, budget: 7 },
  { name: 'notices list', persona: 'signatory', url: `/orgs/${customer}/notices`, rows: /\/notices\/[0-9a-f-]{36}"/g, budget: 3 },
  { name: 'one notice', persona: 'signatory', url: `/orgs/${customer}/notices/${seeded.currentNoticeId}`, rows: /$^/g, budget: 5 },
  { name: 'staff home with search', persona: 'privacy', url: '/staff?q=Messreihe', rows: /Messreihe \d{3} GmbH/g, budget: 3 },
  { name: 'staff register', persona: 'privacy', url: '/staff/register', rows: /Messreihe Rechenzentrum/g, budget: 4 },
  { name: 'staff notice page', persona: 'privacy', url: `/staff/change-notices/${mailFilterChangeNoticeId}`, rows: /Messreihe/g, budget: 7 },
  { name: 'objections list', persona: 'privacy', url: '/staff/objections', rows: /Messreihe: Einwand|\/objections\//g, budget: 3 },
  // The decided objections, keyset-paged like the open ones (docs/decisions/0135-paged-staff-lists-and-one-dashboard-statement.md).
  { name: 'decided objections', persona: 'privacy', url: '/staff/objections?state=decided', rows: /$^/g, budget: 2 },
  { name: 'staff register, second page', persona: 'privacy', url: '/staff/register?view=all&page=2', rows: /$^/g, budget: 4 },
  { name: 'support view', persona: 'support', url: `/staff/support/${customer}`, rows: /Messreihe Kontakt/g, budget: 8 },
  // The token API (decision 0142): the token with its rate-limit hit in one statement, then the
  // lookup with supportLevel()'s facts (decision 0144) and its audit event in one (decision 0152). The
  // call identification reads the caller, then writes its call-list entry and audit event in one
  // insert, without a transaction (decision 0145).
  { name: 'API support lookup', persona: 'api', url: `/api/v1/support/lookup?customerNumber=${demoOrgs.current}`, rows: /"organisation"/g, budget: 2 },
  { name: 'API call identification', persona: 'api', url: `/api/v1/calls/identify?number=${encodeURIComponent(demoPhone.normalized)}`, rows: /"known":true/g, budget: 3 },
];

const tsx = path.join('node_modules', '.bin', 'tsx');

test.describe.configure({ mode: 'serial' });
test.setTimeout(600_000);

test('[PERFORMANCE][QUERY_COUNT]: the main pages send a constant number of statements, whatever the number of rows', async () => {
  const port = await freePort();
  const dir = path.resolve('.data', `query-count-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const log = path.join(dir, 'statements.jsonl');
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PGLITE_DIR: path.join(dir, 'pglite'),
    PORT: String(port),
    APP_URL: origin,
    AUTH_SECRET: 'query-count-only-secret-0123456789abcdefgh',
    MAIL_WORKER: 'off',
    QUERY_COUNT_LOG: log,
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;

  const prepare = (step: 'seed' | 'grow') => {
    const run = spawnSync(tsx, ['--conditions=react-server', 'e2e/support/query-count-db.ts', step], { env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.trim().split('\n').at(-1) ?? '';
  };
  const tokens = JSON.parse(prepare('seed')) as Record<Persona, string>;

  let app: ChildProcess | null = null;
  const start = async () => {
    app = spawn(process.execPath, ['server.mjs'], { env, stdio: 'ignore' });
    const deadline = Date.now() + 120_000;
    for (;;) {
      const up = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
      if (up) return;
      if (Date.now() > deadline || app.exitCode !== null) throw new Error('the app did not start');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const stop = async () => {
    const running = app;
    app = null;
    if (!running || running.exitCode !== null) return;
    await new Promise((resolve) => {
      running.once('exit', resolve);
      running.kill('SIGTERM');
    });
  };

  const measure = async () => {
    const counts = new Map<string, { statements: number; status: number; rows: number }>();
    for (const page of pages) {
      let html = '';
      for (let i = 0; i < 2; i += 1) {
        const response = await fetch(`${origin}${page.url}`, {
          headers: page.persona === 'api' ? { authorization: `Bearer ${tokens.api}` } : { cookie: `authjs.session-token=${tokens[page.persona]}` },
          redirect: 'manual',
        });
        html = await response.text();
      }
      // server.mjs writes the line once the response has finished; give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const lines = fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { url: string; status: number; statements: number });
      const last = lines.filter((l) => l.url === page.url).at(-1)!;
      counts.set(page.name, { statements: last.statements, status: last.status, rows: html.match(page.rows)?.length ?? 0 });
    }
    return counts;
  };

  try {
    await start();
    const small = await measure();
    await stop();
    prepare('grow');
    await start();
    const large = await measure();

    const report = pages.map((p) => `${p.name}: ${small.get(p.name)!.statements} -> ${large.get(p.name)!.statements} statements (rows ${small.get(p.name)!.rows} -> ${large.get(p.name)!.rows})`);
    console.log(report.join('\n'));
    for (const page of pages) {
      const [before, after] = [small.get(page.name)!, large.get(page.name)!];
      expect.soft(before.status, `${page.name}: status`).toBe(200);
      expect.soft(after.status, `${page.name}: status`).toBe(200);
      expect.soft(after.statements, `${page.name}: statements with forty rows more`).toBe(before.statements);
      expect.soft(after.statements, `${page.name}: statements per request`).toBeLessThanOrEqual(page.budget);
    }
    // The growth reached the pages (or equal counts would prove nothing). The DPA review of an
    // organisation with a signed agreement shows the annex as signed, and the change notice page
    // counts its recipients rather than listing them: their counts are compared all the same.
    for (const name of ['API support lookup', 'API call identification']) {
      expect.soft(small.get(name)!.rows, `${name}: the call found the demo customer`).toBeGreaterThanOrEqual(1);
    }
    for (const name of ['customer dashboard', 'register', 'notices list', 'staff home with search', 'staff register', 'objections list', 'support view']) {
      expect.soft(large.get(name)!.rows, `${name}: rows shown after growing`).toBeGreaterThan(small.get(name)!.rows + 10);
    }
  } finally {
    await stop();
  }
});
