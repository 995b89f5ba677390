ALTER TABLE "change_notices" DROP CONSTRAINT "change_notices_announced_time";--> statement-breakpoint
ALTER TABLE "change_notices" ADD COLUMN "objections_close_at" timestamp with time zone;--> statement-breakpoint
UPDATE "change_notices" SET "objections_close_at" = "effective_at" WHERE "status" <> 'draft';--> statement-breakpoint
ALTER TABLE "change_notices" ADD CONSTRAINT "change_notices_announced_time" CHECK ("change_notices"."status" = 'draft' or ("change_notices"."announced_at" is not null and "change_notices"."objections_close_at" is not null));