-- Rate-limit counters leave no WAL (decision 0152). Every token API call raises its token's counter
-- for the minute: one row that a phone system's twenty lines update at once. As a logged table each
-- update waited for its own commit to reach the disk (a WAL flush) while holding that row, and the
-- next call queued behind it; a lookup cost two flushes, this one and its audit event's. Unlogged,
-- a statement that writes only counters commits without a flush, and the row lock is held for
-- microseconds. What is given up: after a crash of the database (not a clean restart) PostgreSQL
-- empties the table, and a standby has no rows in it, so every window starts again from zero once.
-- Counters that live for a minute or a day are worth less than a flush on every call; the audit
-- log, sessions and everything else stay logged.
ALTER TABLE "rate_limits" SET UNLOGGED;
