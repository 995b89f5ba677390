import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// End-to-end tests drive a PRODUCTION build (`next start`) in Chromium, with mail going through a
// real SMTP receiver (e2e/support/smtp-sink.ts). `npm test` builds first; `npm run test:e2e` too.
//   project 'pglite'   all specs, app with a fresh embedded database (auto-seeded at start-up)
//   project 'postgres' e2e/authorization*.spec.ts and e2e/property-fuzz.spec.ts, app with a fresh PostgreSQL database;
//                      only when DATABASE_URL is set (e2e/support/start-app.mjs creates the database)
// Every server takes a free port, chosen once here and passed to the workers in E2E_PORTS: the
// machine is shared, and an occupied port must not fail the suite.

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  // One line, and a failure: a missing browser must never look like a passing suite.
  console.error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  process.exit(1);
}
if (!fs.existsSync(path.join(__dirname, '.next', 'BUILD_ID'))) {
  console.error('No production build: run `npx next build` first (npm test and npm run test:e2e do)');
  process.exit(1);
}

if (!process.env.E2E_PORTS) {
  process.env.E2E_PORTS = execFileSync(process.execPath, [path.join(__dirname, 'e2e/support/free-ports.mjs'), '4'], { encoding: 'utf8' }).trim();
}
const [smtpPort, smtpHttpPort, pglitePort, postgresPort] = process.env.E2E_PORTS.split(' ').map(Number) as [number, number, number, number];
// The fixtures read the sink's address from here (workers inherit the environment).
process.env.SMTP_SINK_URL = `http://127.0.0.1:${smtpHttpPort}`;
const withPostgres = Boolean(process.env.DATABASE_URL);

/** The app's environment under test; DATABASE_URL is decided by start-app.mjs per project. */
const appEnv = {
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  AUTH_SECRET: 'e2e-only-secret-0123456789abcdefghijklmn', // 40 characters, never used elsewhere
  SIGNIN_LIMIT_PER_IP: '1000',
  // Every spec signs in by magic link; the per-address limit (5 per 15 min) is proven by the
  // integration tests in lib/auth, not by making e2e specs wait out the window.
  SIGNIN_LIMIT_PER_ADDRESS: '1000',
  MAIL_FROM: 'DPA-Portal <dpa-portal@nordwind-it.example>',
};

/**
 * The app under test is reached as 127.0.0.1, not localhost: Auth.js once built its URLs from
 * http://localhost:<PORT> whatever APP_URL said, so a sign-in completed only on localhost (issue 7).
 * Every spec that signs in proves it does not any more.
 */
export const appOrigin = (port: number) => `http://127.0.0.1:${port}`;

const app = (driver: 'pglite' | 'postgres', port: number) => ({
  name: `app-${driver}`,
  command: `node e2e/support/start-app.mjs ${driver} ${port}`,
  url: `${appOrigin(port)}/api/health`,
  env: { ...appEnv, APP_URL: appOrigin(port), PORT: String(port) },
  // Start-up migrates and seeds a fresh database.
  timeout: 180_000,
  reuseExistingServer: false,
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalTeardown: './e2e/support/figures.ts', // the CSP and axe figures of the run (decisions 0131, 0132)
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two cores run the app, the browser and the test runner: more workers only add contention.
  workers: process.env.CI ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // personas.setup.ts signs every demo persona in once per app and stores the sessions for login().
  projects: [
    { name: 'setup-pglite', testMatch: /personas\.setup\.ts$/, use: { baseURL: appOrigin(pglitePort) } },
    {
      name: 'pglite',
      dependencies: ['setup-pglite'],
      // With PostgreSQL the property fuzz runs there, where it can compare every table (decision 0125).
      testIgnore: withPostgres ? /property-fuzz\.spec\.ts$/ : undefined,
      use: { baseURL: appOrigin(pglitePort) },
    },
    ...(withPostgres
      ? [
          // The matrix signs its personas in by itself (it ends with their sign-out); the property
          // fuzz does too, and reads this database directly to see that failures write nothing.
          {
            name: 'postgres',
            testMatch: /[\\/]e2e[\\/](authorization[^\\/]*|property-fuzz)\.spec\.ts$/,
            // The replays (proxy disabled, bypass variants, cross-site) start a server of their own
            // with a fresh database; they run once, in the pglite project, to keep the suite in CI's time.
            // REPLAYS_ON_POSTGRES=1 runs them here too (the figures of docs/assurance.md, item 1).
            grepInvert: process.env.REPLAYS_ON_POSTGRES ? undefined : /replays on a server of its own/,
            use: { baseURL: appOrigin(postgresPort) },
          },
        ]
      : []),
  ],
  webServer: [
    {
      name: 'smtp-sink',
      command: 'node_modules/.bin/tsx e2e/support/smtp-sink.ts',
      url: `${process.env.SMTP_SINK_URL}/health`,
      env: { SMTP_SINK_PORT: String(smtpPort), SMTP_SINK_HTTP_PORT: String(smtpHttpPort) },
      timeout: 30_000,
      reuseExistingServer: false,
    },
    app('pglite', pglitePort),
    ...(withPostgres ? [app('postgres', postgresPort)] : []),
  ],
});
