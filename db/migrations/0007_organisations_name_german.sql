DROP INDEX "organisations_legal_name_idx";--> statement-breakpoint
CREATE INDEX "organisations_legal_name_idx" ON "organisations" USING btree ("legal_name" collate german);