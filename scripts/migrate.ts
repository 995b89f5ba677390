// npm run db:migrate - applies the committed migrations (the same code path as start-up).
import { closeDb, getHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

await migrateDatabase();
console.log(`migrations applied (${getHandle().driver})`);
await closeDb();
