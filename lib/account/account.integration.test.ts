import { sql as dsql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueSignInLink } from '@/lib/auth/request-sign-in-link';
import type { UserActor } from '@/lib/core/actor';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { updateProfileSchema } from './account-schemas';
import { deleteAccount, pseudonymEmail } from './delete-account';
import { endOtherSessions } from './end-other-sessions';
import { exportAccountData } from './export-account-data';
import { getAccountData } from './get-account-data';
import { listDeletionRequests } from './list-deletion-requests';
import { updateProfile } from './update-profile';

// A person's own data: what the portal holds about them, the download, rectification, ending other
// sessions and the deletion request, which keeps the evidence and removes the address everywhere else.

const EMAIL = 'm.bauer@schreinerei-bauer.example'; // signatory of K-10007, signed DPA version 2
let bauer: UserActor;

beforeAll(async () => {
  bauer = await actorFor(EMAIL);
});

/** Every (table, column) of text or json type in which `needle` occurs. */
async function whereItOccurs(needle: string): Promise<string[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
     where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`;
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const rows = await sql<{ n: number }>`select count(*)::int as n from ${dsql.identifier(table_name)} where ${dsql.identifier(column_name)}::text ilike ${`%${needle}%`}`;
    if (rows[0]!.n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found.sort();
}


describe('the account', () => {
  it('shows the person their profile, memberships, sessions, sign-ins, signed agreements and audit events', async () => {
    await sql`insert into sessions (session_token, user_id, expires, user_agent, ip) values ('bauer-a', ${bauer.userId}, now() + interval '1 hour', 'Firefox on Linux', '198.51.100.1'), ('bauer-b', ${bauer.userId}, now() + interval '1 hour', 'Safari on iPhone', '198.51.100.2')`;
    const data = await getAccountData(contextFor(bauer), { currentSessionToken: 'bauer-a' });
    expect(data.profile).toMatchObject({ email: EMAIL, name: 'Michael Bauer' });
    expect(data.memberships.map((m) => [m.customerNumber, m.role])).toEqual([['K-10007', 'signatory']]);
    expect(data.agreements).toHaveLength(1);
    expect(data.agreements[0]).toMatchObject({ signerName: 'Michael Bauer', version: 2 });
    expect(data.sessions.map((s) => [s.userAgent, s.current])).toEqual(expect.arrayContaining([['Firefox on Linux', true], ['Safari on iPhone', false]]));
    // The session token is a credential: it never leaves the server.
    expect(JSON.stringify(data)).not.toContain('bauer-b');
  });

  it('downloads everything as JSON, and the download is audited', async () => {
    const file = await runAs(bauer, (ctx) => exportAccountData(ctx, { currentSessionToken: null }));
    const json = JSON.parse(file.json);
    expect(json.memberships[0].legalName).toBe('Schreinerei Bauer e.K.');
    expect(json.agreements[0].signerName).toBe('Michael Bauer');
    const [event] = await sql<{ n: number }>`select count(*)::int as n from audit_events where action = 'account.exported' and actor_user_id = ${bauer.userId}`;
    expect(event!.n).toBe(1);
  });

  it('changes name and language, and refuses a name that is too short', async () => {
    expect(updateProfileSchema.safeParse({ name: ' M ', locale: 'de' }).success).toBe(false);
    expect(updateProfileSchema.safeParse({ name: 'Michael Bauer', locale: 'fr' }).success).toBe(false);
    await runAs(bauer, (ctx) => updateProfile(ctx, updateProfileSchema.parse({ name: 'Michael J. Bauer', locale: 'en' })));
    const [row] = await sql<{ name: string; locale: string }>`select name, locale from users where id = ${bauer.userId}`;
    expect(row).toEqual({ name: 'Michael J. Bauer', locale: 'en' });
  });

  it('ends the other sessions and keeps the current one', async () => {
    const { ended } = await runAs(bauer, (ctx) => endOtherSessions(ctx, { currentSessionToken: 'bauer-a' }));
    expect(ended).toBe(1);
    const left = await sql<{ session_token: string }>`select session_token from sessions where user_id = ${bauer.userId}`;
    expect(left).toEqual([{ session_token: 'bauer-a' }]);
  });

  it('deletion: pseudonymises at once, keeps the agreement evidence and the audit log, and no sign-in is possible any more', async () => {
    // Mail to the person that is still to be sent or was sent, and a read marker.
    await sql`insert into mails ("to", template, params, message_id, state) values (${EMAIL}, 'sign-in-link', '{}', 'test-queued@x', 'queued'), (${EMAIL}, 'sign-in-link', '{}', 'test-sent@x', 'sent')`;
    expect(await whereItOccurs(EMAIL)).toEqual(expect.arrayContaining(['users.email', 'mails.to']));

    const result = await runAs(bauer, (ctx) => deleteAccount(ctx));
    expect(result).toMatchObject({ deleted: true, agreementsKept: 1 });

    // The address is gone from every table except the append-only audit log and the evidence of the
    // agreement signed with it (the address the signer was authenticated with), as the page says.
    expect((await whereItOccurs(EMAIL)).filter((where) => !where.startsWith('audit_events.') && where !== 'agreements.signer_email')).toEqual([]);
    const [user] = await sql<{ email: string; name: string | null; deleted_at: Date | null }>`select email, name, deleted_at from users where id = ${bauer.userId}`;
    expect(user).toMatchObject({ email: pseudonymEmail(bauer.userId), name: null });
    expect(user!.deleted_at).not.toBeNull();
    expect(await sql`select 1 from sessions where user_id = ${bauer.userId}`).toEqual([]);
    expect(await sql`select 1 from memberships where user_id = ${bauer.userId}`).toEqual([]);
    expect(await sql`select 1 from mails where message_id = 'test-queued@x'`).toEqual([]);

    // Evidence kept: the signed agreement still names its signer.
    const [agreement] = await sql<{ signer_name: string; signer_user_id: string }>`select signer_name, signer_user_id from agreements where signer_user_id = ${bauer.userId}`;
    expect(agreement).toEqual({ signer_name: 'Michael Bauer', signer_user_id: bauer.userId });
    const [event] = await sql<{ details: unknown }>`select details from audit_events where action = 'account.deleted' and target_id = ${bauer.userId}`;
    expect(JSON.stringify(event!.details)).not.toContain(EMAIL);

    // No sign-in link is issued for the old address any more.
    const before = await sql<{ n: number }>`select count(*)::int as n from verification_tokens`;
    await runAs(null, (ctx) => issueSignInLink(ctx, { email: EMAIL, callbackUrl: '/' }));
    expect(await sql<{ n: number }>`select count(*)::int as n from verification_tokens`).toEqual(before);
    expect(await sql`select 1 from mails where lower("to") = ${EMAIL}`).toEqual([]);

    // Staff (privacy, admin) see the request; support and customers do not.
    const privacy = await actorFor('datenschutz@nordwind-it.example');
    const requests = await listDeletionRequests(contextFor(privacy));
    expect(requests.map((r) => r.userId)).toContain(bauer.userId);
    expect(requests.find((r) => r.userId === bauer.userId)?.agreementsKept).toBe(1);
    const support = await actorFor('support@nordwind-it.example');
    await expect(listDeletionRequests(contextFor(support))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
