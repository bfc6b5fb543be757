ALTER TABLE "poll_messages" ADD COLUMN "unreachable_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "poll_messages" ADD COLUMN "unreachable_reason" text;