// npm run bench:seed - fills a PostgreSQL database (DATABASE_URL) to production size on top of the
// demo data: 100,000 organisations, 300,000 users and 300,000 contacts (German phone numbers in
// varied formats, stored normalised), memberships, contracts, agreements, 500 subprocessors, 10,000
// change notices with their notices and deliveries, objections, and 1,000,000 audit events that
// continue the demo data's hash chain (so `npm run audit:verify` still checks every link).
// Set-based SQL (insert … select generate_series) and COPY; a few minutes on two cores.
// BENCH_SEED_SCALE=0.1 seeds a tenth (for trying the seed itself). Method: bench/README.md.
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import postgres from 'postgres';
import { GENESIS_HASH, hashAuditEvent, type AuditFields } from '@/lib/audit/hash-audit-event';
import { normalizePhone } from '@/lib/phone/normalize-phone';

const url = process.env.DATABASE_URL;
const scale = Number(process.env.BENCH_SEED_SCALE ?? 1);
const ORGS = Math.round(100_000 * scale);
const PER_ORG = 3; // users (and memberships) per organisation, and contacts per organisation
const SUBPROCESSORS = 500; // in total, the demo's included
const CHANGE_NOTICES = Math.round(10_000 * scale);
const NOTICES_PER_CHANGE = 30;
const AUDIT_EVENTS = Math.round(1_000_000 * scale);

// Each step is one statement over generate_series; md5(text)::uuid gives stable ids, so steps can
// join on them without reading anything back.
const steps: [string, string][] = [
  [
    'organisations',
    `insert into organisations (id, customer_number, legal_name, street, postal_code, city, locale, created_at, updated_at)
     select md5('bench-org-' || i)::uuid,
            'B-' || lpad(i::text, 6, '0'),
            (array['Bäckerei','Kanzlei','Praxis Dr.','Autohaus','Steuerbüro','Gärtnerei','Druckerei','Ingenieurbüro','Hotel','Metzgerei','Elektro','Zahnarztpraxis'])[1 + i % 12]
              || ' ' || (array['Hofmann','Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Koch','Richter','Klein','Wolf','Schröder','Neumann','Schwarz','Zimmermann','Braun','Krüger','Hartmann','Lange','Schmitt','Werner','Krause','Meier','Lehmann','Schmid','Schulze','Maier','Köhler','Herrmann','König','Walter','Mayer','Huber','Kaiser','Fuchs','Peters','Lang','Scholz','Möller','Weiß','Jung','Hahn','Schubert','Vogel','Friedrich','Keller','Günther','Frank','Berger','Winkler','Roth','Beck','Lorenz','Baumann','Franke','Albrecht','Schuster'])[1 + (i / 12) % 60]
              || case when i % 7 = 0 then ' & ' || (array['Partner','Söhne','Co.','Kollegen'])[1 + (i / 720) % 4] else '' end
              || ' ' || (array['GmbH','KG','e.K.','GbR','GmbH & Co. KG','PartG mbB'])[1 + (i / 7) % 6],
            (array['Hauptstraße','Bahnhofstraße','Gartenweg','Schulstraße','Lindenallee','Kirchplatz','Industriestraße','Marktplatz'])[1 + i % 8] || ' ' || (1 + i % 120),
            lpad((10000 + (i * 7919) % 89999)::text, 5, '0'),
            (array['Stuttgart','Berlin','München','Hamburg','Köln','Frankfurt am Main','Nürnberg','Mannheim','Göppingen','Nürtingen'])[1 + i % 10],
            case when i % 20 = 0 then 'en'::locale else 'de'::locale end,
            now() - (i % 2000) * interval '1 day', now()
       from generate_series(1, ${ORGS}) i`,
  ],
  [
    'users',
    `insert into users (id, name, email, email_verified, locale, created_at)
     select 'bench-user-' || i,
            (array['Anna','Jonas','Lena','Paul','Marie','Felix','Sophie','Lukas','Emma','Leon','Mia','Elias','Hannah','Noah','Lea','Ben'])[1 + i % 16]
              || ' ' || (array['Hofmann','Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Koch','Richter','Klein','Wolf','Schröder','Neumann'])[1 + (i / 16) % 16],
            'user' || i || '@org' || ((i - 1) / ${PER_ORG} + 1) || '.bench.example',
            now(), 'de', now() - (i % 1000) * interval '1 day'
       from generate_series(1, ${ORGS * PER_ORG}) i`,
  ],
  [
    'memberships',
    `insert into memberships (user_id, org_id, role, position)
     select 'bench-user-' || i, md5('bench-org-' || ((i - 1) / ${PER_ORG} + 1))::uuid,
            case when i % ${PER_ORG} = 1 then 'signatory'::membership_role else 'member'::membership_role end,
            case when i % ${PER_ORG} = 1 then 'Geschäftsführung' end
       from generate_series(1, ${ORGS * PER_ORG}) i`,
  ],
  [
    'contacts',
    `insert into contacts (id, org_id, kind, name, email, locale, confirmed_at)
     select md5('bench-contact-' || i)::uuid, md5('bench-org-' || ((i - 1) / ${PER_ORG} + 1))::uuid,
            case when i % ${PER_ORG} = 1 then 'general'::contact_kind else 'notice'::contact_kind end,
            case when i % ${PER_ORG} = 1 then null else
              (array['Sabine','Thomas','Claudia','Michael','Petra','Stefan','Andrea','Frank','Monika','Jürgen','Birgit','Uwe'])[1 + i % 12]
              || ' ' || (array['Bauer','Vogt','Lindner','Yilmaz','Schäfer','Krämer','Otto','Sommer','Brandt','Graf','Dietrich','Engel','Haas','Kuhn','Pohl','Ludwig'])[1 + (i / 12) % 16] end,
            'contact' || i || '@org' || ((i - 1) / ${PER_ORG} + 1) || '.bench.example',
            'de', case when i % ${PER_ORG} = 1 then null else now() end
       from generate_series(1, ${ORGS * PER_ORG}) i`,
  ],
  // One number per organisation (its switchboard) and one for one of its named contacts (direct
  // line or mobile): E.164 in normalized, the display in the formats people type. Checked against
  // lib/phone/normalize-phone.ts below.
  [
    'phone numbers',
    `with n as (
       select i, ((i - 1) / ${PER_ORG} + 1) as org, i % ${PER_ORG} = 0 as is_org_line,
              (array['711','30','89','40','221','69','911','621','7161','7022','7024','172','151','160','176'])[1 + i % 15] as area
         from generate_series(1, ${ORGS * PER_ORG}) i
     ), d as (
       select i, org, is_org_line, area,
              (2000000 + (i::bigint * 48271) % 7000000)::text as sub7
         from n
     ), p as (
       select i, org, is_org_line, area,
              case when length(area) = 2 then sub7 || (i % 10) when length(area) = 4 then left(sub7, 6) else sub7 end as sub
         from d
     )
     insert into phone_numbers (org_id, contact_id, label, display, normalized)
     select md5('bench-org-' || org)::uuid,
            case when is_org_line then null else md5('bench-contact-' || i)::uuid end,
            case when is_org_line then 'Zentrale' when area in ('172','151','160','176') then 'Mobil' else 'Durchwahl' end,
            case i % 5
              when 0 then '0' || area || ' ' || sub
              when 1 then '+49 ' || area || ' ' || sub
              when 2 then '0049 (' || area || ') ' || left(sub, 3) || '-' || substr(sub, 4)
              when 3 then '0' || area || '/' || sub
              else '(0' || area || ') ' || left(sub, 2) || ' ' || substr(sub, 3, 2) || ' ' || substr(sub, 5)
            end,
            '+49' || area || sub
       from p
      where (i % ${PER_ORG}) <> 1`,
  ],
  [
    'contracts',
    `insert into contracts (org_id, service_id, reference, status, starts_on)
     select md5('bench-org-' || o)::uuid, s.id, 'V-' || o || '-' || s.code, 'active', (current_date - (o % 1500))
       from generate_series(1, ${ORGS}) o
       join (select id, code, row_number() over (order by code) - 1 as n from services) s
         on s.n = o % 7 or (o % 3 = 0 and s.n = (o + 3) % 7)`,
  ],
  // Most organisations have an active agreement (one in ten none, one in twenty on the older DPA
  // version), with the demo's annex snapshot and consent hash; no PDF (its bytes are not the point).
  [
    'agreements',
    `with demo as (
       select annex_snapshot, annex_sha256, consent_text_sha256, consent_text_version, notice_period_days
         from agreements where status = 'active' order by signed_at desc limit 1
     ), versions as (
       select (select id from dpa_template_versions where status = 'published' order by version desc limit 1) as current_v,
              (select id from dpa_template_versions where status = 'published' order by version asc limit 1) as old_v,
              (select id from toms_versions order by version desc limit 1) as toms_v
     )
     insert into agreements (org_id, template_version_id, toms_version_id, status, annex_snapshot, annex_sha256,
                             signer_user_id, signer_name, signer_position, authority_confirmed, signed_at,
                             consent_text_sha256, consent_text_version, notice_period_days, locale, signer_email)
     select md5('bench-org-' || o)::uuid, case when o % 20 = 1 then v.old_v else v.current_v end, v.toms_v, 'active',
            demo.annex_snapshot, demo.annex_sha256,
            'bench-user-' || ((o - 1) * ${PER_ORG} + 1), 'Bench Signatory ' || o, 'Geschäftsführung', true,
            now() - (o % 700) * interval '1 day', demo.consent_text_sha256, demo.consent_text_version, demo.notice_period_days,
            'de', 'user' || ((o - 1) * ${PER_ORG} + 1) || '@org' || o || '.bench.example'
       from generate_series(1, ${ORGS}) o, demo, versions v
      where o % 10 <> 0`,
  ],
  [
    'subprocessors',
    `insert into subprocessors (id, legal_name, address, country, purpose, data_categories, safeguard, status, active_from, active_until, website)
     select md5('bench-sub-' || i)::uuid,
            (array['Cloud','Mail','Backup','Monitoring','Hosting','Telefonie','Druck','Archiv'])[1 + i % 8] || ' Dienste ' || i || ' GmbH',
            'Industriestraße ' || i || ', ' || lpad((10000 + i * 37)::text, 5, '0') || ' Berlin',
            (array['DE','DE','DE','FR','NL','IE','US','CH'])[1 + i % 8],
            jsonb_build_object('de', 'Verarbeitung im Auftrag, Leistung ' || i, 'en', 'Processing on behalf, service ' || i),
            jsonb_build_array(jsonb_build_object('de', 'Kontaktdaten', 'en', 'Contact data')),
            (array['eu_eea','eu_eea','eu_eea','eu_eea','eu_eea','eu_eea','scc','adequacy'])[1 + i % 8]::transfer_safeguard,
            case when i % 25 = 0 then 'retired'::subprocessor_status when i % 40 = 1 then 'planned'::subprocessor_status else 'active'::subprocessor_status end,
            case when i % 40 = 1 then null else current_date - 400 - i end,
            case when i % 25 = 0 then current_date - 30 - i % 100 end,
            'https://sub' || i || '.bench.example'
       from generate_series(1, ${SUBPROCESSORS} - (select count(*) from subprocessors)::int) i`,
  ],
  [
    'subprocessor services',
    `insert into subprocessor_services (subprocessor_id, service_id)
     select md5('bench-sub-' || i)::uuid, s.id
       from generate_series(1, ${SUBPROCESSORS} - (select count(*) from subprocessors where legal_name not like '% Dienste % GmbH')::int) i
       join (select id, row_number() over (order by code) - 1 as n from services) s on s.n = i % 7 or s.n = (i + 2) % 7`,
  ],
  // The newest fifty are announced and still open for objections; the rest took effect.
  [
    'change notices',
    `insert into change_notices (id, kind, subprocessor_id, title, description, status, announced_at, effective_at, objections_close_at, applied_at)
     select md5('bench-cn-' || i)::uuid, 'add', md5('bench-sub-' || (1 + i % 400))::uuid,
            jsonb_build_object('de', 'Neuer Unterauftragsverarbeiter ' || i, 'en', 'New subprocessor ' || i),
            jsonb_build_object('de', 'Wir beauftragen einen weiteren Dienstleister (Änderung ' || i || ').', 'en', 'We engage another provider (change ' || i || ').'),
            case when i > ${CHANGE_NOTICES} - 50 then 'announced'::change_notice_status else 'effective'::change_notice_status end,
            at, at + interval '30 days', at + interval '30 days',
            case when i > ${CHANGE_NOTICES} - 50 then null else at + interval '30 days' end
       from generate_series(1, ${CHANGE_NOTICES}) i,
            lateral (select now() - (${CHANGE_NOTICES} - i) * interval '1 hour' - interval '1 day' as at) t`,
  ],
  [
    'change notice services',
    `insert into change_notice_services (change_notice_id, service_id)
     select md5('bench-cn-' || i)::uuid, s.id
       from generate_series(1, ${CHANGE_NOTICES}) i
       join (select id, row_number() over (order by code) - 1 as n from services) s on s.n = i % 7`,
  ],
  [
    'notices',
    `insert into notices (id, change_notice_id, org_id, created_at)
     select md5('bench-notice-' || i || '-' || k)::uuid, md5('bench-cn-' || i)::uuid,
            md5('bench-org-' || (1 + (i * 37 + k * 3331) % ${ORGS}))::uuid, now()
       from generate_series(1, ${CHANGE_NOTICES}) i, generate_series(0, ${NOTICES_PER_CHANGE - 1}) k`,
  ],
  [
    'deliveries',
    `insert into deliveries (notice_id, recipient, state, attempts, message_id, sent_at)
     select md5('bench-notice-' || i || '-' || k)::uuid,
            'user' || (o * ${PER_ORG} + 1) || '@org' || (o + 1) || '.bench.example',
            'sent', 1, '<' || md5('bench-notice-' || i || '-' || k) || '@bench.example>', now()
       from generate_series(1, ${CHANGE_NOTICES}) i, generate_series(0, ${NOTICES_PER_CHANGE - 1}) k,
            lateral (select (i * 37 + k * 3331) % ${ORGS} as o) t`,
  ],
  // Objections against one in fifty notices: open while the notice is pending, decided after.
  [
    'objections',
    `insert into objections (change_notice_id, notice_id, org_id, status, reason, filed_by, filed_at, decided_at, decision_note)
     select md5('bench-cn-' || i)::uuid, md5('bench-notice-' || i || '-' || k)::uuid,
            md5('bench-org-' || (1 + o))::uuid,
            case when i > ${CHANGE_NOTICES} - 50 then 'open'::objection_status when i % 2 = 0 then 'rejected'::objection_status else 'accepted'::objection_status end,
            'Wir widersprechen: Datenübermittlung nicht abgestimmt (' || i || ').',
            'bench-user-' || (o * ${PER_ORG} + 1), now() - interval '2 days',
            case when i > ${CHANGE_NOTICES} - 50 then null else now() - interval '1 day' end,
            case when i > ${CHANGE_NOTICES} - 50 then null else 'Entschieden im Benchmark.' end
       from generate_series(1, ${CHANGE_NOTICES}) i, generate_series(0, 2) k,
            lateral (select (i * 37 + k * 3331) % ${ORGS} as o) t
      where i % 3 = 0 or i > ${CHANGE_NOTICES} - 50`,
  ],
];

const auditActions = ['auth.sign_in', 'support.search', 'dpa.viewed', 'notice.read', 'register.viewed', 'calls.identify', 'agreement.signed', 'contact.updated'];

/** The audit events as COPY text, each hashed over the previous one exactly as writeAuditEvent does. */
async function* auditRows(first: { seq: number; hash: string }, count: number, start: Date): AsyncGenerator<string> {
  let prevHash = first.hash;
  let lines: string[] = [];
  for (let n = 1; n <= count; n++) {
    const orgIndex = 1 + ((n * 7919) % ORGS);
    const fields: AuditFields = {
      seq: first.seq + n,
      at: new Date(start.getTime() + n * 25),
      actorUserId: `bench-user-${(orgIndex - 1) * PER_ORG + 1}`,
      actorRole: n % 10 === 0 ? 'support' : 'user',
      orgId: null,
      action: auditActions[n % auditActions.length]!,
      targetType: 'organisation',
      targetId: `B-${String(orgIndex).padStart(6, '0')}`,
      ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      userAgent: 'bench-seed',
      details: { n },
      prevHash,
    };
    const hash = hashAuditEvent(fields);
    prevHash = hash;
    lines.push(
      [fields.seq, fields.at.toISOString(), fields.actorUserId, fields.actorRole, '\\N', fields.action, fields.targetType, fields.targetId, fields.ip, fields.userAgent, JSON.stringify(fields.details), fields.prevHash, hash].join('\t'),
    );
    if (lines.length === 5000) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join('\n')}\n`;
}

/** One in a hundred stored numbers, read back as a person would type them, must normalise to what is stored. */
async function checkPhones(sql: postgres.Sql) {
  const rows = await sql<{ display: string; normalized: string }[]>`
    select display, normalized from phone_numbers tablesample bernoulli (2) where display <> '' limit 3000`;
  const wrong = rows.filter((r) => normalizePhone(r.display) !== r.normalized);
  if (wrong.length) throw new Error(`phone numbers the app normalises differently: ${wrong.slice(0, 5).map((r) => `${r.display} -> ${normalizePhone(r.display)} (stored ${r.normalized})`).join('; ')}`);
  return rows.length;
}

async function main(): Promise<number> {
  if (!url) {
    console.error('bench:seed needs DATABASE_URL (a PostgreSQL database, migrated and seeded with the demo data: npm run db:migrate && npm run db:seed).');
    return 2;
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [state] = await sql<{ demo: number; bench: number }[]>`
      select (select count(*) from organisations where customer_number = 'K-10001')::int as demo,
             (select count(*) from organisations where customer_number like 'B-%')::int as bench`;
    if (!state?.demo) {
      console.error('The database has no demo data. Run `npm run db:migrate && npm run db:seed` on it first (demo personas must still sign in).');
      return 2;
    }
    if (state.bench) {
      console.error(`The database already holds ${state.bench} benchmark organisations: bench:seed runs once per database. Drop and recreate it to seed again.`);
      return 1;
    }
    const started = performance.now();
    const time = async (label: string, work: () => Promise<unknown>) => {
      const t0 = performance.now();
      await work();
      console.log(`  ${label.padEnd(24)} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    };
    console.log(`seeding ${ORGS.toLocaleString('en')} organisations on ${new URL(url).pathname.slice(1)} ...`);
    for (const [label, statement] of steps) await time(label, () => sql.unsafe(statement));
    await time('phone check', async () => console.log(`  (${await checkPhones(sql)} sampled numbers normalise as stored)`));

    await time(`audit events (${AUDIT_EVENTS.toLocaleString('en')})`, async () => {
      // The chain lock writeAuditEvent takes, held for the whole COPY: nothing appends meanwhile.
      await sql.begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(7226002)`;
        const [last] = await tx<{ seq: string; hash: string }[]>`select seq::text, hash from audit_events order by seq desc limit 1`;
        const first = { seq: Number(last?.seq ?? 0), hash: last?.hash ?? GENESIS_HASH };
        // Their times lie in the last hours before the seed, 25 ms apart, in seq order; only the
        // demo's few events (older seq) are later in time. verify checks links, not times.
        const begin = new Date(Date.now() - AUDIT_EVENTS * 25 - 1000);
        const stream = await tx`copy audit_events (seq, at, actor_user_id, actor_role, org_id, action, target_type, target_id, ip, user_agent, details, prev_hash, hash) from stdin`.writable();
        await pipeline(Readable.from(auditRows(first, AUDIT_EVENTS, begin)), stream);
      });
    });
    // As autovacuum leaves a production database: statistics, the visibility map (index-only scans)
    // and no GIN pending lists. A freshly copied database measured without it is slower than any
    // database that has been running for a while.
    await time('vacuum analyze', () => sql`vacuum analyze`);
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return 0;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`bench:seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
