CREATE TABLE "teams_conversations" (
	"conversation_id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"team_id" text,
	"service_url" text NOT NULL,
	"reference" jsonb NOT NULL,
	"user_id" text,
	"person_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "teams_conversations" ADD CONSTRAINT "teams_conversations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "teams_conversations_personal_idx" ON "teams_conversations" USING btree ("tenant_id","user_id") WHERE "teams_conversations"."kind" = 'personal';--> statement-breakpoint
CREATE INDEX "teams_conversations_tenant_idx" ON "teams_conversations" USING btree ("tenant_id","updated_at");--> statement-breakpoint
CREATE INDEX "teams_conversations_team_idx" ON "teams_conversations" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "teams_conversations_person_idx" ON "teams_conversations" USING btree ("person_id");