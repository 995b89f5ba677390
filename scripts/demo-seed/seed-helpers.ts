import { createHash } from 'node:crypto';

// Demo data must come out the same on every run (tests and screenshots rely on it), so ids are
// derived from a stable key instead of random UUIDs, and dates from a clock the caller passes in.

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A stable UUID (RFC 4122 layout, version 5 style) for a seed key such as 'org:K-10001'. */
export function seedId(key: string): string {
  const hex = sha256Hex(`dpa-portal demo data:${key}`);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Dates relative to the day of seeding, so "signed 40 days ago" stays true whenever the demo is
 * started. Anchored at midnight UTC so that two seeds on the same day produce identical rows.
 */
export function seedClock(now: Date) {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  /** A moment `days` before today at `hour`:`minute` UTC (negative days lie in the future). */
  const daysAgo = (days: number, hour = 9, minute = 0) =>
    new Date(midnight - days * DAY_MS + (hour * 60 + minute) * 60 * 1000);
  /** A calendar date (YYYY-MM-DD) for date columns. */
  const dateDaysAgo = (days: number) => new Date(midnight - days * DAY_MS).toISOString().slice(0, 10);
  return { daysAgo, dateDaysAgo };
}

export type SeedClock = ReturnType<typeof seedClock>;
