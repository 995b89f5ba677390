CREATE TABLE "dpa_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"sent_by" text,
	"sent_on" date NOT NULL,
	"recipients" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "remote_support_org_idx";--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD COLUMN "action" text DEFAULT 'remote_support' NOT NULL;--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD COLUMN "tool" text;--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD COLUMN "token_id" uuid;--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dpa_invitations" ADD CONSTRAINT "dpa_invitations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dpa_invitations" ADD CONSTRAINT "dpa_invitations_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dpa_invitations_org_day_key" ON "dpa_invitations" USING btree ("org_id","sent_on");--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD CONSTRAINT "remote_support_authorisations_token_id_api_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."api_tokens"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "remote_support_org_idx" ON "remote_support_authorisations" USING btree ("org_id","created_at");--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD CONSTRAINT "remote_support_ended_after_start" CHECK ("remote_support_authorisations"."ended_at" is null or ("remote_support_authorisations"."outcome" = 'granted' and "remote_support_authorisations"."ended_at" >= "remote_support_authorisations"."created_at"));