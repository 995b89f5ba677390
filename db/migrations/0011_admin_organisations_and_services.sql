ALTER TABLE "organisations" ADD COLUMN "locale" "locale" DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "category" text DEFAULT '' NOT NULL;