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
ALTER TABLE "settings" ADD COLUMN "call_list_retention_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "call_list_entries" ADD CONSTRAINT "call_list_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_list_entries" ADD CONSTRAINT "call_list_entries_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_list_created_idx" ON "call_list_entries" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "call_list_call_idx" ON "call_list_entries" USING btree ("call_id");