CREATE TABLE "send_budgets" (
	"key" text PRIMARY KEY NOT NULL,
	"sent_at" double precision[] DEFAULT '{}' NOT NULL,
	"paused_until" double precision DEFAULT 0 NOT NULL,
	"last_at" double precision DEFAULT 0 NOT NULL
);
