import fs from 'node:fs';
import path from 'node:path';
import { matrix, type Persona } from './authorization-matrix';
import { discover } from './support/app-routes';
import { axeProblems, type AxeProblem } from './support/axe';
import { orgIds } from './support/demo-ids';
import { expect, test, type DemoRole } from './support/fixtures';
import { locales, publicStart, setLocale, walk } from './support/walk';

// [ALL][ACCESSIBILITY] (issue 15 item 7, decision 0132): axe on every page of app/, in German and
// English, for every role that may open it. Which role may open which page is the authorization
// matrix's answer (a page row with 200 for the persona); each role's walk starts from all of those
// pages and follows the links from there (e2e/support/walk.ts), so a page added to app/ needs a
// matrix row (e2e/authorization.spec.ts) and is then axe-checked here without further ado. Page
// states after an action (a field error, a result, an open dialog) are checked in the specs that
// produce them, with expectAccessible(page, state). Every test writes what it checked to
// test-results/a11y/; the global teardown sums it into test-results/a11y-figure.json.

/** The matrix's environment in the e2e app: SMTP configured (no mailbox), embedded database. */
const e2eEnv = { mailbox: false, embedded: true };

/** Pages that answer 200 to nobody in the e2e app, and why. */
const notServed: Record<string, string> = {
  '/': 'redirects everyone (sign-in, dashboard or staff start)',
  '/dev/mailbox': 'exists only without SMTP_URL; the suite sends mail through its SMTP sink',
  '/bench-baseline/static': 'benchmark baseline, only with BENCH_BASELINES',
  '/bench-baseline/rows': 'benchmark baseline, only with BENCH_BASELINES',
};

/** "/staff/versions/[kind]/[versionId]" matches "/staff/versions/dpa/:id" */
const matches = (template: string, visited: string) => {
  const a = template.split('/');
  const b = visited.split('/');
  return a.length === b.length && a.every((segment, i) => /^\[.+\]$/.test(segment) || segment === b[i]);
};

/** The pages `persona` may open (the matrix says 200 for its own organisation), as paths with real ids. */
function pagesOf(persona: Persona): { template: string; path: string }[] {
  return matrix.flatMap((row) => {
    if (row.kind !== 'page') return [];
    const outcome = row.expect(e2eEnv)[persona];
    if ((typeof outcome === 'object' ? outcome.own : outcome) !== 200) return [];
    const concrete = (row.path ?? row.route).replaceAll('{orgId}', orgIds.current).replaceAll('[orgId]', orgIds.current);
    return [{ template: row.route, path: concrete }];
  });
}

type Walker = { name: string; persona: Persona; login?: DemoRole };
const walkers: Walker[] = [
  { name: 'anonymous', persona: 'anonymous' },
  { name: 'signatory', persona: 'signatory', login: 'signatory' },
  { name: 'member', persona: 'member', login: 'member' },
  { name: 'privacy', persona: 'privacy', login: 'privacy' },
  { name: 'support', persona: 'support', login: 'support' },
  { name: 'admin', persona: 'admin', login: 'admin' },
];

/** Other states of the customer pages: an organisation without a DPA, one on an older version. */
const extraWalkers: { role: DemoRole; reaches: string[] }[] = [
  { role: 'otherSignatory', reaches: ['/orgs/:id', '/orgs/:id/dpa'] },
  { role: 'outdatedSignatory', reaches: ['/orgs/:id/dpa/changes'] },
];

const figureDir = path.join(process.cwd(), 'test-results', 'a11y');
function record(name: string, locale: string, checked: string[], problems: { route: string; problems: AxeProblem[] }[]) {
  fs.mkdirSync(figureDir, { recursive: true });
  const count = (impact: string) => problems.reduce((n, p) => n + p.problems.filter((x) => x.impact === impact).length, 0);
  const line = { walker: name, locale, checked, serious: count('serious'), critical: count('critical') };
  fs.appendFileSync(path.join(figureDir, `${process.pid}.jsonl`), `${JSON.stringify(line)}\n`);
}

test('[ALL][ACCESSIBILITY]: every page of app/ is axe-checked for each role the matrix lets open it', () => {
  const { pages } = discover();
  const uncovered = pages.filter((page) => !(page in notServed) && !walkers.some((w) => pagesOf(w.persona).some((p) => p.template === page)));
  expect(uncovered, 'pages no walker checks (add the page to the authorization matrix)').toEqual([]);
  expect(Object.keys(notServed).filter((page) => !pages.includes(page)), 'stale entries in notServed').toEqual([]);
  for (const page of Object.keys(notServed)) {
    expect(walkers.filter((w) => pagesOf(w.persona).some((p) => p.template === page)).map((w) => w.name), `${page} is served after all`).toEqual([]);
  }
});

test.describe('[ALL][ACCESSIBILITY] axe: no serious or critical violations', () => {
  // A ceiling, not a goal: the admin's walk visits some fifty pages, on two busy cores.
  test.describe.configure({ timeout: 1_200_000 });

  for (const locale of locales) {
    for (const walker of walkers) {
      test(`${walker.name} (${locale})`, async ({ page, login, baseURL }) => {
        if (walker.login) await login(walker.login);
        await setLocale(page, baseURL!, locale);
        const own = pagesOf(walker.persona);
        const start = [...new Set([...(walker.persona === 'anonymous' ? publicStart : []), ...own.map((p) => p.path)])];
        const problems: { route: string; problems: AxeProblem[] }[] = [];
        const visited = await walk(
          page,
          start,
          async (here) => {
            const found = await axeProblems(page);
            if (found.length > 0) problems.push({ route: here, problems: found });
          },
          150,
        );
        record(walker.name, locale, visited, problems);
        expect(problems, `axe (${walker.name}, ${locale})`).toEqual([]);
        const missed = own.filter((p) => !visited.some((v) => matches(p.template, v))).map((p) => p.template);
        expect(missed, 'pages the matrix lets this role open that the walk did not check').toEqual([]);
      });
    }

    for (const { role, reaches } of extraWalkers) {
      test(`${role} (${locale})`, async ({ page, login, baseURL }) => {
        await login(role);
        await setLocale(page, baseURL!, locale);
        const problems: { route: string; problems: AxeProblem[] }[] = [];
        const visited = await walk(page, [new URL(page.url()).pathname], async (here) => {
          const found = await axeProblems(page);
          if (found.length > 0) problems.push({ route: here, problems: found });
        });
        record(role, locale, visited, problems);
        expect(problems, `axe (${role}, ${locale})`).toEqual([]);
        expect(visited).toEqual(expect.arrayContaining(reaches));
      });
    }
  }
});
