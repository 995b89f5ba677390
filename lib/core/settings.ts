import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Database, type Tx } from '@/db/client';
import { settings, type Settings } from '@/db/schema';
import { sharedCache } from './shared-cache';

/** The defaults of DESIGN.md, for a database that has no settings row yet (a fresh production one). */
const DEFAULTS = { noticePeriodDays: 30, timeZone: 'Europe/Berlin' } as const;

export type ProviderSettings = Omit<Settings, 'id' | 'updatedAt'>;

async function read(db: Database | Tx): Promise<ProviderSettings | null> {
  const [row] = await db.select().from(settings).where(eq(settings.id, 1)).limit(1);
  if (!row) return null;
  const { id: _id, updatedAt: _updatedAt, ...rest } = row;
  return rest;
}

/**
 * THE settings reader (the one row, id = 1). Inside a transaction it reads that transaction's view,
 * so a deadline is computed from the settings the change commits with; outside one it comes from
 * the shared cache (lib/core/shared-cache.ts), the same for every request until the row changes
 * (also without a context: the shell's header and footer).
 */
export async function getSettings(ctx?: { db: Database | Tx; inTransaction: boolean }): Promise<ProviderSettings | null> {
  return ctx?.inTransaction ? read(ctx.db) : sharedCache('settings', ['settings'], () => read(getDb()));
}

/** The values every deadline and date display depends on, with the defaults when no row exists. */
export async function getCalendarSettings(ctx: { db: Database | Tx; inTransaction: boolean }) {
  const row = await getSettings(ctx);
  return {
    timeZone: row?.timeZone ?? DEFAULTS.timeZone,
    noticePeriodDays: row?.noticePeriodDays ?? DEFAULTS.noticePeriodDays,
  };
}
