// npm run db:migrate - applies the committed migrations (the same code path as start-up).
// No top-level await: tsx runs this file as CommonJS (package.json has no "type"), which Node 20
// refuses with "Top-level await is currently not supported with the cjs output format".
import { closeDb, getHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

async function main() {
  await migrateDatabase();
  console.log(`migrations applied (${getHandle().driver})`);
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error(`migrations could not be applied: ${error instanceof Error ? error.message : String(error)}`);
    await closeDb().catch(() => {});
    process.exitCode = 1;
  });
