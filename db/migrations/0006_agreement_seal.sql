ALTER TABLE "agreements" ADD COLUMN "seal_certificate_sha256" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "seal_timestamp" timestamp with time zone;