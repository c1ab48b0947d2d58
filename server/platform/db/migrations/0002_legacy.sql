CREATE TABLE "legacy_accounts" (
	"legacy_id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"membership_number" text,
	"tier" text,
	"expires_on" date,
	"import_id" uuid
);
--> statement-breakpoint
CREATE TABLE "legacy_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"storage_key" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"total_bytes" bigint NOT NULL,
	"bytes_done" bigint DEFAULT 0 NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"rows_unchanged" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legacy_link_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "legacy_products" (
	"legacy_id" text PRIMARY KEY NOT NULL,
	"legacy_account_id" text NOT NULL,
	"model_code" text,
	"model_name" text,
	"serial_number" text,
	"purchase_date" date,
	"country" text,
	"dealer" text,
	"import_id" uuid,
	"migrated_product_id" uuid,
	"migrated_to_organisation_id" uuid,
	"migration_outcome" text,
	"migrated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "previous_membership_number" text;--> statement-breakpoint
ALTER TABLE "legacy_imports" ADD CONSTRAINT "legacy_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_link_codes" ADD CONSTRAINT "legacy_link_codes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_products" ADD CONSTRAINT "legacy_products_migrated_product_id_products_id_fk" FOREIGN KEY ("migrated_product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_products" ADD CONSTRAINT "legacy_products_migrated_to_organisation_id_organisations_id_fk" FOREIGN KEY ("migrated_to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legacy_accounts_email_idx" ON "legacy_accounts" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "legacy_link_codes_open_key" ON "legacy_link_codes" USING btree ("organisation_id") WHERE "legacy_link_codes"."used_at" is null;--> statement-breakpoint
CREATE INDEX "legacy_products_account_idx" ON "legacy_products" USING btree ("legacy_account_id");--> statement-breakpoint
CREATE INDEX "legacy_products_pending_idx" ON "legacy_products" USING btree ("legacy_account_id") WHERE "legacy_products"."migration_outcome" is null;