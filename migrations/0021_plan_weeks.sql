CREATE TABLE "plan_weeks" (
	"organisation_id" integer NOT NULL,
	"week_of" date NOT NULL,
	"done" integer NOT NULL,
	"on_time" integer NOT NULL,
	"due_soon" integer NOT NULL,
	"overdue" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_weeks_organisation_id_week_of_pk" PRIMARY KEY("organisation_id","week_of")
);
--> statement-breakpoint
ALTER TABLE "plan_weeks" ADD CONSTRAINT "plan_weeks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;