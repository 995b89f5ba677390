// Runs before `npm start`: on a fresh checkout there is no production build yet, so make one.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build found: running `next build` once (about a minute) ...');
  const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
