-- Mails are rendered when they are sent: a row holds a template name, its parameters and a language.
-- Rows written before keep their text as the parameters of the 'pre-rendered' template, so a mail
-- queued during the upgrade is still sent, and the development mailbox still shows the old ones.
ALTER TABLE "mails" ADD COLUMN "template" text;--> statement-breakpoint
ALTER TABLE "mails" ADD COLUMN "locale" "locale" DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE "mails" ADD COLUMN "params" jsonb;--> statement-breakpoint
UPDATE "mails" SET "template" = 'pre-rendered', "params" = jsonb_build_object('subject', "subject", 'text', "text", 'html', "html");--> statement-breakpoint
ALTER TABLE "mails" ALTER COLUMN "template" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "mails" ALTER COLUMN "params" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "mails" DROP COLUMN "subject";--> statement-breakpoint
ALTER TABLE "mails" DROP COLUMN "text";--> statement-breakpoint
ALTER TABLE "mails" DROP COLUMN "html";--> statement-breakpoint
-- Webhook secrets in the Standard Webhooks form: the same 32 key bytes, written as whsec_ + base64
-- instead of base64url (43 characters without padding), so receivers can use any Standard Webhooks
-- verifier as it comes.
UPDATE "webhooks" SET "secret" = 'whsec_' || translate("secret", '-_', '+/') || '=' WHERE "secret" NOT LIKE 'whsec\_%' AND length("secret") = 43;
