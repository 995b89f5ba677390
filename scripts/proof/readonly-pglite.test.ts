import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 15, item 6: the embedded database's folder is read-only. Start-up (the same migrateDatabase
// as `npm run db:migrate`, which the app runs first) must stop with a clear message that names the
// folder, and must leave every file of the database as it was; made writable again, it opens.
// root ignores file modes, so as root the refused start runs as `nobody` (setpriv).

const root = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dpa-readonly-'));
const folder = path.join(work, 'data', 'pglite');
const asRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p));

afterAll(() => {
  spawnSync('chmod', ['-R', 'u+w', work]);
  fs.rmSync(work, { recursive: true, force: true });
});

/** `npm run db:migrate`, the app's start-up path, on the folder. */
function migrate(options: { asNobody?: boolean } = {}) {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const args = ['--conditions=react-server', 'scripts/migrate.ts'];
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: work, PGLITE_DIR: folder, DEV_MAILBOX: 'true', TSX_DISABLE_CACHE: '1', NODE_ENV: 'test' };
  const [command, argv] = options.asNobody && asRoot
    ? [setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', tsx, ...args]]
    : [tsx, args];
  return spawnSync(command, argv, { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
}

function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

describe.skipIf(asRoot && !setpriv)('a read-only folder for the embedded database', () => {
  it('stops start-up with the folder named, changes no file, and opens again once writable', async () => {
    // A database with a row in it (a full migration would only add minutes to the suite).
    fs.mkdirSync(path.dirname(folder), { recursive: true });
    const made = new PGlite(folder);
    await made.exec(`create table kept (id int primary key, note text); insert into kept values (1, 'still here');`);
    await made.close();
    const before = fingerprint(path.dirname(folder));
    expect(Object.keys(before).length).toBeGreaterThan(10);

    spawnSync('chmod', ['-R', 'a-w', path.dirname(folder)]);
    spawnSync('chmod', ['a+rx', work]);
    const refused = migrate({ asNobody: true });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`The embedded database folder ${folder} is not writable`);
    // A clear sentence, not a WebAssembly stack.
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(fingerprint(path.dirname(folder))).toEqual(before);

    spawnSync('chmod', ['-R', 'u+w', path.dirname(folder)]);
    const reopened = new PGlite(folder);
    expect((await reopened.query('select note from kept')).rows).toEqual([{ note: 'still here' }]);
    await reopened.close();
  }, 180_000);
});
