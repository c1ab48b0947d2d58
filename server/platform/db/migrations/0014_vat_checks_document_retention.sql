CREATE TABLE "vat_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vat_number" text NOT NULL,
	"checked_on" date NOT NULL,
	"outcome" text NOT NULL,
	"registry" text,
	"stand_in" boolean DEFAULT false NOT NULL,
	"name" text,
	"address" text,
	"consultation_number" text,
	"reason" text,
	"retry_later" boolean DEFAULT false NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_documents" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "vat_checks_number_day_key" ON "vat_checks" USING btree ("vat_number","checked_on");--> statement-breakpoint
CREATE INDEX "vat_checks_retry_idx" ON "vat_checks" USING btree ("checked_on") WHERE retry_later;