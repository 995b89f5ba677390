// npm run proof:backup - issue 15, item 9: a production-sized database (the benchmark's, seeded by
// `npm run bench:seed`: 100,000 organisations, 1,000,000 audit events) dumped with pg_dump and
// restored into a fresh one passes `npm run audit:verify`, keeps every row, and serves the same
// PDFs with the same hashes. Writes test-results/proof/backup.json; exits 1 on a shortfall.
//   BACKUP_DATABASE_URL=postgres://postgres@127.0.0.1:5432/dpa_bench_large npm run proof:backup
import { backupRestore } from './backup';
import { report, runProof, startSink } from './harness';

async function main() {
  const url = process.env.BACKUP_DATABASE_URL;
  if (!url) throw new Error('BACKUP_DATABASE_URL names the database to back up (e.g. the one npm run bench:seed filled)');
  const shortfalls: string[] = [];
  const sink = await startSink();
  const backup = await backupRestore({ url, name: new URL(url).pathname.slice(1) }, sink, shortfalls);
  console.log(JSON.stringify({ backup }, null, 2));
  return report('backup', 'backup', { backup }, shortfalls);
}

runProof(main);
