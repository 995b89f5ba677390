// The releases of db/releases.json, and a migrations folder holding only what one of them shipped:
// the committed SQL files with a journal cut at the release's last migration. Later migrations can
// be added freely; the release's own files must never change (drizzle hashes them).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Release = { name: string; lastMigration: string; commit: string; data: string };

const root = path.resolve(__dirname, '../..');
const migrations = path.join(root, 'db', 'migrations');

export function releases(): Release[] {
  return (JSON.parse(fs.readFileSync(path.join(root, 'db', 'releases.json'), 'utf8')) as { releases: Release[] }).releases;
}

/** A temporary copy of db/migrations as the release shipped it; the caller removes it. */
export function releaseMigrationsFolder(release: Release): string {
  type Journal = { entries: { idx: number; tag: string }[] };
  const journal = JSON.parse(fs.readFileSync(path.join(migrations, 'meta', '_journal.json'), 'utf8')) as Journal;
  const last = journal.entries.findIndex((entry) => entry.tag === release.lastMigration);
  if (last === -1) throw new Error(`release ${release.name}: migration ${release.lastMigration} is not in the journal`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dpa-release-${release.name}-`));
  fs.mkdirSync(path.join(dir, 'meta'));
  const entries = journal.entries.slice(0, last + 1);
  for (const entry of entries) fs.copyFileSync(path.join(migrations, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
  return dir;
}

export function releaseData(release: Release): string {
  return path.join(root, release.data);
}
