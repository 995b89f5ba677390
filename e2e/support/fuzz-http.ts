// The HTTP side of e2e/property-fuzz.spec.ts: raw requests (node:http, keep-alive) from a pool of
// loopback source addresses, and a write probe that says whether the database changed between two
// moments. Kept apart from the spec so the spec reads as targets and properties.
import http from 'node:http';
import postgres from 'postgres';

export type Sent = { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string | Buffer };
export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; error?: string };

/**
 * Requests leave from 127.0.0.2 … 127.0.0.65 in turn: the per-IP limits (sign-in 1000, verify 60 per
 * 15 minutes) would otherwise answer 429 before most inputs reach validation. All of 127/8 is
 * loopback on Linux, and server.mjs takes the socket peer as the client address.
 */
const sources = Array.from({ length: 64 }, (_, i) => `127.0.0.${i + 2}`);
const agents = sources.map((localAddress) => new http.Agent({ keepAlive: true, maxSockets: 4, localAddress } as http.AgentOptions));
let turn = 0;

export function send(origin: string, request: Sent, timeoutMs = 60_000, fresh = false): Promise<Answer> {
  const index = turn++ % agents.length;
  // A new connection for a resent request: every kept-alive socket may have gone idle at once.
  const agent = fresh ? false : agents[index]!;
  return new Promise((resolve) => {
    const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
    const req = http.request(
      new URL(request.path, origin),
      {
        method: request.method,
        agent,
        localAddress: sources[index],
        headers: { ...request.headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', (error) => resolve({ status: 0, headers: {}, body: '', error: error.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => {
      // A kept-alive socket the server closed while idle: the request never reached it; send it again.
      if (!fresh && req.reusedSocket) resolve(send(origin, request, timeoutMs, true));
      else resolve({ status: 0, headers: {}, body: '', error: error.message });
    });
    req.end(body);
  });
}

/** Runs `work` over `items` with at most `limit` in flight; answers in input order. */
export async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        out[index] = await work(items[index]!);
      }
    }),
  );
  return out;
}

export function closeAgents() {
  for (const agent of agents) agent.destroy();
}

/** A fingerprint of the database's state: one entry per table (or per counter), compared by value. */
export type Snapshot = Record<string, string>;
export type WriteProbe = { name: string; snapshot: () => Promise<Snapshot>; close: () => Promise<void> };

/**
 * Not "rows written after a validation failure": written on purpose before validation runs (the
 * attempt counters of the rate limits, the API token's last use, a session's sliding expiry), or by
 * the mail worker in the background.
 */
const before_validation: Record<string, string[] | 'all'> = {
  rate_limits: 'all',
  api_tokens: ['last_used_at'],
  sessions: ['expires'],
  // The mail worker's bookkeeping, in the background: a mail queued by an earlier success is sent
  // while later inputs fail. A new mail row still counts (row count and its other columns).
  mails: ['state', 'attempts', 'next_attempt_at', 'locked_until', 'last_error', 'sent_at'],
};

/**
 * PostgreSQL (the 'postgres' project): the test reads the app's database directly. Every table of the
 * public schema: its row count and an md5 over its rows (as JSON, in a fixed order), so an insert,
 * update or delete anywhere shows, except the columns above.
 */
export async function postgresProbe(url: string): Promise<WriteProbe> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const tables = (await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`).map((t) => t.name);
  const parts = tables
    .filter((t) => before_validation[t] !== 'all')
    .map((t) => {
      const skip = before_validation[t];
      const row = Array.isArray(skip) ? `(to_jsonb(x) - '{${skip.join(',')}}'::text[])::text` : 'to_jsonb(x)::text';
      return `select '${t}' as t, count(*)::text || ':' || md5(coalesce(string_agg(md5(${row}), '' order by md5(${row})), '')) as f from "${t}" x`;
    });
  const query = parts.join(' union all ');
  // No transaction took a transaction id since the last look: nothing was written, no need to read
  // every table again (read-only transactions take none; an insert, update, delete or nextval does).
  let last: { xmax: string; snapshot: Snapshot } | undefined;
  return {
    name: `postgres: row count and md5 of ${parts.length} tables`,
    snapshot: async () => {
      const [row] = await sql<{ xmax: string }[]>`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`;
      const xmax = row!.xmax;
      if (last && last.xmax === xmax) return last.snapshot;
      const snapshot = Object.fromEntries((await sql.unsafe<{ t: string; f: string }[]>(query)).map((r) => [r.t, r.f]));
      last = { xmax, snapshot };
      return snapshot;
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

/** The tables (or counters) whose fingerprint differs between two snapshots. */
export function changed(a: Snapshot, b: Snapshot): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort();
}
