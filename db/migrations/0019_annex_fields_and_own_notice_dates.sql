ALTER TABLE "notices" ADD COLUMN "effective_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "professional_secrecy" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "special_categories" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "nature" jsonb;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "duration" jsonb;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "retention" jsonb;