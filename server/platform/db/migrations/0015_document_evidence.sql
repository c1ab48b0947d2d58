CREATE TABLE "application_evidence" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"clean" boolean NOT NULL,
	"signals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"subject" jsonb,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_evidence" (
	"document_id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"method" text NOT NULL,
	"pages" integer DEFAULT 0 NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"findings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"extracted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"redacted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "application_evidence" ADD CONSTRAINT "application_evidence_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_evidence" ADD CONSTRAINT "document_evidence_document_id_application_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."application_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_evidence" ADD CONSTRAINT "document_evidence_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_evidence_clean_idx" ON "application_evidence" USING btree ("clean");--> statement-breakpoint
CREATE INDEX "document_evidence_application_idx" ON "document_evidence" USING btree ("application_id");