import { eq } from 'drizzle-orm';
import { getDb, type Database } from '@/db/client';
import { users } from '@/db/schema';
import { loadActor } from '@/lib/auth/load-actor';
import { systemActor, type Actor, type UserActor } from '@/lib/core/actor';
import { createContext, inTransaction, type Ctx, type RequestInfo } from '@/lib/core/context';

// Contexts for integration tests: the same createContext/inTransaction the app uses, with a real
// database and a real actor loaded from it; only `now` and the request data are the test's to choose.

const testRequest: RequestInfo = { ip: '203.0.113.7', userAgent: 'integration-test' };

/** The demo (or test-made) user with this address, with roles and memberships as the app loads them. */
export async function actorFor(email: string): Promise<UserActor> {
  const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  const actor = user ? await loadActor(user.id) : null;
  if (!actor) throw new Error(`no user ${email} in the test database`);
  return actor;
}

type Options = { now?: Date; request?: RequestInfo; db?: Database };

/** A read context (no transaction), as a page gets. */
export function contextFor<A extends Actor | null>(actor: A, options: Options = {}): Ctx<A> {
  return createContext({ actor, now: options.now, request: options.request ?? testRequest, db: options.db ?? getDb() });
}

/** Runs a use case in one transaction, as an action does; after-commit work runs after the commit. */
export function runAs<A extends Actor | null, T>(actor: A, work: (ctx: Ctx<A>) => Promise<T>, options: Options = {}): Promise<T> {
  return inTransaction(contextFor(actor, options), work);
}

/** The same for the worker's jobs. */
export function runAsSystem<T>(work: (ctx: Ctx<ReturnType<typeof systemActor>>) => Promise<T>, options: Options = {}) {
  return runAs(systemActor('test'), work, options);
}
