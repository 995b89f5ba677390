import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// npm run screenshots - every page at 1280 and 390 px, German and English, into docs/screenshots/
// (git-ignored, except the key ones copied to docs/screenshots/key/ for docs/gallery.md).
// Same servers as the e2e suite (production build, fresh demo database, SMTP sink).
export default defineConfig({
  ...base,
  testMatch: '**/screenshots.shots.ts',
  // The personas sign in first (setup-pglite), as in the e2e run: 'pglite' depends on it.
  projects: base.projects?.filter((project) => project.name === 'pglite' || project.name === 'setup-pglite'),
  timeout: 600_000,
  workers: 1,
});
