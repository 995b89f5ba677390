import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// npm run screenshots - every page at 1280 and 390 px, German and English, for every role that
// sees it, into docs/screenshots/ (git-ignored, except the key ones copied to docs/screenshots/key/
// for docs/gallery.md). Same servers as the e2e suite (production build, fresh demo database, SMTP
// sink). One test per role, width and language (e2e/screenshots.shots.ts), each with its own
// ceiling; two projects to run a half alone:
//   npm run screenshots -- --project shots-customer    public pages and the customers' roles
//   npm run screenshots -- --project shots-staff       privacy, support and admin
//   npm run screenshots -- --grep "support at 390"     one role at one width
const pglite = base.projects!.find((project) => project.name === 'pglite')!;
const setup = base.projects!.find((project) => project.name === 'setup-pglite')!;
const staff = /\b(privacy|support|admin) at \d/;
// The stored sessions are kept per project ('setup-X' signs in for 'X', e2e/support/fixtures.ts).
const half = (name: string, filter: { grep: RegExp } | { grepInvert: RegExp }) => [
  { ...setup, name: `setup-${name}` },
  { ...pglite, ...filter, name, dependencies: [`setup-${name}`] },
];

export default defineConfig({
  ...base,
  testMatch: '**/screenshots.shots.ts',
  // The personas sign in first, as in the e2e run.
  projects: [...half('shots-customer', { grepInvert: staff }), ...half('shots-staff', { grep: staff })],
  // A walk visits up to a hundred pages at two widths; a test is one role, width and language.
  timeout: 900_000,
  workers: 1,
});
