CREATE TABLE "workspace_access" (
	"platform" text NOT NULL,
	"tenant_id" text NOT NULL,
	"lost_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"restored_at" timestamp with time zone,
	CONSTRAINT "workspace_access_platform_tenant_id_pk" PRIMARY KEY("platform","tenant_id")
);
