CREATE TABLE "invoice_notices" (
	"invoice_id" uuid NOT NULL,
	"key" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "invoice_notices_invoice_id_key_pk" PRIMARY KEY("invoice_id","key")
);
--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "collection_date" date;--> statement-breakpoint
ALTER TABLE "invoice_notices" ADD CONSTRAINT "invoice_notices_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;