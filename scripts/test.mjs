// npm test - the whole suite, in order, stopping at the first failure:
//   typecheck -> lint -> unit -> integration on PGlite -> integration on PostgreSQL (when
//   DATABASE_URL is set) -> next build -> Playwright e2e against the production build.
// Ends with one machine-readable line, `N passed, N failed` (tests counted by vitest and
// Playwright; a step that fails without a failing test, e.g. a type error, counts as one failure),
// and exits non-zero on any failure.
// `node scripts/test.mjs --only=unit,integration-pglite` runs some steps (for development; the
// summary says which steps did not run).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'dpa-test-'));
const bin = (name) => path.join('node_modules', '.bin', name);
const hasPostgres = Boolean(process.env.DATABASE_URL);

const vitest = (project, report) => [bin('vitest'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];

const steps = [
  { id: 'typecheck', name: 'typecheck', command: [bin('tsc'), '--noEmit'] },
  { id: 'lint', name: 'lint', command: [bin('eslint'), '.', '--max-warnings=0'] },
  { id: 'unit', name: 'unit tests', report: 'unit.json', command: (r) => vitest('unit', r) },
  {
    id: 'integration-pglite', name: 'integration tests on PGlite',
    report: 'integration-pglite.json',
    command: (r) => vitest('integration', r),
    env: { TEST_DB: 'pglite', DATABASE_URL: undefined },
  },
  {
    id: 'integration-postgres', name: 'integration tests on PostgreSQL',
    report: 'integration-postgres.json',
    command: (r) => vitest('integration', r),
    env: { TEST_DB: 'postgres' },
    skip: hasPostgres ? null : 'DATABASE_URL not set',
  },
  { id: 'build', name: 'production build', command: [bin('next'), 'build'] },
  {
    id: 'e2e', name: 'e2e tests (Playwright, Chromium)',
    report: 'e2e.json',
    command: () => [bin('playwright'), 'test', '--reporter=list,json'],
    env: (r) => ({ PLAYWRIGHT_JSON_OUTPUT_FILE: r }),
  },
];

const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : null;
const unknown = (only ?? []).filter((id) => !steps.some((s) => s.id === id));
if (unknown.length) {
  console.error(`unknown step ${unknown.join(', ')}; steps: ${steps.map((s) => s.id).join(', ')}`);
  process.exit(2);
}

function run(command, extraEnv) {
  const env = { ...process.env };
  for (const [key, value] of Object.entries(extraEnv ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`could not start ${command[0]}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Passed and failed test counts from a vitest or Playwright JSON report, or null if there is none. */
function countTests(file) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (typeof data.numPassedTests === 'number') {
    return { passed: data.numPassedTests, failed: data.numFailedTests };
  }
  if (data.stats) {
    return { passed: (data.stats.expected ?? 0) + (data.stats.flaky ?? 0), failed: data.stats.unexpected ?? 0 };
  }
  return null;
}

let passed = 0;
let failed = 0;
const lines = [];
const started = Date.now();

for (const [index, step] of steps.entries()) {
  if (only && !only.includes(step.id)) {
    lines.push(`  not run  ${step.name} (not in --only)`);
    continue;
  }
  console.log(`\n=== [${index + 1}/${steps.length}] ${step.name} ===`);
  if (step.skip) {
    console.log(`skipping PostgreSQL suite: ${step.skip}`);
    lines.push(`  skipped  ${step.name} (${step.skip})`);
    continue;
  }
  const report = step.report ? path.join(reports, step.report) : null;
  const command = typeof step.command === 'function' ? step.command(report) : step.command;
  const env = typeof step.env === 'function' ? step.env(report) : step.env;
  const stepStarted = Date.now();
  const code = await run(command, env);
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(0);
  const counts = report ? countTests(report) : null;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  const tally = counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : '';
  if (code !== 0) {
    // A failure that no test counted (type error, lint error, crash, missing browser) still counts.
    if (!counts || counts.failed === 0) failed += 1;
    lines.push(`  FAILED   ${step.name}${tally}, ${seconds} s`);
    for (const rest of steps.slice(index + 1)) lines.push(`  not run  ${rest.name}`);
    break;
  }
  lines.push(`  ok       ${step.name}${tally}, ${seconds} s`);
}

fs.rmSync(reports, { recursive: true, force: true });
console.log(`\n=== summary (${((Date.now() - started) / 60_000).toFixed(1)} min) ===`);
console.log(lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
