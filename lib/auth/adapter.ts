import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { Adapter, AdapterSession, AdapterUser } from '@auth/core/adapters';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { preparedStatement } from '@/db/prepared';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { createContext, inTransaction, type RequestInfo } from '@/lib/core/context';
import { env } from '@/lib/env';
import { actorsReadWithSession, loadActor, membershipsJson, staffRolesJson, toActor } from './load-actor';

type Meta = () => Promise<RequestInfo>;

/** The session with its person, their staff roles and memberships: the one statement of every signed-in request. */
const sessionAndUser = preparedStatement((db) =>
  db
    .select({ session: sessions, user: users, staffRoles: staffRolesJson(sql`${users}.id`), memberships: membershipsJson(sql`${users}.id`) })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.sessionToken, sql.placeholder('sessionToken')))
    .limit(1)
    .prepare('session_and_user'),
);

/**
 * Signing in and out happen inside Auth.js, not in a use case: the context is built here, for the
 * person whose session it is, so the audit event records them with their role, address and agent.
 */
async function sessionContext(userId: string, requestMeta: Meta) {
  const [actor, request] = await Promise.all([loadActor(userId), requestMeta()]);
  return createContext({ actor, request });
}

/**
 * Auth.js's drizzle adapter on our tables, with three changes: nobody signs up by themselves
 * (users are invited), a session dies at its absolute limit whatever its activity, and creating
 * or ending a session writes its audit event in the same transaction.
 */
export function portalAdapter(requestMeta: Meta): Adapter {
  const db = getDb();
  const base = DrizzleAdapter(db as never, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  } as never);

  return {
    ...base,
    async createUser() {
      throw new Error('Self-registration is disabled: users are invited.');
    },
    async createSession(data) {
      return inTransaction(await sessionContext(data.userId, requestMeta), async (ctx) => {
        // The device (browser, address) goes with the session, for the account page's list (issue 12).
        const device = { userAgent: ctx.request.userAgent?.slice(0, 500) ?? null, ip: ctx.request.ip };
        const [row] = await ctx.db.insert(sessions).values({ ...data, ...device }).returning();
        await ctx.audit({ action: 'auth.sign_in', targetType: 'user', targetId: data.userId });
        return toAdapterSession(row!);
      });
    },
    // Several links may be pending (lib/auth/request-sign-in-link.ts keeps earlier ones valid); the
    // first one used ends the others. A wrong token deletes nothing, or guessing would void links.
    async useVerificationToken({ identifier, token }) {
      return db.transaction(async (tx) => {
        const [used] = await tx
          .delete(verificationTokens)
          .where(and(eq(verificationTokens.identifier, identifier), eq(verificationTokens.token, token)))
          .returning();
        if (!used) return null;
        await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, identifier));
        return used;
      });
    },
    async getSessionAndUser(sessionToken) {
      // The actor's roles and memberships come along, so the request's getActor() needs no query of its own.
      const [row] = await sessionAndUser(db).execute({ sessionToken });
      if (!row) return null;
      // A disabled person's sessions were deleted when they were disabled; one made since (a link
      // issued before) is refused and removed here.
      if (row.user.disabledAt) {
        await db.delete(sessions).where(eq(sessions.userId, row.user.id));
        return null;
      }
      const absoluteEnd = row.session.createdAt.getTime() + env().SESSION_ABSOLUTE_HOURS * 3_600_000;
      if (absoluteEnd < Date.now()) {
        await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
        return null;
      }
      actorsReadWithSession().set(row.user.id, toActor(row.user, row.staffRoles, row.memberships));
      // The sign-in time travels with the user to the session callback (auth.ts), for the signing evidence.
      return { session: toAdapterSession(row.session), user: { ...row.user, signedInAt: row.session.createdAt } as AdapterUser };
    },
    async deleteSession(sessionToken) {
      const [session] = await db.select({ userId: sessions.userId }).from(sessions).where(eq(sessions.sessionToken, sessionToken));
      if (!session) return;
      await inTransaction(await sessionContext(session.userId, requestMeta), async (ctx) => {
        const [row] = await ctx.db.delete(sessions).where(eq(sessions.sessionToken, sessionToken)).returning();
        if (row) await ctx.audit({ action: 'auth.sign_out', targetType: 'user', targetId: row.userId });
      });
    },
  };
}

function toAdapterSession(row: typeof sessions.$inferSelect): AdapterSession {
  return { sessionToken: row.sessionToken, userId: row.userId, expires: row.expires };
}
