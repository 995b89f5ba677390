ALTER TABLE "phone_numbers" DROP CONSTRAINT "phone_numbers_normalized_digits";--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD COLUMN "contact_id" uuid;--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD CONSTRAINT "phone_numbers_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "phone_numbers_org_idx" ON "phone_numbers" USING btree ("org_id");--> statement-breakpoint
-- Numbers stored before libphonenumber-js were international digits without '+'; E.164 adds the '+'.
UPDATE "phone_numbers" SET "normalized" = '+' || "normalized" WHERE "normalized" !~ '^\+';--> statement-breakpoint
ALTER TABLE "phone_numbers" ADD CONSTRAINT "phone_numbers_normalized_e164" CHECK ("phone_numbers"."normalized" ~ '^\+[1-9][0-9]{5,14}$');