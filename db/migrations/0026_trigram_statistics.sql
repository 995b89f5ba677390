-- The support search's name branches read the nearest 200 names from the GiST trigram index when a
-- term matches many rows, and take a bitmap scan when it matches few (decision 0148). Which one the
-- planner picks rests on its estimate of how many names match, which pg_trgm takes from the
-- statistics of the indexed expression. With the default target (100 histogram entries) a term
-- matching 1.7 % of 100,000 organisations was estimated anywhere from 86 rows to thousands,
-- depending on ANALYZE's sample: the same search took 4 ms or 41 ms. With 1,000 entries the
-- estimate is close and the same after every ANALYZE.
ALTER INDEX "organisations_legal_name_trgm_gist_idx" ALTER COLUMN 1 SET STATISTICS 1000;--> statement-breakpoint
ALTER INDEX "organisations_legal_name_trgm_idx" ALTER COLUMN 1 SET STATISTICS 1000;--> statement-breakpoint
ALTER INDEX "contacts_name_trgm_gist_idx" ALTER COLUMN 1 SET STATISTICS 1000;--> statement-breakpoint
ALTER INDEX "contacts_name_trgm_idx" ALTER COLUMN 1 SET STATISTICS 1000;--> statement-breakpoint
ALTER INDEX "users_name_trgm_gist_idx" ALTER COLUMN 1 SET STATISTICS 1000;--> statement-breakpoint
ALTER INDEX "users_name_trgm_idx" ALTER COLUMN 1 SET STATISTICS 1000;--> statement-breakpoint
ANALYZE "organisations", "contacts", "users";
