CREATE TABLE "consent_texts" (
	"version" integer NOT NULL,
	"locale" "locale" NOT NULL,
	"text" text NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_texts_version_locale_pk" PRIMARY KEY("version","locale")
);
--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "seal_certificate_sha256" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "seal_timestamp" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "signer_email" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "signer_signed_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "notice_period_days" integer;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "consent_text_version" integer;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "contract_text" jsonb;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "contract_sha256" text;