// npm run proof:instances - issue 15, item 5: several instances on one PostgreSQL database.
// Two production servers (node server.mjs, MAIL_WORKER=off) and one separate worker (scripts/worker.ts)
// on a scratch database, mail to a real SMTP receiver; every port free, every name fresh.
//   1. A session created on instance A (sign-in link requested and opened there) works on B.
//   2. 50 concurrent sign requests for one organisation, alternating A and B -> exactly 1 agreement.
//   3. A change notice to 2,000 recipients; the worker is killed (SIGKILL) mid-way and started again
//      -> every recipient gets the notice exactly once.
// Writes test-results/proof/instances.json; exits 1 on any shortfall. Takes 3-5 minutes (the killed
// worker's claims expire after CLAIM_SECONDS). Needs a production build and DATABASE_URL.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> npm run proof:instances
import { CLAIM_SECONDS } from '@/lib/jobs/claim';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import {
  actionId, deploymentEnv, postAction, report, runProof, scratchDatabase, startApp, startSink, startWorker, until,
} from './harness';

const SIGNERS = 50;
const ORGS = 1_000; // two recipients each: 2,000 deliveries
const KILL_AFTER = 600;

async function main() {
  const shortfalls: string[] = [];
  const sink = await startSink({ keep: (to) => !to.some((a) => a.endsWith('.proof.example')) });
  const db = await scratchDatabase('instances');
  const env = deploymentEnv(db.url, sink.port);
  console.log('starting two instances and a worker …');
  const [a, b] = [await startApp(env, 'instance-a'), await startApp(env, 'instance-b')];
  let worker = startWorker(env, 'worker-1');

  // 1. Session: requested and opened on A, used on B.
  const signIn = actionId('app/(public)/sign-in/actions.ts#requestSignInLinkAction');
  const email = demoAccounts.otherSignatory;
  const requested = await postAction(a.origin, '/sign-in', signIn, [{ email }]);
  const mail = await until('the sign-in mail', async () => sink.messages.find((m) => m.to.includes(email)), 60_000);
  const link = new URL(mail.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S*/)![0]);
  const opened = await fetch(link, { redirect: 'manual' });
  const cookie = (opened.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]!).find((c) => c.includes('session-token'));
  const onB = cookie ? await fetch(`${b.origin}/account`, { headers: { Cookie: cookie }, redirect: 'manual' }) : undefined;
  const onBText = onB ? await onB.text() : '';
  const session = {
    requestOnA: requested.status,
    linkOrigin: link.origin,
    openedOnA: opened.status,
    cookie: Boolean(cookie),
    pageOnB: onB?.status ?? null,
    pageOnBShowsTheUser: onBText.includes(email),
  };
  if (link.origin !== a.origin || !cookie || onB?.status !== 200 || !session.pageOnBShowsTheUser) {
    shortfalls.push(`session: created on A did not work on B (${JSON.stringify(session)})`);
  }

  // 2. 50 concurrent signatures of one organisation, spread over both instances.
  const [org] = await db.sql<{ id: string }[]>`select id from organisations where customer_number = ${demoOrgs.none}`;
  const [version] = await db.sql<{ id: string }[]>`
    select id from dpa_template_versions where status = 'published' order by version desc limit 1`;
  const sign = actionId('app/(customer)/orgs/[orgId]/dpa/actions.ts#signDpaAction');
  const input = { orgId: org!.id, templateVersionId: version!.id, fullName: 'Lena Krause', position: 'Partnerin', confirmAuthority: true, locale: 'de' };
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: SIGNERS }, (_, i) =>
      postAction((i % 2 ? b : a).origin, `/orgs/${org!.id}/dpa`, sign, [input], cookie).then(async (r) => ({ status: r.status, body: await r.text() })),
    ),
  );
  const signMs = Math.round(performance.now() - started);
  const [agreements] = await db.sql<{ n: number }[]>`select count(*)::int as n from agreements where org_id = ${org!.id}`;
  const [audits] = await db.sql<{ n: number }[]>`
    select count(*)::int as n from audit_events where action = 'agreement.signed' and org_id = ${org!.id}`;
  const statuses: Record<string, number> = {};
  for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  const signing = {
    requests: SIGNERS,
    statuses,
    signedAnswers: answers.filter((x) => x.body.includes('"ok":true')).length,
    alreadyDoneAnswers: answers.filter((x) => x.body.includes('ALREADY_DONE')).length,
    agreements: agreements!.n,
    auditEvents: audits!.n,
    ms: signMs,
  };
  if (signing.agreements !== 1 || signing.auditEvents !== 1 || answers.some((x) => x.status >= 500)) {
    shortfalls.push(`signing: ${JSON.stringify(signing)}`);
  }

  // 3. A fan-out to 2,000 recipients; the worker dies (SIGKILL) after KILL_AFTER mails and restarts.
  await queueFanOut(db.sql);
  const proofRecipients = () => [...sink.perRecipient()].filter(([address]) => address.endsWith('.proof.example'));
  const sentSoFar = () => proofRecipients().reduce((n, [, c]) => n + c, 0);
  await until(`${KILL_AFTER} notice mails`, async () => sentSoFar() >= KILL_AFTER, 300_000);
  await worker.kill('SIGKILL');
  const atKill = sentSoFar();
  const [inFlight] = await db.sql<{ n: number }[]>`select count(*)::int as n from deliveries where state = 'sending'`;
  console.log(`worker killed after ${atKill} mails; ${inFlight!.n} deliveries were claimed ('sending')`);
  worker = startWorker(env, 'worker-2');
  const fanStarted = Date.now();
  await until(
    'every delivery settled',
    async () => {
      const [left] = await db.sql<{ n: number }[]>`select count(*)::int as n from deliveries where state in ('queued', 'sending')`;
      return left!.n === 0;
    },
    (CLAIM_SECONDS + 240) * 1000,
  );
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // the last accepted mails are counted
  const [states] = await db.sql<{ sent: number; failed: number }[]>`
    select count(*) filter (where state = 'sent')::int as sent, count(*) filter (where state = 'failed')::int as failed from deliveries`;
  const counts = proofRecipients().map(([, c]) => c);
  const fanOut = {
    recipients: ORGS * 2,
    killedAfterMails: atKill,
    claimedAtKill: inFlight!.n,
    secondsAfterRestart: Math.round((Date.now() - fanStarted) / 1000),
    recipientsReached: counts.length,
    exactlyOnce: counts.filter((c) => c === 1).length,
    duplicates: counts.filter((c) => c > 1).reduce((n, c) => n + c - 1, 0),
    lost: ORGS * 2 - counts.length,
    deliveriesSent: states!.sent,
    deliveriesFailed: states!.failed,
  };
  if (fanOut.exactlyOnce !== ORGS * 2 || fanOut.duplicates !== 0) shortfalls.push(`fan-out: ${JSON.stringify(fanOut)}`);

  console.log(JSON.stringify({ session, signing, fanOut }, null, 2));
  return report('instances', 'several instances', { session, signing, fanOut }, shortfalls);
}

/** A change notice announced to ORGS organisations with two recipients each, queued as the app queues it. */
async function queueFanOut(sql: import('postgres').Sql) {
  const ids = { service: '00000000-0000-4000-8000-0000000000a1', subprocessor: '00000000-0000-4000-8000-0000000000a2', notice: '00000000-0000-4000-8000-0000000000a3' };
  await sql`insert into services (id, code, name, description, processes_personal_data, purpose)
    values (${ids.service}, 'proof-mail', '{"de":"Proof-Mail","en":"Proof mail"}', '{"de":"","en":""}', true, '{"de":"","en":""}')`;
  await sql`insert into subprocessors (id, legal_name, address, country, purpose, safeguard, status, active_from)
    values (${ids.subprocessor}, 'Proof Rechenzentrum AG', 'Frankfurt', 'DE', '{"de":"Hosting","en":"Hosting"}', 'eu_eea', 'active', '2020-01-01')`;
  await sql`insert into change_notices (id, kind, subprocessor_id, title, description, status, announced_at, effective_at, objections_close_at)
    values (${ids.notice}, 'update', ${ids.subprocessor}, '{"de":"Neuer Standort","en":"New site"}',
      '{"de":"Umzug in ein neues Rechenzentrum.","en":"Move to a new data centre."}', 'announced', now(), now() + interval '31 days', now() + interval '31 days')`;
  await sql`insert into change_notice_services values (${ids.notice}, ${ids.service})`;
  await sql`insert into organisations (customer_number, legal_name, street, postal_code, city)
    select 'P-' || i, 'Proof Kunde ' || i || ' GmbH', 'Weg ' || i, '12345', 'Proofstadt' from generate_series(1, ${ORGS}) i`;
  await sql`insert into notices (change_notice_id, org_id)
    select ${ids.notice}, id from organisations where customer_number like 'P-%'`;
  await sql`insert into deliveries (notice_id, recipient, locale, message_id)
    select n.id, r || '@' || lower(o.customer_number) || '.proof.example', 'de', '<' || gen_random_uuid() || '@proof>'
    from notices n join organisations o on o.id = n.org_id cross join (values ('a'), ('b')) v(r)
    where n.change_notice_id = ${ids.notice}`;
}

runProof(main);
