// The CSV import at scale: 100,000 rows (50,000 organisations with two contracts each) are
// previewed and imported, then imported again (nothing to change). Appends the figures to
// bench/results.md. Runs on a fresh in-memory PGlite unless DATABASE_URL is set.
// Run: PGLITE_DIR=memory:// npx tsx --conditions=react-server bench/import.ts [rows]
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import { eq } from 'drizzle-orm';
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { users } from '@/db/schema';
import { loadActor } from '@/lib/auth/load-actor';
import { createContext, inTransaction } from '@/lib/core/context';
import { importCsv, previewImport } from '@/lib/import/import-csv';
import { seedDemoData } from '@/scripts/demo-seed';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';

const rows = Number(process.argv[2] ?? 100_000);

function csv(n: number) {
  const lines = ['Kundennummer;Firma;Straße;PLZ;Ort;Telefon;Kontakt;E-Mail;Dienst;Vertragsnummer;Vertragsbeginn;Vertragsende'];
  for (let i = 0; i < n / 2; i++) {
    const org = `B-${i};Kunde ${i} GmbH;Weg ${i % 500};${String(10000 + (i % 89999))};Stadt;07022 ${String(200000 + i)};Person ${i};p${i}@kunde${i}.example`;
    lines.push(`${org};webhosting;V-${i}-1;01.03.2026;`, `${org};email;V-${i}-2;1.1.2026;31.12.2028`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

async function timed<T>(work: () => Promise<T>) {
  const start = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - start) };
}

async function main() {
  process.env.PGLITE_DIR ??= 'memory://';
  await migrateDatabase();
  await seedDemoData(getDb());
  const [admin] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, demoAccounts.admin));
  const actor = (await loadActor(admin!.id))!;
  const bytes = csv(rows);
  const ctx = createContext({ actor });
  const preview = await timed(() => inTransaction(ctx, (tx) => previewImport(tx, { bytes })));
  const first = await timed(() => inTransaction(ctx, (tx) => importCsv(tx, { bytes, previewed: preview.result.sha256 })));
  const again = await timed(() => inTransaction(ctx, (tx) => importCsv(tx, { bytes })));
  if (!first.result.applied || first.result.errorCount > 0) throw new Error(`import failed: ${JSON.stringify(first.result.errors.slice(0, 5))}`);
  const driver = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)';
  const text = [
    '',
    `## CSV import (bench/import.ts), ${new Date().toISOString().slice(0, 10)}`,
    '',
    `${rows.toLocaleString('en')} rows (${(bytes.length / 1e6).toFixed(1)} MB), ${driver}, ${os.cpus().length} cores, Node ${process.version}:`,
    '',
    '| step | time |',
    '|---|---|',
    `| preview (parse, check, plan) | ${preview.ms} ms |`,
    `| import (check again, write ${first.result.summary.createOrgs} organisations, ${first.result.summary.createContracts} contracts) | ${first.ms} ms |`,
    `| same file again (nothing to change) | ${again.ms} ms |`,
    '',
  ].join('\n');
  appendFileSync(new URL('./results.md', import.meta.url), text);
  console.log(text);
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
