ALTER TABLE "services" ADD COLUMN "log_retention_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "backup_retention_days" integer DEFAULT 21 NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "ip" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "users_deleted_idx" ON "users" USING btree ("deleted_at") WHERE "users"."deleted_at" is not null;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_retention" CHECK ("services"."log_retention_days" between 1 and 3650 and "services"."backup_retention_days" between "services"."log_retention_days" and 3650);