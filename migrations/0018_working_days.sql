CREATE TABLE "organisation_days_off" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organisation_days_off_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_days_off_range_check" CHECK ("organisation_days_off"."ends_on" >= "organisation_days_off"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "person_away" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_away_range_check" CHECK ("person_away"."ends_on" >= "person_away"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "organisation_days_off" ADD CONSTRAINT "organisation_days_off_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_days_off" ADD CONSTRAINT "organisation_days_off_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_away" ADD CONSTRAINT "person_away_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_days_off_key" ON "organisation_days_off" USING btree ("organisation_id","kind","starts_on");--> statement-breakpoint
CREATE INDEX "person_away_ends_idx" ON "person_away" USING btree ("ends_on");