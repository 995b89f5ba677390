-- Support search (issue 10): partial words and small typos in names and e-mail addresses need
-- trigram indexes; a '%q%' ILIKE or a similarity test without them scans all 100,000 organisations.
-- PGlite ships pg_trgm as an extension (loaded in db/client.ts); PostgreSQL has it in contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisations_legal_name_trgm_idx" ON "organisations" USING gin (lower("legal_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organisations_customer_number_trgm_idx" ON "organisations" USING gin (lower("customer_number") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "contacts_name_trgm_idx" ON "contacts" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "contacts_email_trgm_idx" ON "contacts" USING gin (lower("email") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_name_trgm_idx" ON "users" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_email_trgm_idx" ON "users" USING gin (lower("email") gin_trgm_ops);
