ALTER TABLE "dpa_reminders" ADD COLUMN "reason" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "dpa_template_versions" ADD COLUMN "exit_duties" jsonb;--> statement-breakpoint
CREATE INDEX "dpa_reminders_sent_idx" ON "dpa_reminders" USING btree ("sent_at","id");--> statement-breakpoint
ALTER TABLE "dpa_reminders" ADD CONSTRAINT "dpa_reminders_reason" CHECK ("dpa_reminders"."reason" in ('none', 'outdated'));