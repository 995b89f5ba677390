import 'server-only';
import { getHandle } from '@/db/client';

// Values that are the same for every visitor — the provider settings, the published DPA and TOMs
// versions, the subprocessor register of a day — kept across requests in this process, so a page
// does not read them again and again (issue 14; docs/decisions/0105-shared-cache-invalidated-by-the-database.md).
//
// Tags are table names. The database says when one changed: a statement trigger on each cached
// table (migration perf_indexes) sends NOTIFY dpa_cache, '<table>' - transactional, so it is
// delivered once the change has committed, to every instance, whoever wrote it (a use case, the
// worker, a script). In this process a committed transaction also drops everything at once
// (lib/core/context.ts), so whoever changed something reads it back on the very next render.
// Whenever the listening connection is (re)established everything is dropped too (notifications
// sent while it was down are lost), and no entry lives longer than MAX_AGE_MS whatever happens.

const MAX_AGE_MS = 60_000;
const CHANNEL = 'dpa_cache';

/** The cached tables; a value names those it is read from. */
export type CacheTag = 'settings' | 'dpa_template_versions' | 'toms_versions' | 'subprocessors' | 'subprocessor_services' | 'services';

type Entry = { value: Promise<unknown>; tags: readonly CacheTag[]; storedAt: number };
type Handle = ReturnType<typeof getHandle>;
type State = { entries: Map<string, Entry>; listening: Promise<void> | null; handle: Handle | null };

// On globalThis: Next.js may bundle this module into several server chunks of one process.
const stateKey = Symbol.for('dpa-portal.shared-cache');
function state(): State {
  const g = globalThis as typeof globalThis & { [stateKey]?: State };
  const s = (g[stateKey] ??= { entries: new Map(), listening: null, handle: null });
  // A new database handle (closeDb() and a reopen, as the integration tests do per file): nothing
  // read from the old database may be served, and the listener has to be set up on the new one.
  const handle = getHandle();
  if (s.handle !== handle) {
    s.entries.clear();
    s.listening = null;
    s.handle = handle;
  }
  return s;
}

function listen(s: State) {
  s.listening ??= s.handle!
    .listen(
      CHANNEL,
      (table) => invalidateShared([table as CacheTag]),
      () => invalidateShared(),
    )
    .catch((error: unknown) => {
      // Without notifications nothing may be kept: try again on the next read.
      console.error('[shared-cache] LISTEN failed', error);
      s.listening = null;
      invalidateShared();
    });
  return s.listening;
}

/**
 * The value under `key`, loaded by `load` when missing or older than a minute. Concurrent readers
 * share one load (a page under load must not send twenty identical queries); a failed load is not
 * kept. Only for reads outside a transaction: a use case reads what its own transaction sees.
 */
export async function sharedCache<T>(key: string, tags: readonly CacheTag[], load: () => Promise<T>): Promise<T> {
  const s = state();
  if (!s.listening) await listen(s);
  const now = Date.now();
  const hit = s.entries.get(key);
  if (hit && now - hit.storedAt < MAX_AGE_MS) return hit.value as Promise<T>;
  const value = load();
  const entry: Entry = { value, tags, storedAt: now };
  s.entries.set(key, entry);
  value.catch(() => {
    if (s.entries.get(key) === entry) s.entries.delete(key);
  });
  return value;
}

/**
 * Drops the values read from any of `tags`, or everything. A load still running is dropped too, so
 * what it read before the change is handed to those already waiting for it, never kept.
 */
export function invalidateShared(tags?: readonly CacheTag[]) {
  const { entries } = state();
  if (!tags) {
    entries.clear();
    return;
  }
  for (const [key, entry] of entries) {
    if (entry.tags.some((tag) => tags.includes(tag))) entries.delete(key);
  }
}
