DROP INDEX "bank_statements_sha_key";--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ALTER COLUMN "amount_minor" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ALTER COLUMN "currency" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD COLUMN "entry_key" text;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "identity_key" text;--> statement-breakpoint
-- Statements stored before: recognised by their file, as they were.
UPDATE "bank_statements" SET "identity_key" = 'sha:' || "sha256";--> statement-breakpoint
ALTER TABLE "bank_statements" ALTER COLUMN "identity_key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "storage_key" text;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "status" text DEFAULT 'done' NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "entries_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "lines_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "lines_read" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "lines_matched" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "lines_unmatched" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "lines_duplicate" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "error" text;--> statement-breakpoint
ALTER TABLE "bank_statements" ADD COLUMN "finished_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_statement_lines_entry_key" ON "bank_statement_lines" USING btree ("entry_key");--> statement-breakpoint
CREATE INDEX "bank_statement_lines_unmatched_idx" ON "bank_statement_lines" USING btree ("booking_date" DESC NULLS LAST,"id") WHERE "bank_statement_lines"."status" = 'unmatched';--> statement-breakpoint
CREATE UNIQUE INDEX "bank_statements_identity_key" ON "bank_statements" USING btree ("identity_key");