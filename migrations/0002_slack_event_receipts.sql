CREATE TABLE "slack_event_receipts" (
	"event_id" text PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "slack_event_receipts_received_at_idx" ON "slack_event_receipts" USING btree ("received_at");