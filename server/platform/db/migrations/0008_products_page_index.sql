DROP INDEX "products_organisation_idx";--> statement-breakpoint
CREATE INDEX "products_organisation_idx" ON "products" USING btree ("organisation_id","created_at","id");