CREATE TABLE "end_of_support_notices" (
	"organisation_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"end_of_support_on" date NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "end_of_support_notices_organisation_id_model_id_end_of_support_on_pk" PRIMARY KEY("organisation_id","model_id","end_of_support_on")
);
--> statement-breakpoint
ALTER TABLE "catalogue_models" ADD COLUMN "end_of_support_on" date;--> statement-breakpoint
ALTER TABLE "end_of_support_notices" ADD CONSTRAINT "end_of_support_notices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "end_of_support_notices" ADD CONSTRAINT "end_of_support_notices_model_id_catalogue_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."catalogue_models"("id") ON DELETE no action ON UPDATE no action;