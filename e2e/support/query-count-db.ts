// The database of the query-count spec (e2e/query-count.spec.ts), run with
// tsx --conditions=react-server, on PGLITE_DIR or DATABASE_URL (the app is stopped meanwhile):
//   seed   migrate, the demo data, two organisations the staff search "Messreihe" finds, and a
//          session for each persona the spec uses and an API token (printed as JSON: persona -> token)
//   grow   forty rows more of everything the measured pages list: organisations found by the
//          search, subprocessors in the register, change notices with the demo customer's notices
//          and objections, recipients of the demo change notice, contacts with phone numbers and
//          contracts of the demo customer
// Set-based SQL, copying demo rows, so the rows are as complete as the seed's.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { sha256Hex } from '@/lib/auth/hash-token';
import { seedDemoData } from '@/scripts/demo-seed';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { mailFilterChangeNoticeId } from '@/scripts/demo-seed/build-change-notice-rows';

const personas = { signatory: demoAccounts.signatory, privacy: demoAccounts.privacy, support: demoAccounts.support } as const;

/** `count` organisations named "Messreihe NNN GmbH", numbers from `first`, each with an e-mail contract. */
async function searchableOrganisations(first: number, count: number) {
  await getDb().execute(sql`
    with made as (
      insert into organisations (customer_number, legal_name, street, postal_code, city)
      select 'Q-' || (${first}::int + g), 'Messreihe ' || lpad((${first}::int + g)::text, 3, '0') || ' GmbH', o.street, o.postal_code, o.city
        from organisations o, generate_series(0, ${count}::int - 1) g
       where o.customer_number = ${demoOrgs.current}
      returning id)
    insert into contracts (org_id, service_id, reference, starts_on)
    select made.id, s.id, 'V-' || made.id, '2024-01-01' from made, services s where s.code = 'email'`);
}

async function seed() {
  await migrateDatabase();
  await seedDemoData(getDb());
  await searchableOrganisations(1, 2);
  const tokens: Record<string, string> = {};
  for (const [persona, email] of Object.entries(personas)) {
    const token = randomBytes(24).toString('hex');
    await getDb().execute(sql`
      insert into sessions (session_token, user_id, expires)
      select ${token}, id, now() + interval '1 day' from users where email = ${email}`);
    tokens[persona] = token;
  }
  // A token for the API calls (lib/api/api-route.ts), as an admin would create it.
  const apiSecret = `dpa_${randomBytes(32).toString('base64url')}`;
  await getDb().execute(sql`
    insert into api_tokens (name, token_hash, prefix, scopes)
    values ('query count', ${sha256Hex(apiSecret)}, ${apiSecret.slice(0, 10)}, ${'{support:read,calls:identify}'}::text[])`);
  tokens.api = apiSecret;
  console.log(JSON.stringify(tokens));
}

async function grow() {
  const db = getDb();
  await searchableOrganisations(100, 40);
  // The register: forty more active subprocessors for the services the demo customer books.
  await db.execute(sql`
    with source as (select * from subprocessors where legal_name = 'Rhein-Main Datacenter GmbH'),
    made as (
      insert into subprocessors (legal_name, address, country, purpose, data_categories, safeguard, status, active_from)
      select 'Messreihe Rechenzentrum ' || lpad(g::text, 3, '0') || ' GmbH', s.address, s.country, s.purpose, s.data_categories, s.safeguard, 'active', '2020-01-01'
        from source s, generate_series(1, 40) g
      returning id)
    insert into subprocessor_services (subprocessor_id, service_id)
    select made.id, ss.service_id from made, subprocessor_services ss where ss.subprocessor_id = (select id from source)`);
  // Forty change notices like the demo one, each with a notice to the demo customer and its objection.
  await db.execute(sql`
    with source as (select * from change_notices where id = ${mailFilterChangeNoticeId}),
    made as (
      insert into change_notices (kind, subprocessor_id, replaces_subprocessor_id, title, description, status, announced_at, effective_at, objections_close_at, applied_at)
      select s.kind, s.subprocessor_id, s.replaces_subprocessor_id, s.title, s.description, s.status, s.announced_at - g * interval '1 day', s.effective_at, s.objections_close_at, s.applied_at
        from source s, generate_series(1, 40) g
      returning id),
    linked as (
      insert into change_notice_services (change_notice_id, service_id)
      select made.id, cns.service_id from made, change_notice_services cns where cns.change_notice_id = (select id from source)),
    noticed as (
      insert into notices (change_notice_id, org_id)
      select made.id, o.id from made, organisations o where o.customer_number = ${demoOrgs.current}
      returning id, change_notice_id, org_id)
    insert into objections (change_notice_id, notice_id, org_id, reason, filed_at)
    select change_notice_id, id, org_id, 'Messreihe: Einwand', now() from noticed`);
  // Forty more recipients of the demo change notice: the new organisations' notices and deliveries.
  await db.execute(sql`
    with noticed as (
      insert into notices (change_notice_id, org_id)
      select ${mailFilterChangeNoticeId}, o.id from organisations o where o.customer_number like 'Q-1%'
      returning id)
    insert into deliveries (notice_id, recipient, state, message_id, sent_at)
    select id, 'messreihe-' || id || '@example.com', 'sent', '<' || id || '@messreihe.example>', now() from noticed`);
  // The demo customer: forty contacts with a phone number each, and forty booked services.
  await db.execute(sql`
    with made as (
      insert into contacts (org_id, kind, name, email, confirmed_at)
      select o.id, 'notice', 'Messreihe Kontakt ' || g, 'kontakt-' || g || '@messreihe.example', now()
        from organisations o, generate_series(1, 40) g where o.customer_number = ${demoOrgs.current}
      returning id, org_id)
    insert into phone_numbers (org_id, contact_id, display, normalized)
    select org_id, id, '+49 711 ' || (1000000 + row_number() over ()), '+49711' || (1000000 + row_number() over ()) from made`);
  await db.execute(sql`
    with source as (select * from services where code = 'email'),
    made as (
      insert into services (code, name, description, processes_personal_data, category, purpose, data_categories, data_subjects)
      select 'messreihe-' || g, s.name, s.description, s.processes_personal_data, s.category, s.purpose, s.data_categories, s.data_subjects
        from source s, generate_series(1, 40) g
      returning id, code)
    insert into contracts (org_id, service_id, reference, starts_on)
    select o.id, made.id, 'V-' || made.code, '2024-01-01' from made, organisations o where o.customer_number = ${demoOrgs.current}`);
}

const step = process.argv[2];
(step === 'seed' ? seed() : step === 'grow' ? grow() : Promise.reject(new Error('usage: query-count-db.ts seed|grow')))
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error(error);
    await closeDb();
    process.exit(1);
  });
