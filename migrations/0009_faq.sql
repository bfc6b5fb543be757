CREATE TABLE "faq_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"locale" text NOT NULL,
	"question" text NOT NULL,
	"alternatives" text[] DEFAULT '{}'::text[] NOT NULL,
	"answer" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "faq_expert_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "faq_expert_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"question_id" integer NOT NULL,
	"asker_id" integer,
	"platform" text NOT NULL,
	"routed_to" text NOT NULL,
	"posts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_by" integer,
	"answered_at" timestamp with time zone,
	"saved_entry_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "faq_feedback" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "faq_feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"question_id" integer NOT NULL,
	"entry_id" text,
	"person_id" integer,
	"helpful" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "faq_lexemes" (
	"locale" text NOT NULL,
	"lexeme" text NOT NULL,
	"entries" integer NOT NULL,
	CONSTRAINT "faq_lexemes_locale_lexeme_pk" PRIMARY KEY("locale","lexeme")
);
--> statement-breakpoint
CREATE TABLE "faq_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "faq_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"person_id" integer,
	"platform" text NOT NULL,
	"text" text NOT NULL,
	"locale" text NOT NULL,
	"entry_id" text,
	"score" real NOT NULL,
	"answered" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "faq_terms" (
	"locale" text NOT NULL,
	"lexeme" text NOT NULL,
	"entry_id" text NOT NULL,
	"weight" real NOT NULL,
	CONSTRAINT "faq_terms_locale_lexeme_entry_id_pk" PRIMARY KEY("locale","lexeme","entry_id")
);
--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_expert_requests" ADD CONSTRAINT "faq_expert_requests_question_id_faq_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."faq_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_expert_requests" ADD CONSTRAINT "faq_expert_requests_asker_id_people_id_fk" FOREIGN KEY ("asker_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_expert_requests" ADD CONSTRAINT "faq_expert_requests_answered_by_people_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_expert_requests" ADD CONSTRAINT "faq_expert_requests_saved_entry_id_faq_entries_id_fk" FOREIGN KEY ("saved_entry_id") REFERENCES "public"."faq_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_feedback" ADD CONSTRAINT "faq_feedback_question_id_faq_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."faq_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_feedback" ADD CONSTRAINT "faq_feedback_entry_id_faq_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."faq_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_feedback" ADD CONSTRAINT "faq_feedback_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_questions" ADD CONSTRAINT "faq_questions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_questions" ADD CONSTRAINT "faq_questions_entry_id_faq_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."faq_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_terms" ADD CONSTRAINT "faq_terms_entry_id_faq_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."faq_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "faq_entries_locale_idx" ON "faq_entries" USING btree ("locale");--> statement-breakpoint
CREATE UNIQUE INDEX "faq_expert_requests_question_key" ON "faq_expert_requests" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "faq_feedback_vote_key" ON "faq_feedback" USING btree ("question_id","person_id");--> statement-breakpoint
CREATE INDEX "faq_feedback_entry_idx" ON "faq_feedback" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "faq_lexemes_trgm_idx" ON "faq_lexemes" USING gin ("lexeme" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "faq_questions_asked_at_idx" ON "faq_questions" USING btree ("asked_at");--> statement-breakpoint
CREATE INDEX "faq_questions_unanswered_idx" ON "faq_questions" USING btree ("answered","asked_at");--> statement-breakpoint
CREATE INDEX "faq_terms_entry_idx" ON "faq_terms" USING btree ("entry_id");