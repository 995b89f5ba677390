import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: 'unit' (pure logic, no database) and 'integration' (real queries against a real
// database: a fresh in-memory PGlite per test file, or a fresh PostgreSQL database per file when
// TEST_DB=postgres). See lib/testing/integration-setup.ts.
export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      'server-only': path.join(root, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    // Each test file runs in its own child process (forks + isolate), so the database handle,
    // which lives on globalThis, is never shared between files. Two workers: CI has two cores.
    pool: 'forks',
    isolate: true,
    maxWorkers: 2,
    server: {
      deps: {
        // next-auth imports 'next/server' without an extension, which Node's ESM resolver refuses
        // outside Next's bundler; letting Vite transform it resolves the import as Next would.
        inline: ['next-auth'],
      },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['lib/**/*.integration.test.ts', 'db/**/*.integration.test.ts', 'scripts/**/*.integration.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node',
          setupFiles: ['lib/testing/integration-setup.ts'],
          // Migrating and seeding a fresh database takes a few seconds on two busy cores.
          hookTimeout: 120_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
