import fs from 'node:fs';
import path from 'node:path';
import { cspTallyDir, type CspTally } from './csp-watch';

// Global teardown (playwright.config.ts): the axe figure of the accessibility walks, and the CSP figure of issue 15 item 4 (decision 0131). Sums
// the tallies every test wrote (e2e/support/csp-watch.ts) and the violation reports each app under
// test received at /api/csp-report, writes test-results/csp-figure.json, and fails the run unless
// no test saw a violation and the apps received exactly the reports of the deliberate ones.
// Runs before Playwright stops the web servers, so the apps can still be asked.

type ServerCounts = { violations: number; rejected: number; unlogged: number };

async function serverCounts(origin: string, atLeast: number): Promise<ServerCounts | null> {
  // Browsers send reports after the fact: wait (a little) for the deliberate ones to arrive.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await fetch(`${origin}/api/csp-report`).catch(() => null);
    if (!response?.ok) return null;
    const counts = (await response.json()) as ServerCounts;
    if (counts.violations >= atLeast || Date.now() > deadline) return counts;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

type A11yLine = { walker: string; locale: string; checked: string[]; serious: number; critical: number };

/** Sums what e2e/accessibility.spec.ts checked into test-results/a11y-figure.json (the spec fails by itself). */
function a11yFigure() {
  const dir = path.join(process.cwd(), 'test-results', 'a11y');
  if (!fs.existsSync(dir)) return;
  const lines = fs
    .readdirSync(dir)
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as A11yLine);
  const figure = {
    at: new Date().toISOString(),
    walks: lines.length,
    pageChecks: lines.reduce((n, l) => n + l.checked.length, 0),
    routesChecked: [...new Set(lines.flatMap((l) => l.checked))].length,
    serious: lines.reduce((n, l) => n + l.serious, 0),
    critical: lines.reduce((n, l) => n + l.critical, 0),
    perWalk: lines.map((l) => ({ walker: l.walker, locale: l.locale, pages: l.checked.length, serious: l.serious, critical: l.critical })),
  };
  fs.writeFileSync(path.join(process.cwd(), 'test-results', 'a11y-figure.json'), `${JSON.stringify(figure, null, 2)}\n`);
  console.log(`axe figure: ${figure.pageChecks} page checks (${figure.routesChecked} routes) in ${figure.walks} walks, ${figure.serious} serious, ${figure.critical} critical -> test-results/a11y-figure.json`);
}

export default async function teardown() {
  a11yFigure();
  await cspFigure();
}

async function cspFigure() {
  const files = fs.existsSync(cspTallyDir) ? fs.readdirSync(cspTallyDir).filter((f) => f.endsWith('.jsonl')) : [];
  const tallies = files.flatMap((f) =>
    fs
      .readFileSync(path.join(cspTallyDir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CspTally),
  );
  if (tallies.length === 0) return; // nothing ran (e.g. --list)
  const deliberate = tallies.reduce((n, t) => n + t.deliberate, 0);
  const [, , pglitePort, postgresPort] = (process.env.E2E_PORTS ?? '').split(' ').map(Number);
  const apps = [pglitePort, ...(process.env.DATABASE_URL ? [postgresPort] : [])].filter(Boolean).map((port) => `http://127.0.0.1:${port}`);
  const reports: Record<string, ServerCounts | null> = {};
  for (const origin of apps) reports[origin] = await serverCounts(origin, deliberate);
  const received = Object.values(reports).reduce((n, c) => n + (c?.violations ?? 0), 0);
  const figure = {
    at: new Date().toISOString(),
    tests: tallies.length,
    pagesVisited: tallies.reduce((n, t) => n + t.pages, 0),
    violations: tallies.reduce((n, t) => n + t.violations.length, 0),
    deliberateViolations: deliberate,
    reportsReceived: received,
    unexpectedReports: Math.max(0, received - deliberate),
    reportsByApp: reports,
    testsWithViolations: tallies.filter((t) => t.violations.length > 0).map((t) => ({ test: t.test, violations: t.violations })),
  };
  fs.writeFileSync(path.join(process.cwd(), 'test-results', 'csp-figure.json'), `${JSON.stringify(figure, null, 2)}\n`);
  console.log(
    `CSP figure: ${figure.pagesVisited} page loads in ${figure.tests} tests, ${figure.violations} violations, ` +
      `${received} reports received (${deliberate} deliberate) -> test-results/csp-figure.json`,
  );
  const problems = [
    ...(figure.violations > 0 ? [`${figure.violations} CSP violations in ${figure.testsWithViolations.length} tests`] : []),
    ...(received !== deliberate ? [`the apps received ${received} CSP reports, ${deliberate} expected (the deliberate violations)`] : []),
    ...Object.entries(reports).filter(([, c]) => c === null).map(([origin]) => `${origin}/api/csp-report did not answer`),
  ];
  if (problems.length > 0) throw new Error(`CSP figure: ${problems.join('; ')}`);
}
