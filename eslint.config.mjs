import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Boundaries (STYLE.md), enforced here and proven by lib/lint/boundaries.test.ts:
//   db/ imports nothing from lib/, app/ or scripts/;
//   app/ runs no queries itself (no db client, no drizzle) and imports nothing from another route group;
//   lib/ imports nothing from app/ and never the demo seed (loaded only on the demo path, dynamically).
const routeGroups = ['(customer)', '(staff)', '(public)'];
const acrossGroups = (own) =>
  routeGroups
    .filter((group) => group !== own)
    .flatMap((group) => [
      { group: [`@/app/${group}/**`], message: `No imports across route groups: move shared pieces to app/_components/<domain>/.` },
      { group: [`**/${group}/**`], message: `No imports across route groups: move shared pieces to app/_components/<domain>/.` },
    ]);
const noQueriesInApp = [
  { group: ['@/db/client', '**/db/client'], message: 'No database access in app/: call a use case in lib/ with a context.' },
  { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'No queries in app/: they belong in lib/<domain>/.' },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_name` marks a value that is deliberately unused (e.g. a field split off with a rest spread).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['db/**/*.{ts,tsx,mts,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/**', '@/app/**', '@/scripts/**', '**/lib/**', '**/app/**', '**/scripts/**'], message: 'db/ imports nothing from lib/, app/ or scripts/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/**/*.test.ts', 'lib/testing/**', 'lib/**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/**'], message: 'lib/ imports nothing from app/.' },
            { group: ['@/scripts/**', '**/scripts/**'], message: 'Demo data only on the demo path (a dynamic import in lib/startup.ts).' },
          ],
        },
      ],
    },
  },
  ...routeGroups.map((group) => ({
    files: [`app/${group}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noQueriesInApp, ...acrossGroups(group)] }] },
  })),
  {
    files: ['app/*.{ts,tsx}', 'app/_components/**/*.{ts,tsx}', 'app/_actions/**/*.{ts,tsx}', 'app/api/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noQueriesInApp, ...routeGroups.flatMap((g) => [{ group: [`@/app/${g}/**`], message: 'Shared pieces live in app/_components/.' }])] }] },
  },
  globalIgnores([
    '.next/**',
    'node_modules/**',
    '.data/**',
    'db/migrations/**',
    'test-results/**',
    'playwright-report/**',
    'e2e/.artifacts/**',
    'bench/.work/**',
    'next-env.d.ts',
  ]),
]);
