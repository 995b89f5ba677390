// Makes the data of a release for the upgrade proof (scripts/proof/upgrade.integration.test.ts):
// a fresh PostgreSQL database with that release's migrations, its demo seed and two agreements
// signed through the use case (audit events, sealed PDFs, queued mails), dumped data-only.
// Run ONCE, at the release's commit (db/releases.json names it), with a server we may create on:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> DEV_MAILBOX=true \
//     npx tsx --conditions=react-server scripts/proof/make-release-fixture.ts submission-1
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { desc, eq } from 'drizzle-orm';
import postgres from 'postgres';
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { dpaTemplateVersions, organisations } from '@/db/schema';
import { signAgreement } from '@/lib/dpa/sign-agreement';
import { actorFor, runAs } from '@/lib/testing/context';
import { seedDemoData } from '@/scripts/demo-seed';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { releaseData, releaseMigrationsFolder, releases } from './releases';

async function main() {
  const release = releases().find((r) => r.name === process.argv[2]);
  if (!release) throw new Error(`usage: make-release-fixture.ts <${releases().map((r) => r.name).join('|')}>`);
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const url = new URL(adminUrl);
  const name = `${url.pathname.slice(1)}_release`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  const folder = releaseMigrationsFolder(release);
  try {
    await migrateDatabase(folder);
    await seedDemoData(getDb());
    const [latest] = await getDb().select({ id: dpaTemplateVersions.id }).from(dpaTemplateVersions)
      .where(eq(dpaTemplateVersions.status, 'published')).orderBy(desc(dpaTemplateVersions.version)).limit(1);
    for (const [org, signer] of [[demoOrgs.none, demoAccounts.otherSignatory], [demoOrgs.outdated, demoAccounts.outdatedSignatory]] as const) {
      const [row] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, org));
      const actor = await actorFor(signer);
      await runAs(actor, (ctx) => signAgreement(ctx, {
        orgId: row!.id, templateVersionId: latest!.id, fullName: 'Release Fixture', position: 'Geschäftsführung',
        confirmAuthority: true, locale: 'de',
      }), { request: { ip: '198.51.100.99', userAgent: 'release-fixture' } });
    }
    await closeDb();
    const dump = execFileSync('pg_dump', ['--data-only', '--inserts', '--disable-triggers', '--no-owner', '-N', 'drizzle', url.toString()], {
      encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    });
    // The dump empties search_path for its own session, but the loader's connection lives on; and
    // psql meta-commands (\restrict) are no SQL for the loader.
    const data = dump
      .split('\n')
      .filter((line) => !line.startsWith("SELECT pg_catalog.set_config('search_path'") && !line.startsWith('\\'))
      .join('\n');
    fs.writeFileSync(releaseData(release), zlib.gzipSync(data, { level: 9 }));
    console.log(`${release.data}: ${data.split('\n').filter((l) => l.startsWith('INSERT')).length} rows`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeDb().catch(() => {});
  process.exit(1);
});
