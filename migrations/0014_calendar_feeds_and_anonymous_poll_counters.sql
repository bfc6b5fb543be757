CREATE TABLE "poll_anonymous_counts" (
	"poll_id" integer NOT NULL,
	"option" smallint NOT NULL,
	"votes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "poll_anonymous_counts_poll_id_option_pk" PRIMARY KEY("poll_id","option")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_token_unique" UNIQUE("token")
);
--> statement-breakpoint
-- Existing anonymous polls keep their counts: one counter per option, from the hashed choices.
INSERT INTO "poll_anonymous_counts" ("poll_id", "option", "votes")
SELECT p."id", o.option::smallint, (SELECT count(*) FROM "poll_anonymous_votes" v WHERE v."poll_id" = p."id" AND v."option" = o.option)::int
FROM "polls" p CROSS JOIN LATERAL generate_series(0, jsonb_array_length(p."options") - 1) AS o(option)
WHERE p."anonymous"
ORDER BY p."id", o.option;--> statement-breakpoint
DROP TABLE "poll_anonymous_votes" CASCADE;--> statement-breakpoint
ALTER TABLE "poll_anonymous_counts" ADD CONSTRAINT "poll_anonymous_counts_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" DROP COLUMN "secret";