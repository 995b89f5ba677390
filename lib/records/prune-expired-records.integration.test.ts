import { describe, expect, it } from 'vitest';
import { jobs } from '@/lib/jobs/jobs';
import { runPeriodicJob } from '@/lib/jobs/run-job';
import { pruneCallListJob } from '@/lib/calls/prune-call-list';
import { translator } from '@/lib/i18n/translate';
import { sql } from '@/lib/testing/db';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { pruneExpiredRecordsJob } from './prune-expired-records';
import { retentionMessageValues, retentionPeriods } from './retention';

// Issue 12: what the privacy notice says is kept only for a while is deleted by the worker's jobs,
// by the same figures the notice prints (lib/records/retention.ts): old rows go, young rows stay.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date();
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const user = seedId(`user:${demoAccounts.member}`);
const thisYear = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Berlin' }).format(now));
/** Mid-June of a calendar year, in UTC. */
const june = (year: number) => `${year}-06-15T12:00:00Z`;

const ids = async (query: Promise<{ id: string }[]>) => (await query).map((r) => r.id).sort();

describe('pruning by the retention periods', () => {
  it('runs in the worker, next to the call list', () => {
    expect(jobs).toContain(pruneExpiredRecordsJob);
    expect(jobs).toContain(pruneCallListJob);
  });

  it('deletes ended sessions and expired sign-in links; keeps the live ones', async () => {
    const { sessionAbsoluteHours } = retentionPeriods(null);
    await sql`insert into sessions (session_token, user_id, expires, created_at) values
      ('prune-idle', ${user}, ${ago(HOUR)}, ${ago(2 * HOUR)}),
      ('prune-absolute', ${user}, ${ago(-HOUR)}, ${ago((sessionAbsoluteHours + 1) * HOUR)}),
      ('prune-live', ${user}, ${ago(-HOUR)}, ${ago((sessionAbsoluteHours - 1) * HOUR)})`;
    await sql`insert into verification_tokens (identifier, token, expires) values
      ('prune@example.com', 'prune-expired', ${ago(60_000)}),
      ('prune@example.com', 'prune-valid', ${ago(-10 * 60_000)})`;

    const result = await runPeriodicJob(pruneExpiredRecordsJob, { now });
    expect(result).toMatchObject({ sessions: expect.any(Number), signInLinks: expect.any(Number) });
    const left = await sql<{ session_token: string }>`select session_token from sessions where session_token like 'prune-%'`;
    expect(left.map((r) => r.session_token)).toEqual(['prune-live']);
    const links = await sql<{ token: string }>`select token from verification_tokens where identifier = 'prune@example.com'`;
    expect(links.map((r) => r.token)).toEqual(['prune-valid']);
  });

  it('deletes sent mail and deliveries once their calendar year lies the retention period back; keeps younger and queued ones', async () => {
    const { deliveryRecordYears } = retentionPeriods(null);
    const expired = thisYear - deliveryRecordYears - 1; // its records were due for deletion on 1 January
    const kept = thisYear - deliveryRecordYears; // kept until the end of this year
    const mail = (key: string, state: string, createdAt: string) =>
      sql<{ id: string }>`insert into mails ("to", template, locale, params, message_id, state, created_at)
        values ('prune@customer.example', 'confirm-contact', 'de', '{}'::jsonb, ${`<${key}@prune.example>`}, ${state}::delivery_state, ${createdAt}) returning id`;
    const [oldSent] = await mail('old-sent', 'sent', june(expired));
    const [oldFailed] = await mail('old-failed', 'failed', june(expired));
    const [oldQueued] = await mail('old-queued', 'queued', june(expired));
    const [keptSent] = await mail('kept-sent', 'sent', `${kept}-01-02T12:00:00Z`);
    const [notice] = await sql<{ id: string }>`select id from notices limit 1`;
    const delivery = (key: string, createdAt: string) =>
      sql<{ id: string }>`insert into deliveries (notice_id, recipient, locale, state, message_id, created_at)
        values (${notice!.id}, ${`${key}@prune.example`}, 'de', 'sent', ${`<${key}@prune.example>`}, ${createdAt}) returning id`;
    const [oldDelivery] = await delivery('old-delivery', june(expired));
    const [keptDelivery] = await delivery('kept-delivery', june(kept));

    await runPeriodicJob(pruneExpiredRecordsJob, { now });
    expect(await ids(sql<{ id: string }>`select id from mails where "to" = 'prune@customer.example'`)).toEqual([oldQueued!.id, keptSent!.id].sort());
    expect(oldSent && oldFailed).toBeTruthy();
    const deliveries = await ids(sql<{ id: string }>`select id from deliveries where recipient like '%@prune.example'`);
    expect(deliveries).toEqual([keptDelivery!.id]);
    expect(deliveries).not.toContain(oldDelivery!.id);
  });

  it('prunes the call list by the admin setting, and the privacy notice prints that same figure', async () => {
    await sql`update settings set call_list_retention_days = 30`;
    await sql`insert into call_list_entries (number_hmac, created_at) values (${'a'.repeat(64)}, ${ago(31 * DAY)}), (${'b'.repeat(64)}, ${ago(29 * DAY)})`;
    await runPeriodicJob(pruneCallListJob, { now });
    const left = await sql<{ number_hmac: string }>`select number_hmac from call_list_entries where number_hmac in (${'a'.repeat(64)}, ${'b'.repeat(64)})`;
    expect(left.map((r) => r.number_hmac)).toEqual(['b'.repeat(64)]);

    const [settings] = await sql<{ call_list_retention_days: number }>`select call_list_retention_days from settings`;
    const values = retentionMessageValues(retentionPeriods({ callListRetentionDays: settings!.call_list_retention_days }));
    expect(translator('de')('privacyNotice.processing.calls.retention', values)).toBe('30 Tage, danach werden die Einträge gelöscht.');
    expect(translator('en')('privacyNotice.processing.mail.retention', values)).toContain(`${retentionPeriods(null).deliveryRecordYears} years`);
  });
});
