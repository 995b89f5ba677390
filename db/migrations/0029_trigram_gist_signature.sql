-- The support search's name branches walk the GiST trigram indexes in distance order (decisions
-- 0140, 0148). Each inner entry of such an index is a signature of the trigrams below it, 12 bytes
-- by default: too few bits for names, so many subtrees look like candidates and the walk computes
-- distances it then throws away. With 64-byte signatures, at 100,000 organisations, the nearest 200
-- names for 'hofmann' take 20-25 ms instead of 31-37, a contact name that matches nothing 3-4 ms
-- instead of 9-11, and the staff search serves 16-18 requests/s instead of 14 (decision 0153). The
-- leaves hold the trigrams themselves, so the index barely grows (12 to 13 MB for 100,000 names).
-- The statistics target of migration 0026 belongs to the index, so the new ones get it again. An
-- index created in this transaction keeps the target it was created with (-1, the default) until
-- the transaction ends, whatever ALTER INDEX sets, so ANALYZE runs with a default of 1,000: without
-- it the new indexes get 100 entries and 'hofmann' is estimated at 131 names, the plan decision
-- 0148 is about. The other trigram indexes of the three tables (e-mail, customer number) are held at
-- 100 entries in writing, so this ANALYZE does not make their searches costlier to plan; the tables'
-- own columns keep 1,000 entries until their next ANALYZE.
-- Rebuilding blocks writes to the three tables for the seconds each CREATE INDEX takes.
DROP INDEX IF EXISTS "organisations_legal_name_trgm_gist_idx";--> statement-breakpoint
CREATE INDEX "organisations_legal_name_trgm_gist_idx" ON "organisations" USING gist (lower("legal_name") gist_trgm_ops(siglen = 64));--> statement-breakpoint
DROP INDEX IF EXISTS "contacts_name_trgm_gist_idx";--> statement-breakpoint
CREATE INDEX "contacts_name_trgm_gist_idx" ON "contacts" USING gist (lower("name") gist_trgm_ops(siglen = 64));--> statement-breakpoint
DROP INDEX IF EXISTS "users_name_trgm_gist_idx";--> statement-breakpoint
CREATE INDEX "users_name_trgm_gist_idx" ON "users" USING gist (lower("name") gist_trgm_ops(siglen = 64));--> statement-breakpoint
ALTER INDEX "organisations_legal_name_trgm_gist_idx" ALTER COLUMN 1 SET STATISTICS 1000;--> statement-breakpoint
ALTER INDEX "contacts_name_trgm_gist_idx" ALTER COLUMN 1 SET STATISTICS 1000;--> statement-breakpoint
ALTER INDEX "users_name_trgm_gist_idx" ALTER COLUMN 1 SET STATISTICS 1000;--> statement-breakpoint
ALTER INDEX "organisations_customer_number_trgm_idx" ALTER COLUMN 1 SET STATISTICS 100;--> statement-breakpoint
ALTER INDEX "contacts_email_trgm_idx" ALTER COLUMN 1 SET STATISTICS 100;--> statement-breakpoint
ALTER INDEX "users_email_trgm_idx" ALTER COLUMN 1 SET STATISTICS 100;--> statement-breakpoint
SET LOCAL default_statistics_target = 1000;--> statement-breakpoint
ANALYZE "organisations", "contacts", "users";
