import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { sql } from '@/lib/testing/db';

// The handlers are called directly; no server listens on this origin (APP_URL, read by env()).
const APP_URL = 'http://portal.example';
process.env.APP_URL = APP_URL;

/** Asks the real Auth.js session endpoint who the cookie belongs to. */
async function sessionFor(token: string) {
  const handlers = await import('./auth-route');
  const response = await handlers.GET(
    new NextRequest(`${APP_URL}/api/auth/session`, { headers: { cookie: `authjs.session-token=${token}` } }),
  );
  return (await response.json()) as { user?: { email?: string } } | null;
}

async function insertSession(token: string, email: string, expiresIn: string, createdAgo: string) {
  await sql`
    insert into sessions (session_token, user_id, expires, created_at)
    select ${token}, id, now() + ${expiresIn}::interval, now() - ${createdAgo}::interval
    from users where email = ${email}`;
}

describe('sessions', () => {
  it('a live session names its user', async () => {
    await insertSession('live-session-token', demoAccounts.member, '1 hour', '1 minute');
    expect((await sessionFor('live-session-token'))?.user?.email).toBe(demoAccounts.member);
  });

  it('end after inactivity: an expired session is refused and deleted', async () => {
    await insertSession('idle-session-token', demoAccounts.member, '-1 second', '3 hours');
    expect((await sessionFor('idle-session-token'))?.user).toBeUndefined();
    expect(await sql`select 1 from sessions where session_token = 'idle-session-token'`).toEqual([]);
  });

  it('end at the absolute limit even when used all the time', async () => {
    const hours = Number(process.env.SESSION_ABSOLUTE_HOURS ?? 12);
    await insertSession('old-session-token', demoAccounts.member, '1 hour', `${hours * 60 + 1} minutes`);
    expect((await sessionFor('old-session-token'))?.user).toBeUndefined();
    expect(await sql`select 1 from sessions where session_token = 'old-session-token'`).toEqual([]);
  });
});

describe('sign-out', () => {
  it('deletes the session and writes the audit event', async () => {
    await insertSession('signout-session-token', demoAccounts.admin, '1 hour', '1 minute');
    const handlers = await import('./auth-route');
    const csrf = await handlers.GET(new NextRequest(`${APP_URL}/api/auth/csrf`));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = (csrf.headers.get('set-cookie') ?? '').split(';')[0]!;
    await handlers.POST(
      new NextRequest(`${APP_URL}/api/auth/signout`, {
        method: 'POST',
        body: new URLSearchParams({ csrfToken }),
        headers: {
          'content-type': 'application/x-www-form-urlencoded', origin: APP_URL,
          cookie: `${csrfCookie}; authjs.session-token=signout-session-token`,
        },
      }),
    );
    expect(await sql`select 1 from sessions where session_token = 'signout-session-token'`).toEqual([]);
    const [event] = await sql<{ action: string; email: string }>`
      select a.action, u.email from audit_events a join users u on u.id = a.actor_user_id
      order by a.seq desc limit 1`;
    expect(event).toEqual({ action: 'auth.sign_out', email: demoAccounts.admin });
  });
});
