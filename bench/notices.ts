// Benchmark: announcing a change notice to 10,000 organisations with 20,000 recipients, on
// PostgreSQL — the time until the announce transaction (status, notices, deliveries, webhook
// deliveries, audit event) has committed. Goal: under 2 s. Reports; never fails the build.
// Needs DATABASE_URL (a server where it may create a scratch database, dropped afterwards).
// Run alone: DATABASE_URL=postgres://... npx tsx --conditions=react-server bench/notices.ts
import { sql } from 'drizzle-orm';
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoData } from '@/scripts/demo-seed';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { announceChangeNotice } from '@/lib/change-notices/announce-change-notice';
import { createChangeNoticeSchema } from '@/lib/change-notices/change-notice-input';
import { earliestEffectiveDate } from '@/lib/change-notices/compute-effective-date';
import { createChangeNotice } from '@/lib/change-notices/create-change-notice';
import { actorFor, runAs } from '@/lib/testing/context';
import { createTestDatabase } from '@/lib/testing/test-database';

const ORGANISATIONS = 10_000;
const GOAL_MS = 2000;

/** 10,000 organisations, each with an active agreement, an e-mail contract, a signatory and a confirmed notice contact. */
async function addBenchOrganisations() {
  const db = getDb();
  const orgId = sql.raw(`md5('bench-org-' || i)::uuid`);
  const series = sql.raw(`generate_series(1, ${ORGANISATIONS}) as i`);
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into organisations (id, customer_number, legal_name, street, postal_code, city)
      select ${orgId}, 'B-' || lpad(i::text, 6, '0'), 'Benchmark GmbH ' || i, 'Teststraße ' || i, '70173', 'Stuttgart' from ${series}`);
    await tx.execute(sql`insert into users (id, email, locale)
      select 'bench-user-' || i, 'signatory-' || i || '@bench.example', case when i % 5 = 0 then 'en'::locale else 'de'::locale end from ${series}`);
    await tx.execute(sql`insert into memberships (user_id, org_id, role)
      select 'bench-user-' || i, ${orgId}, 'signatory' from ${series}`);
    await tx.execute(sql`insert into contacts (org_id, kind, email, confirmed_at)
      select ${orgId}, 'notice', 'dpo-' || i || '@bench.example', now() from ${series}`);
    await tx.execute(sql`insert into contracts (org_id, service_id, reference, starts_on)
      select ${orgId}, ${seedId('service:email')}, 'BENCH-' || i, current_date - 100 from ${series}`);
    await tx.execute(sql`insert into agreements (org_id, template_version_id, toms_version_id, annex_snapshot, annex_sha256,
        signer_name, signer_position, authority_confirmed, signed_at, consent_text_sha256)
      select ${orgId},
        (select id from dpa_template_versions where status = 'published' order by version desc limit 1),
        (select id from toms_versions where status = 'published' order by version desc limit 1),
        '{}'::jsonb, 'bench', 'Bench Signer ' || i, 'CEO', true, now() - interval '10 days', 'bench'
      from ${series}`);
  });
  await db.execute(sql`analyze`);
}

export async function benchAnnounce(): Promise<string> {
  if (!process.env.DATABASE_URL) {
    return '## Announcing a change notice\n\nSkipped: needs DATABASE_URL (PostgreSQL).\n';
  }
  const previousTestDb = process.env.TEST_DB;
  // The announce builds Message-IDs from APP_URL; this half sends no mail itself.
  if (!process.env.SMTP_URL) process.env.DEV_MAILBOX ??= 'true';
  process.env.TEST_DB = 'postgres';
  await closeDb();
  const database = await createTestDatabase();
  try {
    await migrateDatabase();
    await seedDemoData(getDb());
    const setupStart = performance.now();
    await addBenchOrganisations();
    const setupMs = performance.now() - setupStart;

    const privacy = await actorFor(demoAccounts.privacy);
    const input = createChangeNoticeSchema.parse({
      kind: 'add',
      subprocessorId: seedId('subprocessor:backup-lake-constance'),
      titleDe: 'Zweiter Sicherungsstandort',
      titleEn: 'Second backup site',
      descriptionDe: 'Benchmark',
      descriptionEn: 'Benchmark',
      serviceIds: [seedId('service:email')],
      effectiveDate: earliestEffectiveDate(new Date(), 30, 'Europe/Berlin'),
    });
    const { id } = await runAs(privacy, (ctx) => createChangeNotice(ctx, input));
    const start = performance.now();
    // As the staff action runs it: one transaction, with the privacy officer as the actor.
    const result = await runAs(privacy, (ctx) => announceChangeNotice(ctx, { changeNoticeId: id, confirm: true }));
    const commitMs = performance.now() - start;
    const verdict = commitMs < GOAL_MS ? 'goal met' : 'GOAL MISSED';
    return [
      '## Announcing a change notice (PostgreSQL)',
      '',
      `Scratch database with the demo data plus ${ORGANISATIONS.toLocaleString('en')} organisations (active agreement, e-mail contract, one signatory, one confirmed notice contact each), set up in ${Math.round(setupMs)} ms.`,
      '',
      '| what | figure |',
      '|---|---|',
      `| notices written | ${result.notices.toLocaleString('en')} |`,
      `| deliveries written | ${result.deliveries.toLocaleString('en')} |`,
      `| webhook deliveries written | ${result.webhookDeliveries.toLocaleString('en')} |`,
      `| time until the announce commits | ${Math.round(commitMs)} ms (goal < ${GOAL_MS} ms: ${verdict}) |`,
      '',
    ].join('\n');
  } finally {
    await closeDb();
    await database.drop();
    if (previousTestDb === undefined) delete process.env.TEST_DB;
    else process.env.TEST_DB = previousTestDb;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchAnnounce().then((markdown) => {
    console.log(markdown);
    process.exit(0);
  });
}
