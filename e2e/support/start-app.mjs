// Starts the production build for one Playwright project, on a database of its own:
//   node e2e/support/start-app.mjs pglite <port>   fresh embedded database (auto-seeded at start-up)
//   node e2e/support/start-app.mjs postgres <port> fresh PostgreSQL database next to DATABASE_URL's
// Playwright runs this as a webServer command and kills the whole process group afterwards.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [driver, port] = process.argv.slice(2);
if (!['pglite', 'postgres'].includes(driver ?? '') || !port) {
  console.error('usage: node e2e/support/start-app.mjs pglite|postgres <port>');
  process.exit(2);
}

const bin = (name) => path.join('node_modules', '.bin', name);
const env = { ...process.env, NODE_ENV: 'production' };

if (driver === 'pglite') {
  // A fresh folder every run; never the developer's own .data/pglite.
  const dir = path.resolve('.data', `e2e-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  env.PGLITE_DIR = path.join(dir, 'pglite');
  delete env.DATABASE_URL;
} else {
  const created = spawnSync(bin('tsx'), ['--conditions=react-server', 'e2e/support/create-db.ts'], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (created.status !== 0) process.exit(created.status ?? 1);
  env.DATABASE_URL = created.stdout.trim().split('\n').at(-1);
}

// server.mjs is what `npm start` runs: the client-address, header and request-target checks live there.
const child = spawn(process.execPath, ['server.mjs'], { env: { ...env, PORT: port }, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
