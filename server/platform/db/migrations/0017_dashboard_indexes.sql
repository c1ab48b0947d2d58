CREATE INDEX "invoices_issue_date_idx" ON "invoices" USING btree ("issue_date");--> statement-breakpoint
CREATE INDEX "legacy_products_migrated_at_idx" ON "legacy_products" USING btree ("legacy_account_id","migrated_at") WHERE "legacy_products"."migrated_at" is not null;--> statement-breakpoint
CREATE INDEX "points_ledger_at_idx" ON "points_ledger" USING btree ("at","delta");--> statement-breakpoint
CREATE INDEX "applications_submitted_idx" ON "applications" USING btree ("submitted_at");