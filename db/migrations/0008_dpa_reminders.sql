CREATE TABLE "dpa_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"after_days" integer NOT NULL,
	"eligible_since" date NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "dpa_reminder_days" integer[] DEFAULT '{7,21,42}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "dpa_reminders" ADD CONSTRAINT "dpa_reminders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dpa_reminders_org_step_key" ON "dpa_reminders" USING btree ("org_id","eligible_since","after_days");