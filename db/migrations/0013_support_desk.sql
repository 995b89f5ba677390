CREATE TABLE "call_list_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" text,
	"number_hmac" text,
	"org_id" uuid,
	"contact_id" uuid,
	"service_contract" boolean,
	"anonymised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_list_anonymised" CHECK ("call_list_entries"."anonymised_at" is null or ("call_list_entries"."number_hmac" is null and "call_list_entries"."org_id" is null and "call_list_entries"."contact_id" is null and "call_list_entries"."call_id" is null))
);
--> statement-breakpoint
CREATE TABLE "dpa_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"sent_by" text,
	"sent_on" date NOT NULL,
	"recipients" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "phone_numbers" DROP CONSTRAINT "phone_numbers_normalized_digits";--> statement-breakpoint
DROP INDEX "remote_support_org_idx";--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD COLUMN "contact_id" uuid;--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD COLUMN "action" text DEFAULT 'remote_support' NOT NULL;--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD COLUMN "tool" text;--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD COLUMN "token_id" uuid;--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "call_list_retention_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "call_list_entries" ADD CONSTRAINT "call_list_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_list_entries" ADD CONSTRAINT "call_list_entries_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dpa_invitations" ADD CONSTRAINT "dpa_invitations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dpa_invitations" ADD CONSTRAINT "dpa_invitations_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_list_created_idx" ON "call_list_entries" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "call_list_call_idx" ON "call_list_entries" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dpa_invitations_org_day_key" ON "dpa_invitations" USING btree ("org_id","sent_on");--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD CONSTRAINT "phone_numbers_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD CONSTRAINT "remote_support_authorisations_token_id_api_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."api_tokens"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "phone_numbers_org_idx" ON "phone_numbers" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "remote_support_org_idx" ON "remote_support_authorisations" USING btree ("org_id","created_at");--> statement-breakpoint
-- Numbers stored before libphonenumber-js were international digits without '+'; E.164 adds the '+'.
UPDATE "phone_numbers" SET "normalized" = '+' || "normalized" WHERE "normalized" !~ '^\+';--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD CONSTRAINT "phone_numbers_normalized_e164" CHECK ("phone_numbers"."normalized" ~ '^\+[1-9][0-9]{5,14}$');--> statement-breakpoint
ALTER TABLE "remote_support_authorisations" ADD CONSTRAINT "remote_support_ended_after_start" CHECK ("remote_support_authorisations"."ended_at" is null or ("remote_support_authorisations"."outcome" = 'granted' and "remote_support_authorisations"."ended_at" >= "remote_support_authorisations"."created_at"));