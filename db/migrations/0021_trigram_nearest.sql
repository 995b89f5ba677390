-- Support search at 100,000 organisations (issue 10): a common name matched thousands of rows and
-- ranking all of them by word similarity took a sequential scan (0.8–1 s). GiST trigram indexes
-- return the nearest names first (ORDER BY q <<-> lower(name) LIMIT n), so a branch reads only the
-- candidates it shows. The GIN indexes of 0014 stay: they answer the substring and e-mail branches.
CREATE INDEX IF NOT EXISTS "organisations_legal_name_trgm_gist_idx" ON "organisations" USING gist (lower("legal_name") gist_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "contacts_name_trgm_gist_idx" ON "contacts" USING gist (lower("name") gist_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_name_trgm_gist_idx" ON "users" USING gist (lower("name") gist_trgm_ops);
