CREATE INDEX "objections_org_idx" ON "objections" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "objections_decided_idx" ON "objections" USING btree ("decided_at") WHERE "objections"."status" in ('accepted', 'rejected');--> statement-breakpoint
CREATE INDEX "organisations_lower_legal_name_idx" ON "organisations" USING btree (lower("legal_name"),"id");