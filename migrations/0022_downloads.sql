CREATE TABLE "downloads" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" integer,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "downloads" ADD CONSTRAINT "downloads_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "downloads_expires_at_idx" ON "downloads" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "downloads_owner_idx" ON "downloads" USING btree ("owner_id");