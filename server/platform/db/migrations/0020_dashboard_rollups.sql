CREATE TABLE "points_daily" (
	"time_zone" text NOT NULL,
	"day" date NOT NULL,
	"awarded" bigint NOT NULL,
	"revoked" bigint NOT NULL,
	"rolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_daily_day_time_zone_pk" PRIMARY KEY("day","time_zone")
);
--> statement-breakpoint
ALTER TABLE "legacy_accounts" ADD COLUMN "first_migrated_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "legacy_accounts_first_migrated_idx" ON "legacy_accounts" USING btree ("first_migrated_at") WHERE "legacy_accounts"."first_migrated_at" is not null;--> statement-breakpoint
-- A ledger entry written into a day that is already rolled up takes that day's roll-up away (for
-- every time zone), so the chart sums it live until the next daily run rolls it up again. Only
-- rolled days on or after the earliest new entry are looked at: an entry of today touches no row
-- and locks nothing, so concurrent point writes are not serialised by it.
CREATE FUNCTION "points_daily_unroll"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "points_daily" r
  USING (
    SELECT DISTINCT z."time_zone", ("added"."at" AT TIME ZONE z."time_zone")::date AS "day"
    FROM "added" CROSS JOIN (
      SELECT DISTINCT "time_zone" FROM "points_daily"
      WHERE "day" >= (SELECT min("at") FROM "added")::date - 2
    ) z
  ) x
  WHERE r."day" = x."day" AND r."time_zone" = x."time_zone";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "points_ledger_unroll" AFTER INSERT ON "points_ledger" REFERENCING NEW TABLE AS "added"
  FOR EACH STATEMENT EXECUTE FUNCTION "points_daily_unroll"();--> statement-breakpoint
-- Each old account's first migration follows its products in the same statement, whoever writes
-- them (migrations, imports, corrections): recomputed from `legacy_products_migrated_at_idx` for
-- the accounts the statement touched, written only when it changed.
CREATE FUNCTION "legacy_accounts_first_migrated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "legacy_accounts" a SET "first_migrated_at" = f."first"
  FROM (
    SELECT c."id", (
      SELECT min(p."migrated_at") FROM "legacy_products" p
      WHERE p."legacy_account_id" = c."id" AND p."migrated_at" IS NOT NULL
    ) AS "first"
    FROM (SELECT DISTINCT "legacy_account_id" AS "id" FROM "changed") c
  ) f
  WHERE a."legacy_id" = f."id" AND a."first_migrated_at" IS DISTINCT FROM f."first";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "legacy_products_first_migrated_insert" AFTER INSERT ON "legacy_products"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "legacy_accounts_first_migrated"();--> statement-breakpoint
CREATE TRIGGER "legacy_products_first_migrated_update" AFTER UPDATE ON "legacy_products"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "legacy_accounts_first_migrated"();--> statement-breakpoint
-- An update that moves a product to another account also changes the account it left.
CREATE TRIGGER "legacy_products_first_migrated_update_old" AFTER UPDATE ON "legacy_products"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "legacy_accounts_first_migrated"();--> statement-breakpoint
CREATE TRIGGER "legacy_products_first_migrated_delete" AFTER DELETE ON "legacy_products"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "legacy_accounts_first_migrated"();--> statement-breakpoint
-- An account imported after its products were migrated starts with their first migration.
CREATE FUNCTION "legacy_account_first_migrated_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."first_migrated_at" := (
    SELECT min("migrated_at") FROM "legacy_products"
    WHERE "legacy_account_id" = NEW."legacy_id" AND "migrated_at" IS NOT NULL
  );
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "legacy_accounts_first_migrated_insert" BEFORE INSERT ON "legacy_accounts"
  FOR EACH ROW EXECUTE FUNCTION "legacy_account_first_migrated_on_insert"();--> statement-breakpoint
-- Backfill: the accounts migrated before this version.
UPDATE "legacy_accounts" a SET "first_migrated_at" = f."first"
FROM (
  SELECT "legacy_account_id", min("migrated_at") AS "first" FROM "legacy_products"
  WHERE "migrated_at" IS NOT NULL GROUP BY "legacy_account_id"
) f
WHERE a."legacy_id" = f."legacy_account_id";
