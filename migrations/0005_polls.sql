CREATE TABLE "poll_anonymous_votes" (
	"poll_id" integer NOT NULL,
	"voter" text NOT NULL,
	"option" smallint NOT NULL,
	CONSTRAINT "poll_anonymous_votes_poll_id_voter_pk" PRIMARY KEY("poll_id","voter")
);
--> statement-breakpoint
CREATE TABLE "poll_ballots" (
	"poll_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"choices" smallint NOT NULL,
	CONSTRAINT "poll_ballots_poll_id_person_id_pk" PRIMARY KEY("poll_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "poll_messages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "poll_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"poll_id" integer NOT NULL,
	"platform" text NOT NULL,
	"tenant_id" text NOT NULL,
	"channel_id" text NOT NULL,
	"conversation_kind" text NOT NULL,
	"thread_id" text,
	"message_id" text NOT NULL,
	"refreshed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "poll_votes" (
	"poll_id" integer NOT NULL,
	"option" smallint NOT NULL,
	"person_id" integer NOT NULL,
	"voted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "poll_votes_poll_id_option_person_id_pk" PRIMARY KEY("poll_id","option","person_id")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "polls_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"question" text NOT NULL,
	"options" jsonb NOT NULL,
	"creator_id" integer,
	"platform" text NOT NULL,
	"tenant_id" text NOT NULL,
	"channel_id" text NOT NULL,
	"conversation_kind" text NOT NULL,
	"thread_id" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"max_choices" smallint DEFAULT 1 NOT NULL,
	"locale" text NOT NULL,
	"time_zone" text NOT NULL,
	"closes_at" timestamp with time zone,
	"state" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" integer,
	"secret" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "polls_max_choices_check" CHECK ("polls"."max_choices" between 1 and 10)
);
--> statement-breakpoint
ALTER TABLE "poll_anonymous_votes" ADD CONSTRAINT "poll_anonymous_votes_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_ballots" ADD CONSTRAINT "poll_ballots_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_ballots" ADD CONSTRAINT "poll_ballots_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_messages" ADD CONSTRAINT "poll_messages_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_votes" ADD CONSTRAINT "poll_votes_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_votes" ADD CONSTRAINT "poll_votes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_creator_id_people_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_closed_by_people_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "poll_anonymous_votes_option_idx" ON "poll_anonymous_votes" USING btree ("poll_id","option");--> statement-breakpoint
CREATE UNIQUE INDEX "poll_messages_key" ON "poll_messages" USING btree ("poll_id","platform","tenant_id","channel_id","message_id");--> statement-breakpoint
CREATE INDEX "poll_votes_person_idx" ON "poll_votes" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "polls_open_closes_at_idx" ON "polls" USING btree ("closes_at") WHERE "polls"."state" = 'open';