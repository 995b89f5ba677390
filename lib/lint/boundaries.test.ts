import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The import boundaries of STYLE.md are enforced by eslint.config.mjs. These cases prove that each
// rule fires (a rule that never fires protects nothing) and that the allowed directions stay allowed.

// The first lint loads the whole config and its plugins: seconds on a busy two-core machine.
const LINT_TIMEOUT = 60_000;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(__dirname, '../..') });
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['db/schema-extra.ts', `import { env } from '@/lib/env';\nexport const x = env;\n`],
    ['db/other.ts', `import { seedDemoData } from '@/scripts/demo-seed';\nexport const x = seedDemoData;\n`],
    ['app/(customer)/orgs/[orgId]/x/page.tsx', `import { getDb } from '@/db/client';\nexport const x = getDb;\n`],
    ['app/(staff)/staff/x/page.tsx', `import { eq } from 'drizzle-orm';\nexport const x = eq;\n`],
    ['app/(customer)/orgs/[orgId]/register/page.tsx', `import { RegisterTable } from '@/app/(staff)/staff/register/register-table';\nexport const x = RegisterTable;\n`],
    ['app/(staff)/staff/register/page.tsx', `import { X } from '../../../(customer)/orgs/[orgId]/register/x';\nexport const y = X;\n`],
    ['app/_components/x.tsx', `import { X } from '@/app/(staff)/staff/x';\nexport const y = X;\n`],
    ['lib/dpa/x.ts', `import { X } from '@/app/_components/x';\nexport const y = X;\n`],
    ['lib/dpa/y.ts', `import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';\nexport const y = demoAccounts;\n`],
  ])('refuses a forbidden import in %s', async (file, code) => {
    expect((await boundaryErrors(file, code)).length).toBeGreaterThan(0);
  }, LINT_TIMEOUT);

  it.each([
    ['lib/dpa/x.ts', `import { getDb } from '@/db/client';\nexport const x = getDb;\n`],
    ['app/(staff)/staff/x/page.tsx', `import { RegisterTable } from '@/app/_components/register/register-table';\nexport const x = RegisterTable;\n`],
    ['app/(customer)/orgs/[orgId]/x/page.tsx', `import { pageContext } from '@/lib/core/page';\nexport const x = pageContext;\n`],
    ['lib/startup.ts', `export async function f() { return import('@/scripts/demo-seed'); }\n`],
    ['lib/dpa/x.test.ts', `import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';\nexport const y = demoAccounts;\n`],
  ])('allows the permitted direction in %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  }, LINT_TIMEOUT);
});
