import 'server-only';
import { getDb, type Database, type Tx } from '@/db/client';
import type { SQL } from 'drizzle-orm';
import { auditEventInsert, auditPlaceholderValues, writeAuditEvent, type AuditInput } from '@/lib/audit/write-audit-event';
import { roleIn } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/config';
import type { Actor, UserActor } from './actor';
import { invalidateShared } from './shared-cache';

/** Where a request came from, as recorded in the audit log and the signing evidence. */
export type RequestInfo = { ip: string | null; userAgent: string | null };

/**
 * The use-case context: every domain function is `(ctx, input)`.
 * - `db`: the transaction when the use case runs in one (actions, jobs), else the database (page reads)
 * - `actor`: who acts; the type parameter says which kinds of actor the use case accepts
 * - `now`: the one clock of this request, so tests can stand exactly on a deadline
 * - `audit(event)`: appends an audit event with the actor, role, IP and user agent filled in, in the
 *   same transaction as the change (or in a transaction of its own for a read outside one)
 * - `auditStatement(event)`: the same event as an insert to put into the use case's own statement
 *   (a data-modifying `with` clause), when one statement is the whole change (decision 0145)
 * - `auditValues(event)`: the same event as the values of a prepared statement that queues it with
 *   `auditPlaceholderInsert` (decision 0152)
 * - `afterCommit(fn)`: work that must only happen once the change is committed (wake the worker,
 *   revalidate a cache); dropped if the transaction rolls back
 */
export type Ctx<A extends Actor | null = UserActor> = {
  readonly db: Database | Tx;
  readonly actor: A;
  readonly now: Date;
  readonly locale: Locale;
  readonly request: RequestInfo;
  readonly inTransaction: boolean;
  audit(event: AuditInput): Promise<void>;
  auditStatement(event: AuditInput): SQL;
  auditValues(event: AuditInput): Record<string, unknown>;
  afterCommit(fn: () => unknown): void;
};

type Base<A extends Actor | null> = {
  actor: A;
  db?: Database | Tx;
  now?: Date;
  locale?: Locale;
  request?: RequestInfo;
};

/** The audit log's view of an actor: user id and role, or the token / job in the role column. */
function auditActor(actor: Actor | null, orgId: string | null | undefined) {
  if (!actor) return { userId: null, role: 'anonymous' };
  switch (actor.kind) {
    case 'user':
      return { userId: actor.userId, role: roleIn(actor, orgId) };
    case 'token':
      return { userId: null, role: `token:${actor.tokenId}` };
    case 'system':
      return { userId: null, role: `system:${actor.job}` };
  }
}

function build<A extends Actor | null>(
  base: Base<A>,
  db: Database | Tx,
  inTransaction: boolean,
  pending: (() => unknown)[] | null,
): Ctx<A> {
  const request = base.request ?? { ip: null, userAgent: null };
  const ctx: Ctx<A> = {
    db,
    actor: base.actor,
    now: base.now ?? new Date(),
    locale: base.locale ?? (base.actor?.kind === 'user' ? base.actor.locale : 'de'),
    request,
    inTransaction,
    async audit(event) {
      const who = { ...auditActor(base.actor, event.orgId), ip: request.ip, userAgent: request.userAgent };
      // In a transaction it commits with the change; outside one its single statement commits alone.
      await writeAuditEvent(inTransaction ? (db as Tx) : getDb(), who, event);
    },
    auditStatement(event) {
      return auditEventInsert({ ...auditActor(base.actor, event.orgId), ip: request.ip, userAgent: request.userAgent }, event);
    },
    auditValues(event) {
      return auditPlaceholderValues({ ...auditActor(base.actor, event.orgId), ip: request.ip, userAgent: request.userAgent }, event);
    },
    afterCommit(fn) {
      if (pending) pending.push(fn);
      else runAfterCommit([fn]);
    },
  };
  return ctx;
}

function runAfterCommit(callbacks: (() => unknown)[]) {
  for (const fn of callbacks) {
    try {
      const result = fn();
      if (result instanceof Promise) result.catch((error: unknown) => console.error('[afterCommit]', error));
    } catch (error) {
      // revalidateTag and friends must not turn a committed change into an error for the user.
      console.error('[afterCommit]', error);
    }
  }
}

/** A context for reads outside a transaction (pages, route handlers that only read). */
export function createContext<A extends Actor | null>(base: Base<A>): Ctx<A> {
  return build(base, base.db ?? getDb(), false, null);
}

/**
 * Runs `work` in one transaction with a context bound to it; the after-commit callbacks run once
 * the transaction has committed, and never when it rolled back. Inside an open transaction this
 * simply continues in it (the outer transaction's commit runs the callbacks).
 */
export async function inTransaction<A extends Actor | null, T>(ctx: Ctx<A>, work: (tx: Ctx<A>) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return work(ctx);
  const pending: (() => unknown)[] = [];
  const base = { actor: ctx.actor, now: ctx.now, locale: ctx.locale, request: ctx.request };
  const result = await (ctx.db as Database).transaction((tx) => work(build(base, tx, true, pending)));
  // Whatever it changed, this process reads it back at once: the values shared across requests are
  // dropped (other instances hear of the change through the database, lib/core/shared-cache.ts).
  invalidateShared();
  runAfterCommit(pending);
  return result;
}
