import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, TestInfo } from '@playwright/test';

// The CSP watch of issue 15 item 4 (decision 0131). Every browser context a spec opens, through the
// `page`/`context` fixtures or browser.newContext()/newPage(), gets an init script that forwards each
// `securitypolicyviolation` event of every frame to the test, and counts its page loads. Each test
// fails on a violation and appends its tally to test-results/csp/<worker pid>.jsonl; the global
// teardown (e2e/support/figures.ts) sums the lines, adds the reports the app received at
// /api/csp-report, and writes test-results/csp-figure.json.

export const cspTallyDir = path.join(process.cwd(), 'test-results', 'csp');

export type CspTally = { test: string; pages: number; violations: string[]; deliberate: number };

type Tally = Omit<CspTally, 'test'>;
let tally: Tally = { pages: 0, violations: [], deliberate: 0 };
const watched = new WeakSet<BrowserContext>();
const deliberate = new WeakSet<BrowserContext>();

const binding = '__e2eCspViolation';
function forwardViolations() {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const report = (window as unknown as Record<string, (v: string) => void>)['__e2eCspViolation'];
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}${event.sample ? ` (${event.sample})` : ''}`);
    },
    true,
  );
}

/** Forwards the context's CSP violations and page loads to the running test's tally (once per context). */
export async function watchCsp(context: BrowserContext): Promise<void> {
  if (watched.has(context)) return;
  watched.add(context);
  await context.exposeBinding(binding, (_source, text: string) => {
    if (deliberate.has(context)) tally.deliberate++;
    else tally.violations.push(text);
  });
  await context.addInitScript(forwardViolations);
  const countLoads = (page: import('@playwright/test').Page) =>
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) tally.pages++;
    });
  context.pages().forEach(countLoads);
  context.on('page', countLoads);
}

/**
 * For a spec whose point is a violation (security.spec.ts injects an inline handler): the context's
 * violations are counted as deliberate, not as failures. The app still receives their reports; the
 * teardown expects exactly that many.
 */
export function allowCspViolations(context: BrowserContext): void {
  deliberate.add(context);
}

/** Makes every context the browser opens a watched one (newPage() goes through newContext()). */
export function watchBrowser(browser: Browser): void {
  const patched = browser as Browser & { __cspWatched?: boolean };
  if (patched.__cspWatched) return;
  patched.__cspWatched = true;
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watchCsp(context);
    return context;
  };
}

export function startTally(): void {
  tally = { pages: 0, violations: [], deliberate: 0 };
}

/** Ends the test's tally: appends it to this worker's file and returns it. */
export function finishTally(testInfo: TestInfo): CspTally {
  const done: CspTally = { test: `${testInfo.project.name} › ${path.basename(testInfo.file)} › ${testInfo.titlePath.slice(1).join(' › ')}`, ...tally };
  fs.mkdirSync(cspTallyDir, { recursive: true });
  fs.appendFileSync(path.join(cspTallyDir, `${process.pid}.jsonl`), `${JSON.stringify(done)}\n`);
  startTally();
  return done;
}
