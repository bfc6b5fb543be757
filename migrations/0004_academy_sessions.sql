CREATE TABLE "intervention_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "intervention_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"intervention_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_person_id" integer,
	"action" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intervention_nudge_settings" (
	"organisation_id" integer PRIMARY KEY NOT NULL,
	"days_before" integer[] DEFAULT '{14,7,1}'::integer[] NOT NULL,
	"on_due_date" boolean DEFAULT true NOT NULL,
	"send_at" text DEFAULT '09:00' NOT NULL,
	"overdue_every_days" integer DEFAULT 7 NOT NULL,
	"escalate_after_days" integer DEFAULT 7 NOT NULL,
	"digest_weekday" integer DEFAULT 1,
	"digest_at" text DEFAULT '09:00' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer,
	CONSTRAINT "intervention_nudge_settings_overdue_check" CHECK ("intervention_nudge_settings"."overdue_every_days" >= 0),
	CONSTRAINT "intervention_nudge_settings_escalate_check" CHECK ("intervention_nudge_settings"."escalate_after_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "interventions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interventions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"policy_id" integer,
	"category_id" integer,
	"owner_person_id" integer NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"completed_at" timestamp with time zone,
	"snoozed_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"name" text NOT NULL,
	"priority" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_policies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_policies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "academy_registrations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "academy_registrations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"status" text NOT NULL,
	"waiting_position" integer,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "academy_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "academy_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"theme" text,
	"description" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"place" text,
	"facilitator_person_id" integer,
	"capacity" integer,
	"cohort" text,
	"state" text DEFAULT 'scheduled' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "academy_sessions_ends_after_start" CHECK ("academy_sessions"."ends_at" > "academy_sessions"."starts_at"),
	CONSTRAINT "academy_sessions_capacity_positive" CHECK ("academy_sessions"."capacity" is null or "academy_sessions"."capacity" > 0)
);
--> statement-breakpoint
ALTER TABLE "intervention_history" ADD CONSTRAINT "intervention_history_intervention_id_interventions_id_fk" FOREIGN KEY ("intervention_id") REFERENCES "public"."interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_history" ADD CONSTRAINT "intervention_history_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_nudge_settings" ADD CONSTRAINT "intervention_nudge_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intervention_nudge_settings" ADD CONSTRAINT "intervention_nudge_settings_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_policy_id_procurement_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."procurement_policies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_category_id_procurement_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."procurement_categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_categories" ADD CONSTRAINT "procurement_categories_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_policies" ADD CONSTRAINT "procurement_policies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "academy_registrations" ADD CONSTRAINT "academy_registrations_session_id_academy_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."academy_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "academy_registrations" ADD CONSTRAINT "academy_registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "academy_sessions" ADD CONSTRAINT "academy_sessions_facilitator_person_id_people_id_fk" FOREIGN KEY ("facilitator_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "academy_sessions" ADD CONSTRAINT "academy_sessions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intervention_history_intervention_idx" ON "intervention_history" USING btree ("intervention_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "interventions_title_key" ON "interventions" USING btree ("organisation_id",lower("title"));--> statement-breakpoint
CREATE INDEX "interventions_owner_idx" ON "interventions" USING btree ("owner_person_id","due_date");--> statement-breakpoint
CREATE INDEX "interventions_organisation_due_idx" ON "interventions" USING btree ("organisation_id","status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_categories_name_key" ON "procurement_categories" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_policies_name_key" ON "procurement_policies" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "academy_registrations_key" ON "academy_registrations" USING btree ("session_id","person_id");--> statement-breakpoint
CREATE INDEX "academy_registrations_session_status_idx" ON "academy_registrations" USING btree ("session_id","status","waiting_position");--> statement-breakpoint
CREATE INDEX "academy_registrations_person_idx" ON "academy_registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "academy_sessions_starts_idx" ON "academy_sessions" USING btree ("state","starts_at");