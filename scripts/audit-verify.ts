// npm run audit:verify - walks the whole audit chain and names the first broken link.
// Exit code 0: intact; 1: broken; 2: could not check (e.g. database unreachable).
// With the embedded database, stop the app first: a PGlite folder is opened by one process only.
import { closeDb, getDb } from '@/db/client';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';

async function main(): Promise<number> {
  const started = Date.now();
  const interactive = process.stderr.isTTY;
  const result = await verifyAuditChain(getDb(), {
    batchSize: 10_000,
    onProgress: (n) => {
      if (interactive && n > 0) process.stderr.write(`\r  verified ${n.toLocaleString('en')} events…`);
    },
  });
  if (interactive) process.stderr.write('\r\x1b[K');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.ok) {
    console.log(`audit chain intact: ${result.count} events, last hash ${result.lastHash} (${seconds} s)`);
    return 0;
  }
  console.error(
    `audit chain BROKEN at event #${result.brokenAt} (${result.reason}): ${result.message}; ` +
      `${result.count} events before it are intact`,
  );
  return 1;
}

main()
  .then(async (code) => {
    await closeDb();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(`audit chain could not be verified: ${describe(error)}`);
    await closeDb().catch(() => {});
    process.exit(2);
  });

/** The root cause first (e.g. "connect ECONNREFUSED"), not only drizzle's "Failed query: ...". */
function describe(error: unknown): string {
  const causes: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = (e as Error & { cause?: unknown }).cause) {
    causes.unshift(e.message.split('\n')[0]!);
  }
  return causes.join(' <- ') || String(error);
}
